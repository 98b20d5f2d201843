package org.changetalk.cli;

import org.changetalk.coding.CodedTurn;
import org.changetalk.coding.Coder;
import org.changetalk.coding.ConversationCoder;
import org.changetalk.coding.CounselorCoding;
import org.changetalk.coding.MiniLmEmbedder;
import org.changetalk.coding.Talk;
import org.changetalk.coding.Turn;
import org.changetalk.practice.ResponseCoder;

import java.util.List;
import java.util.function.IntConsumer;

/**
 * The real coder, built on first use. picocli instantiates every subcommand when the command line is set up,
 * but only one of them runs: building the coder's lexicon for each would triple the start-up time of every
 * command, and `validate` or `scenarios` need no coder at all.
 */
final class LazyCoder {
    /** Sentence embeddings for unsure client turns; the model loads only if such a turn comes. */
    private final MiniLmEmbedder embedder = new MiniLmEmbedder();
    private Coder coder;

    synchronized Coder get() {
        if (coder == null) coder = new Coder(embedder);
        return coder;
    }

    /**
     * Starts building the coder on another thread, for a command that will certainly need it: the lexicon then
     * loads while picocli parses the command line and Jackson starts up, on the machine's other core. The
     * embedding model is not warmed here: a JVM that exits while ONNX Runtime is still loading aborts (exit 134,
     * seen on a two-turn input), so it loads on the first unsure client turn, which a short input may never have.
     */
    LazyCoder warmInBackground() {
        Thread warm = new Thread(this::get, "coder-warm-up");
        warm.setDaemon(true);
        warm.start();
        return this;
    }

    ResponseCoder counselor() {
        return new ResponseCoder() {
            @Override
            public CounselorCoding code(List<Turn> history, Turn response) {
                return get().codeCounselor(history, response);
            }

            @Override
            public Talk clientTalk(String words) {
                return ResponseCoder.of(get()).clientTalk(words);
            }

            @Override
            public java.util.Optional<org.changetalk.coding.SentenceEmbedder> embedder() {
                return java.util.Optional.of(embedder);
            }
        };
    }

    ConversationCoder conversation() {
        return new ConversationCoder() {
            @Override
            public List<CodedTurn> code(List<Turn> turns) {
                return get().code(turns);
            }

            @Override
            public List<CodedTurn> code(List<Turn> turns, IntConsumer coded) {
                return get().code(turns, coded);
            }
        };
    }
}
