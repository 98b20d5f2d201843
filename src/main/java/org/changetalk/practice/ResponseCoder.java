package org.changetalk.practice;

import org.changetalk.coding.Coder;
import org.changetalk.coding.CounselorCoding;
import org.changetalk.coding.SentenceEmbedder;
import org.changetalk.coding.Talk;
import org.changetalk.coding.Turn;

import java.util.List;
import java.util.Optional;

/**
 * Codes one trainee response given the conversation before it (oldest first). Production binding:
 * {@code ResponseCoder.of(new Coder())}; tests pass a fake so the engine is tested apart from the coder's accuracy.
 */
@FunctionalInterface
public interface ResponseCoder {
    CounselorCoding code(List<Turn> history, Turn response);

    /**
     * The talk of words as the client would say them (a side of a double-sided reflection, put back in the
     * first person): change, sustain or neutral. A coder that does not code client talk says neutral, and the
     * drill then gives the benefit of the doubt.
     */
    default Talk clientTalk(String words) {
        return Talk.NEUTRAL;
    }

    /**
     * The sentence embedder the client may use to hear what a question means beside its words (Meanings). None by
     * default: a fake coder in a test keeps the client on words alone, and never loads a neural model.
     */
    default Optional<SentenceEmbedder> embedder() {
        return Optional.empty();
    }

    /** The real coder for both. */
    static ResponseCoder of(Coder coder) {
        return of(coder, null);
    }

    /** The real coder for both, and an embedder for the client's hearing of questions (null: words alone). */
    static ResponseCoder of(Coder coder, SentenceEmbedder embedder) {
        return new ResponseCoder() {
            @Override
            public Optional<SentenceEmbedder> embedder() {
                return Optional.ofNullable(embedder);
            }

            @Override
            public CounselorCoding code(List<Turn> history, Turn response) {
                return coder.codeCounselor(history, response);
            }

            @Override
            public Talk clientTalk(String words) {
                return coder.codeClient(List.of(), Turn.client(words)).talk();
            }
        };
    }
}
