package org.changetalk.practice;

import org.changetalk.scenario.model.Phrase;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The client lines a conversation reads again on every turn (the lines said so far and the persona's facts, which
 * {@link Contradiction} sets against each reflection), each read once into its sentences as {@link Contradiction#read}
 * reads them. One per conversation ({@code LineIndex.derived}), shared by its sessions.
 * <p>
 * Why: each turn split every line the client had said into sentences, tokenised them and read them for denials (a
 * session's cost grew with the square of its length, a tenth of a practice turn's CPU on the server), and those
 * lines are the story's own, the same in every session. A line's reading is a function of its text alone, so
 * remembering it changes no answer.
 */
final class ClientSentences {
    /**
     * How many lines are kept: far more than a conversation's lines and facts, so only a stream of unforeseen texts
     * could reach it; past it, lines are read as before, and not kept.
     */
    private static final int MOST_KEPT = 8192;

    private final Map<String, List<Contradiction.Said>> known = new ConcurrentHashMap<>();

    /** The line's sentences, as {@link Contradiction#read} reads them with {@link Phrase#wordsOf}. */
    List<Contradiction.Said> of(String line) {
        List<Contradiction.Said> read = known.get(line);
        if (read != null) {
            return read;
        }
        read = Contradiction.read(line, Phrase::wordsOf);
        if (known.size() < MOST_KEPT) {
            known.putIfAbsent(line, read);
        }
        return read;
    }
}
