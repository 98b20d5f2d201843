package org.changetalk.coding;

import java.util.Set;

/**
 * A step for the client named as the subject and judged worth taking: "Cooking a big batch on Sundays would save you
 * a fortune", "Maybe a walk after dinner would give you something else to do", "A snack around three could take the
 * edge off", "Skipping the pub wouldn't hurt you either". MISC codes it Advise (MITI: Persuade, with permission when
 * asked): the counselor recommends an act without a trigger word, by saying what it would do for the client.
 * <p>
 * The sentence opens (after {@code [set:step_lead]} words) on the step: an activity ("-ing", not
 * {@code [set:not_gerund]}) or an indefinite noun phrase ("a walk…", "some gum…"); then a hypothetical modal
 * ({@code [set:step_modal]}: would, could, might — not "can", which states how things work and is information),
 * adverbs ({@code [set:would_adverb]}), and what the step would do: a verb of benefit ({@code [set:step_benefit]}),
 * "make a difference / make it easier" ({@code [set:step_make_object]} and a judgement within four words; not "make
 * it real"), "be" and a judgement
 * ({@code [set:step_judgement]}), or a harm negated ("wouldn't hurt/kill you", {@code [set:step_harm]}).
 * Not a question, not an answer to the client's question, not safer-use information (harm reduction told is
 * information first), not a reflection (opener, summary, both sides) and not a step made mostly of the client's own
 * words (their own idea said back: "Walking after dinner would help, you said").
 */
final class RecommendedStep {
    private static final String BE = "be", YOUR = "your", MAKE = "make";
    private final Set<String> lead;
    private final Set<String> notGerund;
    private final Set<String> determiners;
    private final Set<String> modals;
    private final Set<String> adverbs;
    private final Set<String> benefit;
    private final Set<String> makeObject;
    private final Set<String> judgement;
    private final Set<String> harm;
    private final Set<String> you;
    private final Set<String> self;
    private final Set<String> stop;
    private final Set<String> introducers;

    RecommendedStep(Lexicon lexicon) {
        this.lead = lexicon.set("step_lead");
        this.notGerund = lexicon.set("not_gerund");
        this.determiners = lexicon.set("step_determiner");
        this.modals = lexicon.set("step_modal");
        this.adverbs = lexicon.set("would_adverb");
        this.benefit = lexicon.set("step_benefit");
        this.makeObject = lexicon.set("step_make_object");
        this.judgement = lexicon.set("step_judgement");
        this.harm = lexicon.set("step_harm");
        this.you = lexicon.set("you");
        this.self = lexicon.set("self");
        this.stop = lexicon.set("stop");
        this.introducers = lexicon.set("introducer");
    }

    /** The step and its modal, or null. */
    Match find(Clause c, Context ctx) {
        return findFrom(c, ctx, c.lead);
    }

    /**
     * As {@link #find}, with the step opening at {@code from} rather than at the sentence's start: the part after "It's
     * up to you, but…" (coder11).
     */
    Match findFrom(Clause c, Context ctx, int from) {
        if (c.sentence.question() || !ctx.hasClient() || ctx.clientAsked() || c.has(Cue.HARM_REDUCTION)
                || c.has(Cue.REFLECTION_STEM) || c.has(Cue.SUMMARY) || c.has(Cue.DOUBLE_SIDED)) {
            return null;
        }
        int s = from;
        while (s < c.size() - 3 && lead.contains(c.word(s))) s++;
        if (!opensOnStep(c.word(s))) return null;
        // the step's own words run up to the modal: at most seven, none of them a person acting ("you", "I", "we")
        int m = s + 1;
        while (m < c.size() - 1 && m - s <= 8 && !modals.contains(c.word(m))) {
            String w = c.word(m);
            // "keeping your hands busy", "stretching before you clock in" are still the step; "you", "I", "we" acting
            // make it a statement about a person ("a friend you trust would…" is not a step)
            boolean subordinate = introducers.contains(c.word(m - 1));
            if (you.contains(w) && !w.startsWith(YOUR) && !subordinate || self.contains(w)) return null;
            m++;
        }
        if (!modals.contains(c.word(m))) return null;
        int v = m + 1;
        while (v < c.size() - 1 && adverbs.contains(c.word(v))) v++;
        if (!judgesStep(c, m, v) || c.covered(Cue.SHIELD, v)) return null;
        // "Walking after dinner would help, like you said": the client's own idea said back
        if (c.mostlyClientWords(s, stop, ctx.clientStems())) return null;
        return new Match(Cue.PERSUADE, s, Math.min(c.size(), v + 2));
    }

    private boolean opensOnStep(String w) {
        if (determiners.contains(w)) return true;
        return w.length() > 4 && w.endsWith("ing") && !notGerund.contains(w) && !stop.contains(w);
    }

    private boolean judgesStep(Clause c, int modal, int v) {
        String verb = c.word(v);
        String next = c.word(v + 1);
        boolean negated = c.word(modal).endsWith("n't") || c.word(modal + 1).equals("not");
        if (harm.contains(verb)) return negated;
        if (negated) return false;
        if (benefit.contains(verb)) return true;
        if (verb.equals(MAKE)) return makeObject.contains(next) && judgedWithin(c, v + 1, v + 5);
        return verb.equals(BE) && judgement.contains(next);
    }

    /** "make a real difference", "make it easier", "make you feel better"; not "make it real" (the client's fear). */
    private boolean judgedWithin(Clause c, int from, int to) {
        for (int i = from; i < Math.min(to, c.size()); i++) {
            if (judgement.contains(c.word(i))) return true;
        }
        return false;
    }
}
