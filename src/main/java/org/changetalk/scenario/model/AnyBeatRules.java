package org.changetalk.scenario.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The scenario's {@code from_any_beat} rules: transitions every beat shares, written once ("information after a yes
 * goes to this persona's reaction, wherever the client is"). On a beat they apply to, they are tried <em>before</em>
 * the beat's own rules, because the beat's rules for "any good response" were not written with that situation in
 * mind. A rule does not apply on a beat that ends the session, on its own target (the client is already there), or
 * on a beat whose own rules name one of the rule's categories by name: that beat has its own plan for them (Ruth's
 * permission beat sends the tapering information to the line written for it).
 */
public record AnyBeatRules(List<Transition> rules) {
    public static final AnyBeatRules NONE = new AnyBeatRules(List.of());

    public AnyBeatRules {
        rules = List.copyOf(rules);
    }

    /** The rules from any beat that apply on this one, in file order. */
    public List<Transition> on(Beat beat) {
        if (rules.isEmpty() || beat.isTerminal()) {
            return List.of();
        }
        List<Transition> out = new ArrayList<>();
        for (Transition rule : rules) {
            boolean ownPlan = beat.next().stream().anyMatch(t -> !Collections.disjoint(t.named(), rule.on()));
            if (!ownPlan && !beat.id().equals(rule.to())) {
                out.add(rule);
            }
        }
        return out;
    }

    /** The rules the engine tries on this beat, in order: the rules from any beat that apply here, then its own. */
    public List<Transition> around(Beat beat) {
        List<Transition> shared = on(beat);
        if (shared.isEmpty()) {
            return beat.next();
        }
        List<Transition> out = new ArrayList<>(shared);
        out.addAll(beat.next());
        return List.copyOf(out);
    }

    /**
     * Whether a rule from any beat leads to this beat: it answers that situation (information after a yes), so it is
     * never offered as the answer to a question, however many words it shares with one.
     */
    public boolean leadsTo(String beatId) {
        return rules.stream().anyMatch(r -> beatId.equals(r.to()));
    }

    /** Every beat this one can lead to: the rules tried on it, fallback last. */
    public List<String> exits(Beat beat) {
        List<String> exits = new ArrayList<>();
        around(beat).forEach(t -> exits.add(t.to()));
        if (beat.fallback() != null) {
            exits.add(beat.fallback());
        }
        return exits;
    }
}
