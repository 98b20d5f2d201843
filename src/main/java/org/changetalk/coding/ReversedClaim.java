package org.changetalk.coding;

import java.util.Set;

/**
 * The client's denial turned into the counselor's assertion: "I don't think it's a big deal." — "Three DUIs is a big
 * deal."; "I'm not addicted." — "You're addicted, though you don't like the word."; "It's not a problem." — "It's a
 * problem for your kids." The mirror of {@code contradicts-client} (which negates what the client asserted): a verdict
 * the client just negated ({@code [set:reversal_predicate]}: problem, deal, addicted, serious…) said plainly, with no
 * negation before it. MITI: Confront (disagreeing, correcting). Not when the verdict is put in someone's mouth or mind
 * ("your wife thinks it's a problem", "part of you wonders if it's a problem": {@code [set:reporting_verb]},
 * {@code [set:cognitive_word]}), not in a reflection opener, a double-sided statement, a summary or a question, not
 * in answer to the client's question, not what the verdict would be ("what an issue would look like", "if it's a
 * problem"), not the counselor's own plans ("let's", "I"), and not the client's words said back at length.
 */
final class ReversedClaim {
    private final Set<String> predicates;
    private final Set<String> negators;
    private final Set<String> reporting;
    private final Set<String> cognitive;
    private final Set<String> wh;
    private final Set<String> self;

    ReversedClaim(Lexicon lexicon) {
        this.predicates = lexicon.set("reversal_predicate");
        this.negators = lexicon.set("negator");
        this.reporting = lexicon.set("reporting_verb");
        this.cognitive = lexicon.set("cognitive_word");
        this.wh = lexicon.set("wh");
        this.self = lexicon.set("self");
    }

    /** The verdict word and the words just before it, or null. */
    Match find(Clause c, Context ctx, Echo echo) {
        if (!ctx.hasClient() || ctx.clientAsked() || c.sentence.question() || c.size() - c.lead < 3 || echo.ratio() >= 0.8
                || c.has(Cue.REFLECTION_STEM) || c.has(Cue.DOUBLE_SIDED) || c.has(Cue.SUMMARY) || c.has(Cue.HARM_REDUCTION)
                || c.has(Cue.COLLABORATION) || c.has(Cue.STRUCTURING) || self.contains(c.word(c.lead))) {
            // ("Let's look at what an issue would look like for you" explores the word; it asserts nothing)
            return null;
        }
        for (int i = c.lead; i < c.size(); i++) {
            String w = c.word(i);
            if (reporting.contains(w) || cognitive.contains(w) || negators.contains(w) || wh.contains(w) || w.equals("if")) return null;
        }
        for (int i = c.lead; i < c.size(); i++) {
            String w = c.word(i);
            if (!predicates.contains(w) || !ctx.negatedStems().contains(c.stem(i)) || c.covered(Cue.SHIELD, i)) continue;
            return new Match(Cue.CONFRONT, Math.max(c.lead, i - 3), i + 1);
        }
        return null;
    }
}
