package org.changetalk.coding;

import java.util.Set;

/**
 * A statement about something the client never brought up is the counselor's own content (issue 9, family 1; round
 * 13, coder24): "salt is the other big piece for blood pressure", "the machines don't keep track of what you've put
 * in" (said without "you"), "the muscle on the front of the thigh takes the load on stairs". A reflection is about the
 * client or about what the client said: its subject is "you", a feeling, a pronoun pointing back into the talk, or a
 * thing the client named ("the evenings are the hard part"). So a plain statement whose subject — its first content
 * word, past a lead-in and determiners — is a content word the client did not say, and which does not speak to the
 * client, name a feeling, draw a conclusion or offer an image, gives information, however many of the client's words
 * ride along later in it ("…on stairs"). Reflection stays a positive decision: this reads only statements that
 * reached the reflection fallback with no sign of reflecting.
 * <p>
 * Only statements in the present: information says how things are or work, while a story told back in the past ("The
 * side effects were harder to live with than what the tablets were meant to help", a drill's complex reflection that
 * round 12's version of this idea lost) recounts the client's experience in new words, which only meaning can tell
 * from a lecture.
 */
final class NewSubject {
    /**
     * Fewer said words than this and a fragment restates ("a quiet bit before the day", "Losing him early left a mark"):
     * left to the reflection rules.
     */
    private static final int MIN_WORDS = 7;
    /**
     * More of the client's words than this and the statement is a paraphrase in new words ("The bad dreams every night
     * ended up worse than the cigarettes the patch replaced"): left to the reflection rules.
     */
    private static final int MAX_SHARED = 1;

    private final Set<String> determiners;
    private final Set<String> pronouns;
    private final Set<String> stop;
    private final Set<String> past;

    NewSubject(Lexicon lexicon) {
        this.determiners = lexicon.set("subject_determiner");
        this.pronouns = lexicon.set("subject_pronoun");
        this.stop = lexicon.set("stop");
        this.past = lexicon.set("past_verb");
    }

    /**
     * The subject's words, when the sentence is about something the client did not name; null otherwise. The caller
     * has already ruled out "you", the counselor speaking of themself, feelings, inferences, images and questions.
     */
    Match find(Clause c, Context ctx, Echo echo, int saidWords) {
        if (saidWords < MIN_WORDS || echo.shared() > MAX_SHARED || c.sentence.question() || !ctx.hasClient()) return null;
        int s = c.lead;
        while (s < c.size() && determiners.contains(c.word(s))) s++;
        if (s >= c.size() - 2) return null;
        String head = c.word(s);
        if (pronouns.contains(head) || !Character.isLetter(head.charAt(0))) return null;
        // "Seeing it like that really hit home", "Losing him early left a mark": an act or event as the subject is the
        // client's experience named (the general facts about an activity are GeneralFact's, tried earlier)
        if (head.endsWith("ing")) return null;
        // a name the client gave ("maria", "the casino") or any of the subject's first words from the client
        int end = Math.min(c.size(), s + 2);
        if (stop.contains(head)) return null;
        for (int i = s; i < end; i++) {
            if (!stop.contains(c.word(i)) && (ctx.clientStems().contains(c.stem(i)) || ctx.clientWords().contains(c.word(i)))) return null;
        }
        // "The side effects were harder to live with than what the tablets were meant to help" (a drill's complex
        // reflection): told in the past, it recounts the client's story in new words; information says how things are
        for (int i = s; i < c.size(); i++) {
            String w = c.word(i);
            if (past.contains(w) || w.length() > 4 && w.endsWith("ed")) return null;
        }
        return new Match(Cue.INFORMATION, s, end);
    }
}
