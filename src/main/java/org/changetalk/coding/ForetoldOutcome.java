package org.changetalk.coding;

import java.util.Set;

/**
 * A bad outcome foretold for the client with no condition and no warning phrase: "One of these days you're going to
 * crash that truck", "You'll end the year in court", "By the time you notice, it'll be too late". MISC codes it Warn (a
 * threat or prediction of a bad outcome, MI-inconsistent), MITI Persuade. {@link SentenceRules#conditionalConsequence}
 * needs an "if"; real warnings seldom have one.
 *
 * <p>A future marker ({@code [set:future_marker]}, not "I'll"/"we'll") and, within the next six words, an outcome word
 * ({@code [set:bad_outcome]}) the client never used, in a sentence that names the client ("you", "your"). Not a
 * question, an answer to the client's question, information after permission, safer-use information, a reflection
 * (opener, summary, both sides) or the client's own words said back; not the client's fear said for them ("you're
 * scared you'll end up in court": a word of the mind before the marker, {@code [set:cognitive_word]}); not negated
 * ("you won't end up in hospital" reassures); not a good loss ("you'll lose the weight": {@code [set:outcome_not]}).
 */
final class ForetoldOutcome {
    /** How far after the future marker the outcome may come ("you're going to end up back in court"). */
    private static final int WINDOW = 6;
    private final Set<String> futureMarkers;
    private final Set<String> outcomes;
    private final Set<String> goodAfter;
    private final Set<String> you;
    private final Set<String> self;
    private final Set<String> negators;
    private final Set<String> cognitive;
    private final Set<String> wh;
    private final Set<String> conditions;
    /** Who the prediction is about: the client or the situation ("you'll", "it's going to"), not "the nurse will…". */
    private final Set<String> subjects;

    ForetoldOutcome(Lexicon lexicon) {
        this.futureMarkers = lexicon.set("future_marker");
        this.outcomes = lexicon.set("bad_outcome");
        this.goodAfter = lexicon.set("outcome_not");
        this.you = lexicon.set("you");
        this.self = lexicon.set("self");
        this.negators = lexicon.set("strict_negator");
        this.cognitive = lexicon.set("cognitive_word");
        this.wh = lexicon.set("wh");
        this.conditions = lexicon.set("condition");
        this.subjects = lexicon.set("outcome_subject");
    }

    /** The marker through the outcome word, or null. */
    Match find(Clause c, Context ctx, Echo echo) {
        if (!ctx.hasClient() || ctx.clientAsked() || ctx.permission() || c.sentence.question() || echo.ratio() >= 0.5
                || c.has(Cue.REFLECTION_STEM) || c.has(Cue.SUMMARY) || c.has(Cue.DOUBLE_SIDED) || c.has(Cue.HARM_REDUCTION)
                || !namesClient(c)) {
            return null;
        }
        for (int i = c.lead; i < c.size(); i++) {
            String w = c.word(i);
            if (cognitive.contains(w)) return null; // the client's fear or thought said for them
            if (!marker(c, i)) continue;
            for (int j = i + 1; j < Math.min(c.size(), i + 1 + WINDOW); j++) {
                String o = c.word(j);
                // "you'll have to tell me how court goes": past a question word or a condition the outcome is not foretold
                if (negators.contains(o) || c.breakBefore(j) || wh.contains(o) || conditions.contains(o)) break;
                if (!outcomes.contains(o) || goodAfter.contains(c.word(j + 1))) continue;
                if (ctx.clientStems().contains(c.stem(j)) || c.covered(Cue.SHIELD, j)) break;
                return new Match(Cue.WARNING, i, j + 1);
            }
        }
        return null;
    }

    /**
     * "you're going to", "you'll", "it'll", "that will"… — a prediction about the client or the situation
     * ({@code [set:outcome_subject]} holds the contracted markers and the subjects before a bare "will"/"going"): not the
     * counselor's own "I'll"/"we'll", not someone else's ("the nurse will take you to dialysis"), not "won't" (denied).
     */
    private boolean marker(Clause c, int i) {
        String w = c.word(i);
        if (!futureMarkers.contains(w) || negators.contains(w) || self.contains(c.word(i - 1))) return false;
        if (w.equals("going") && !c.word(i + 1).equals("to")) return false;
        return subjects.contains(w) || subjects.contains(c.word(i - 1));
    }

    private boolean namesClient(Clause c) {
        for (int i = c.lead; i < c.size(); i++) {
            if (you.contains(c.word(i))) return true;
        }
        return false;
    }
}
