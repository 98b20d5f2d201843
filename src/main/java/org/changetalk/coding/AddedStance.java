package org.changetalk.coding;

import java.util.Set;

/**
 * Reflection as a positive decision (coder19, round 11): a statement about the client that was about to be read as a
 * reflection only because it takes up the client's words or talks about them is tested for what the counselor
 * <em>added</em>. A reflection restates or extends what the client said; a statement that adds a verdict, a norm or a
 * prediction the client did not voice is the counselor's input — "Stress is just the excuse you've gotten comfortable
 * with", "There's always going to be another wedding", "You give up too easily when it gets hard" (MITI 4.2.1: Confront,
 * it judges or argues), "Your blood sugar can't keep taking that kind of hit", "You'll end up needing it every night"
 * (Persuade, it warns or prescribes). Typed trainee responses push this way far more often than with a trigger word.
 *
 * <p>The marks are data ({@code lexicon-stance.txt}). A statement is input only when it carries a <em>strong</em> mark the
 * client's line did not have: a verdict ("excuse", "denial", "lazy", "dependent") or a norm laid on the client
 * ("should", "supposed to", "have to"). Weak marks — sharpening words ("still", "always", "actually", "the problem"), a
 * need or a benefit ("needs", "better"), a prediction ("you'll", "going to") — only weigh which side it falls on:
 * Persuade when the norm and prediction side weighs more, Confront otherwise. Weak marks alone decide nothing: on the
 * first-contact parts two or three of them together flagged about as many reflections as they caught pushes ("your
 * brother's still too raw to get into", "what actually happens in the moment doesn't always line up"; measured in
 * round 11, totals only). A mark counts only when the client's line did not have it (their own "excuse" said back is
 * theirs) and no idiom ({@code SHIELD}) covers it; a duty after a negation ("you didn't have to") or after a relative
 * pronoun ("the pill that's supposed to protect you") is none, and neither is a future the client spoke of first.
 *
 * <p>A restatement said with a question mark (the rising-tone reflection) is tested too ("So work running late is the
 * excuse every week?"); never another question, an answer to the client's question, talk after permission, a guess at the client's mind
 * ("it sounds like", "I wonder", "maybe", "seems"), a named feeling, a value said back, a double-sided reflection or a
 * summary: there the stance is the client's, or the counselor's is asked for.
 */
final class AddedStance {
    /** The weight of a strong mark (a verdict or a norm); weak marks weigh 1. */
    private static final int STRONG = 2;
    private final Set<String> verdicts;
    private final Set<String> markers;
    private final Set<String> verdictNouns;
    private final Set<String> verdictOpeners;
    private final Set<String> norms;
    private final Set<String> have;
    private final Set<String> push;
    private final Set<String> predictions;
    private final Set<String> going;
    private final Set<String> self;
    private final Set<String> guesses;
    private final Set<String> relatives;
    private final Set<String> expectations;
    private final Set<String> negators;

    /** What the counselor added, weighed per side; {@code from}–{@code to} spans the marks, for the evidence. */
    record Stance(int judging, int pushing, int from, int to) {
        Code code() {
            return pushing > judging ? Code.PERSUADE : Code.CONFRONT;
        }
    }

    AddedStance(Lexicon lexicon) {
        this.verdicts = lexicon.set("stance_verdict");
        this.markers = lexicon.set("stance_marker");
        this.verdictNouns = lexicon.set("stance_verdict_noun");
        this.verdictOpeners = lexicon.set("stance_verdict_opener");
        this.norms = lexicon.set("stance_norm");
        this.have = lexicon.set("stance_have");
        this.push = lexicon.set("stance_push");
        this.predictions = lexicon.set("stance_prediction");
        this.going = lexicon.set("stance_going");
        this.self = lexicon.set("stance_self");
        this.guesses = lexicon.set("stance_guess");
        this.relatives = lexicon.set("stance_relative");
        this.expectations = lexicon.set("stance_expectation");
        this.negators = lexicon.set("negator");
    }

    /** The stance the counselor added to a would-be reflection, or null when it restates or extends the client. */
    Stance find(Clause c, Context ctx, ReflectionDepthRules depth) {
        // (a restatement said with a question mark reaches here only through the rising-tone rule: its stance counts too)
        if (!ctx.hasClient() || ctx.clientAsked() || ctx.permission() || newFeelingWord(c, ctx, depth)
                || c.has(Cue.DOUBLE_SIDED) || c.has(Cue.SUMMARY) || c.has(Cue.VALUE)) {
            return null;
        }
        // the client's own plan or fear of the future ("I'll stop. For now."): a future said back is theirs, not a warning
        boolean clientForetold = false;
        for (String w : ctx.clientWords()) {
            clientForetold |= predictions.contains(w) || going.contains(w) || w.endsWith("'ll");
        }
        int judging = 0, pushing = 0, from = -1, to = -1;
        boolean strong = false;
        for (int i = c.lead; i < c.size(); i++) {
            String w = c.word(i);
            if (guesses.contains(w)) return null;
            if (!Character.isLetter(w.charAt(0)) || said(c, ctx, i) || c.covered(Cue.SHIELD, i)) continue;
            String next = c.word(i + 1);
            int j = 0, p = 0;
            if (verdicts.contains(w)) j = STRONG;
            else if (verdictNouns.contains(w) && verdictOpeners.contains(c.word(i - 1))) j = 1;
            else if (markers.contains(w)) j = 1;
            else if ((norms.contains(w) && !describes(c, i) && !expectations.contains(next)
                    || have.contains(w) && next.equals("to") && !c.word(i + 2).equals("be"))
                    && !negators.contains(c.word(i - 1))) p = STRONG;
            else if (push.contains(w)) p = 1;
            else if (!clientForetold && !self.contains(c.word(i - 1)) && (predictions.contains(w)
                    || going.contains(w) && (next.equals("to") || next.equals("up")) || w.endsWith("'ll") && !self.contains(w))) p = 1;
            if (j + p == 0) continue;
            strong |= j + p >= STRONG;
            judging += j;
            pushing += p;
            if (from < 0) from = i;
            to = i + 1;
        }
        return strong ? new Stance(judging, pushing, from, to) : null;
    }

    /**
     * A feeling word the client did not say, everyday difficulty words too ("there's something really hard about that"):
     * the counselor is guessing at the client's inside, which is what a reflection does.
     */
    private static boolean newFeelingWord(Clause c, Context ctx, ReflectionDepthRules depth) {
        for (int i = c.lead; i < c.size(); i++) {
            if (depth.namesFeeling(c.word(i)) && !said(c, ctx, i)) return true;
        }
        return false;
    }

    /**
     * "the pill that's supposed to protect you": a norm word after a relative pronoun describes what a thing is for; it
     * lays no duty on the client ([set:stance_relative]).
     */
    private boolean describes(Clause c, int i) {
        return relatives.contains(c.word(i - 1));
    }

    /** The client's line had this word (or its stem): saying it back is the client's stance, not the counselor's. */
    private static boolean said(Clause c, Context ctx, int i) {
        return ctx.clientWords().contains(c.word(i)) || ctx.clientStems().contains(c.stem(i));
    }
}
