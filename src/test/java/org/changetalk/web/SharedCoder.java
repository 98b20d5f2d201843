package org.changetalk.web;

import org.changetalk.coding.Coder;
import org.changetalk.coding.MiniLmEmbedder;
import org.changetalk.practice.ResponseCoder;

/**
 * The real coder and the real sentence embedder, as a production server loads them ({@link WebServer#start(ServerConfig,
 * java.io.PrintWriter)}: {@code ResponseCoder.of(new Coder(), new MiniLmEmbedder())}), but loaded once per test JVM and
 * handed to every test server in it. Each server used to load its own: the coder's lexicon, every conversation's
 * relevance index on a background thread, and the ONNX model with the build's 10,000 stored vectors on its first
 * question. Dozens of servers per JVM made that the largest single cost of the web and browser tests
 * (docs/benchmarks.md §33). Sharing is safe: both are thread-safe and answer the same text the same way whichever
 * server asks (the embedder's only state is a memo of short texts' vectors and a count no web test reads).
 *
 * <p>What a server does while its coder loads (answering before the lexicon is there, a turn waiting for it) is still
 * tested on the production path: StartupTest and AuthTest start servers through the two-argument start, and
 * ServeProcessTest and the class-data archive test start the built jar.
 */
public final class SharedCoder {
    private SharedCoder() {
    }

    /** Loaded when first asked for (the holder's class initialisation: once, thread-safe), never changed after. */
    private static final class Holder {
        static final ResponseCoder CODER = ResponseCoder.of(new Coder(), new MiniLmEmbedder());
    }

    public static ResponseCoder coder() {
        return Holder.CODER;
    }
}
