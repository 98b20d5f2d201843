package org.changetalk.practice;

import org.changetalk.scenario.model.Phrase;
import org.changetalk.scenario.model.Terms;

import java.util.regex.Pattern;

/**
 * The part of a trainee's turn that a reply must answer, read in plain words: in a long turn of several sentences (a
 * preface, a reflection, some information, then a question) the last sentence that asks, or, when none asks, the last
 * sentence (the reflection a turn ends on is the one the client answers). A question too bare to say what it is about
 * ("What happened?", "How would you describe it?") takes the sentence before it along. A short turn is read whole.
 * Why: ranked on all of a 60-word turn's words, the client answered the preface or the aside ("the fourteen months…
 * the good bits and the hard bits. How would you describe it?" went by "fourteen months" and "hard"), or, with the
 * meaning of the whole diluted, the graph's next beat.
 *
 * <p>What is ranked is this one text: it is what the turn's one embedding is made of (never a second), and its words
 * are the coverage the meaning is weighed with. The coder, the category and the graph's rules read the whole turn.
 */
final class AskingPart {
    /** Sentence ends, and a colon or dash before a question ("I am curious, though: what happens…?"). */
    private static final Pattern SENTENCES = Pattern.compile("(?<=[.!?])\\s+|(?<=[:;])\\s+(?=\\w[^.!?]*\\?)|\\s+[-–—]\\s+(?=\\w[^.!?]*\\?)");

    private AskingPart() {
    }

    /**
     * The part of {@code turn} to rank by, in plain words; {@code turn} itself when it is short or one sentence and
     * holds no jargon.
     */
    static String of(String turn, Relevance settings, PlainWords plain) {
        return plain.of(part(turn, settings));
    }

    private static String part(String turn, Relevance settings) {
        if (Phrase.wordsOf(turn).size() <= settings.longTurn()) {
            return turn;
        }
        String[] sentences = SENTENCES.split(turn.strip());
        if (sentences.length < 2) {
            return turn;
        }
        int at = sentences.length - 1;
        for (int i = sentences.length - 1; i >= 0; i--) {
            if (sentences[i].strip().endsWith("?")) {
                at = i;
                break;
            }
        }
        String part = sentences[at].strip();
        // ("What happened?" says what it asks only with the sentence before it: "…what led up to that night.")
        if (at > 0 && Terms.of(part).size() < settings.askingMinTerms()) {
            part = sentences[at - 1].strip() + " " + part;
        }
        return part;
    }
}
