package org.changetalk.coding;

import java.util.Set;

/**
 * A fact about the client read from the chart, a test or a statement ("So, you've had two tests come back this month",
 * "Your last bloodwork came back high"): Giving Information, not
 * a reflection, though it opens on "so you've" and is about the client (issue 9, family 1: facts from the record were
 * reflections in the hidden sessions). It tells the client something they did not say: a record word
 * ({@code [set:record_word]}: tests, bloodwork, readings, levels, statements…) that is not among the client's last
 * words. A figure alone does not decide ("Twelve hours sitting, and your back is paying for it", "Eighteen credits and
 * a job" reflect: the client may have said the number in digits or in other words; tune, round 9). Not a question,
 * not mostly the client's own words, and not when the sentence guesses at the client's mind or names a feeling ("it sounds like the bloodwork
 * scared you" reflects): a reflection of the client's experience can carry a number, a record cannot carry a feeling.
 */
final class RecordFact {
    private final Set<String> recordWords;
    private final Set<String> cognitive;

    RecordFact(Lexicon lexicon) {
        this.recordWords = lexicon.set("record_word");
        this.cognitive = lexicon.set("cognitive_word");
    }

    /** The record word that makes the sentence news from the record, or null. */
    Match find(Clause c, Context ctx, Echo echo, ReflectionDepthRules depth) {
        // a sentence opened by "but" argues back (YesBut reads it with the acknowledgement before it)
        if (c.sentence.question() || echo.ratio() >= 0.5 || !ctx.hasClient() || c.word(c.lead).equals("but")) return null;
        int found = -1;
        for (int i = c.lead; i < c.size(); i++) {
            String w = c.word(i);
            if (cognitive.contains(w)) return null;
            if (found < 0 && recordWords.contains(w) && !ctx.clientWords().contains(w)) found = i;
        }
        if (found < 0 || depth.namesFeeling(c)) return null;
        return new Match(Cue.INFORMATION, found, found + 1);
    }
}
