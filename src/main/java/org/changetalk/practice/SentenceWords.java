package org.changetalk.practice;

import org.changetalk.scenario.model.Phrase;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The lower-cased words ({@link Phrase#wordsOf}) of the sentences a conversation reads again on every turn: the
 * client's lines said so far and the persona's facts, which {@link Contradiction} set against each reflection. One
 * per conversation ({@code LineIndex.derived}), shared by its sessions.
 * <p>
 * Why: each turn tokenised every sentence the client had said (a session's cost grew with the square of its length,
 * a tenth of a practice turn's CPU on the server), and those sentences are the story's own, the same in every
 * session. A sentence's words are a function of its text alone, so remembering them changes no answer.
 */
final class SentenceWords {
    /**
     * How many sentences are kept: far more than a conversation's lines have, so only a stream of unforeseen texts
     * could reach it; past it, words are read as before, and not kept.
     */
    private static final int MOST_KEPT = 8192;

    private final Map<String, List<String>> known = new ConcurrentHashMap<>();

    /** The sentence's words, as {@link Phrase#wordsOf} reads them. */
    List<String> of(String sentence) {
        List<String> words = known.get(sentence);
        if (words != null) {
            return words;
        }
        words = Phrase.wordsOf(sentence);
        if (known.size() < MOST_KEPT) {
            known.putIfAbsent(sentence, words);
        }
        return words;
    }
}
