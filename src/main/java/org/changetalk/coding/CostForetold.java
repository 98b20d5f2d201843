package org.changetalk.coding;

import java.util.Set;

/**
 * A warning said as what the client's behaviour could cost them: "Drink-driving as a nurse could cost you your
 * registration", "Another fall could land you in a care home", "That could kill someone one night". MISC: Warn (a hedged "could" warns as much as "will"); MITI 4.2.1: Persuade.
 * {@link ForetoldOutcome} needs a future marker and an outcome word; "could" with a verb of cost that lands on the
 * client or on someone ({@code [set:cost_verb]}) was read as a reflection or information.
 *
 * <p>Not a question, not after the client asked, not safer-use information (the tolerance message "after a break the
 * old amount could kill you" is the central overdose-safety fact), not the client's fear in their mind ("you're
 * worried it could cost you the job": a word of the mind before it), not the client's own cost said back (their
 * verb), not denied ("it won't cost you anything").
 */
final class CostForetold {
    /** Words between the modal and the verb of cost ("could easily end up costing", "is going to get"). */
    private static final int VERB_REACH = 3;
    private final Set<String> modals;
    private final Set<String> verbs;
    private final Set<String> targets;
    private final Set<String> mind;
    private final Set<String> negators;

    CostForetold(Lexicon lexicon) {
        this.modals = lexicon.set("cost_modal");
        this.verbs = lexicon.set("cost_verb");
        this.targets = lexicon.set("cost_target");
        this.mind = lexicon.set("cognitive_word");
        this.negators = lexicon.set("negator");
    }

    /** The modal, the verb of cost and whom it lands on, or null. */
    Match find(Clause c, Context ctx) {
        if (!ctx.hasClient() || ctx.clientAsked() || c.sentence.question() || c.has(Cue.HARM_REDUCTION)
                || c.atStart(Cue.REFLECTION_STEM, 1) != null) {
            return null;
        }
        for (int i = c.lead; i < c.size() - 1; i++) {
            String w = c.word(i);
            if (mind.contains(w)) return null;
            if (negators.contains(w)) return null; // "it won't cost you", "nobody is going to get hurt"
            if (!modals.contains(w) && !w.endsWith("'ll")) continue;
            for (int v = i + 1; v < Math.min(c.size() - 1, i + 1 + VERB_REACH); v++) {
                if (negators.contains(c.word(v))) return null;
                if (!verbs.contains(c.word(v)) || ctx.clientStems().contains(c.stem(v))) continue;
                // "this will cost you nothing": a denied cost is no warning
                if (negators.contains(c.word(v + 2)) || negators.contains(c.word(v + 3))) return null;
                if (targets.contains(c.word(v + 1)) || targets.contains(c.word(v + 2))) return new Match(Cue.WARNING, i, Math.min(c.size(), v + 3));
            }
        }
        return null;
    }
}
