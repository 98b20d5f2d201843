package org.changetalk.coding;

import java.util.Set;

/**
 * "Yes, but…": the client's point acknowledged in a word ("I hear you", "I get it", "I know", "Sure", "Good") and then,
 * after "but", a statement of the counselor's own — "I get it. But it's harder when you're high on the weekends",
 * "I know, but we need to get through it today", "Good. But your friends do." The acknowledgement is a lead-in to an
 * argument (MITI Persuade; MISC: advise, raise concern or confront), whatever the statement after "but" looks like on
 * its own. Only a statement the sentence rules read from its words alone (a reflection without an opener, plain
 * information, a remark with no code) is recoded: a reflection opener, a double-sided statement, a summary, an
 * affirmation, a question or advice keep their own code. Not in answer to the client's question.
 */
final class YesBut {
    private final Set<String> acknowledgement;
    private final Set<String> turns;
    private final Set<String> wh;
    private final Set<String> aux;
    private final Set<String> you;

    YesBut(Lexicon lexicon) {
        this.acknowledgement = lexicon.set("acknowledgement");
        this.turns = lexicon.set("yes_but_turn");
        this.wh = lexicon.set("wh");
        this.aux = lexicon.set("aux");
        this.you = lexicon.set("you");
    }

    boolean applies(Clause c, Clause before, Utterance previous, Utterance u, Context ctx) {
        if (ctx.clientAsked() || !ctx.hasClient() || !recodable(u) || c.has(Cue.REFLECTION_STEM) || c.has(Cue.DOUBLE_SIDED)
                || c.has(Cue.SUMMARY) || c.has(Cue.AFFIRM) || c.sentence.question()) {
            return false;
        }
        int but = butAt(c);
        if (but < 0 || asks(c, but + 1)) return false;
        if (but > 0) return allAcknowledgement(c, 0, but);
        // "But…" opening the sentence: the sentence before must be a bare acknowledgement ("I get it.", "Okay.")
        return before != null && previous != null && allAcknowledgement(before, 0, before.size());
    }

    Utterance recode(Clause c, Utterance u, Context ctx) {
        int but = butAt(c);
        Span span = c.span(but, Math.min(c.size(), but + 4));
        Code code = ctx.permission() ? Code.PERSUADE_WITH_PERMISSION : Code.PERSUADE;
        return new Utterance(u.span(), code, null, null, Evidence.of(span, RuleId.YES_BUT.id(),
                "The client's point is acknowledged and then answered with " + SentenceRules.quote(span.of(c.text.raw))
                        + ": a \"yes, but\" argues for the counselor's side, Persuade" + (ctx.permission() ? " (with permission: it was asked for)." : ".")));
    }

    /**
     * "ok but y isnt that number lower", "Okay, but what would it take?" typed without a question mark: question word
     * order after "but" asks (a ruler's follow-up, an evocative question); it does not argue.
     */
    private boolean asks(Clause c, int i) {
        String w = c.word(i);
        return wh.contains(w) || aux.contains(w) && you.contains(c.word(i + 1));
    }

    /** Index of "but" among the sentence's first words, after nothing but acknowledgement, or -1. */
    private int butAt(Clause c) {
        for (int i = 0; i < Math.min(c.size() - 2, 6); i++) {
            if (turns.contains(c.word(i))) return i;
            // lead-in words ("you know, but…") count as acknowledgement
            if (!acknowledgement.contains(c.word(i)) && i >= c.lead) return -1;
        }
        return -1;
    }

    private boolean allAcknowledgement(Clause c, int from, int to) {
        if (to <= from) return false;
        for (int i = from; i < to; i++) {
            if (!acknowledgement.contains(c.word(i))) return false;
        }
        return true;
    }

    private static boolean recodable(Utterance u) {
        RuleId r = RuleId.of(u.evidence().rule());
        return r == RuleId.STATEMENT_ABOUT_CLIENT || r == RuleId.ECHO || r == RuleId.REFLECTION_PHRASE || r == RuleId.GENERAL_STATEMENT
                || r == RuleId.NOTHING_TO_REFLECT || r == RuleId.NOT_FROM_CLIENT || r == RuleId.NO_BEHAVIOUR || r == RuleId.FIGURES
                || r == RuleId.INFORMATION || r == RuleId.COUNSELOR_ASIDE;
    }
}
