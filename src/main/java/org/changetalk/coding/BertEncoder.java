package org.changetalk.coding;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The sentence embedding of a short text made with fewer steps around the model run than langchain4j's
 * {@code OnnxBertBiEncoder}, giving the same vector to the bit (BertEncoderTest compares them on the shipped scenario
 * texts and the coder's cases). Why: a web turn that reads meaning pays one model run, the largest piece of its CPU on
 * 2 cores (docs/benchmarks.md §35–§36); langchain4j tokenizes a text three times and copies the model's output into
 * nested arrays before pooling it.
 *
 * <p>What langchain4j encodes is not the text but the sentence rebuilt from its tokens, when that sentence tokenizes back
 * to the same tokens (else the tokens joined, which this declines). So this tokenizes the text, rebuilds the sentence,
 * tokenizes it once and, when the tokens come back the same, runs the model on that sentence's ids: the same ids as
 * langchain4j's. The pooling (mean over every token) and the normalising are the same float arithmetic in the same
 * order. A text it declines (longer than one window of the model, or whose tokens do not come back) is left to the
 * caller's langchain4j model: {@link #embed} is then empty.
 */
final class BertEncoder {
    /** One window of the model: 512 positions less [CLS] and [SEP] (langchain4j splits longer texts, which we leave to it). */
    private static final int WINDOW = 510;

    private final OrtEnvironment environment;
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final boolean typeIds;

    /**
     * @param environment the ONNX Runtime environment the session belongs to
     * @param session     the model (the same session langchain4j's encoder runs)
     * @param tokenizer   its tokenizer, without padding (as langchain4j makes it)
     */
    BertEncoder(OrtEnvironment environment, OrtSession session, HuggingFaceTokenizer tokenizer) throws OrtException {
        this.environment = environment;
        this.session = session;
        this.tokenizer = tokenizer;
        Set<String> inputs = session.getInputNames();
        this.typeIds = inputs.contains("token_type_ids");
    }

    /** The text's normalised mean-pooled embedding, or empty when the text is one langchain4j must make (see above). */
    Optional<float[]> embed(String text) {
        String[] tokens = tokenizer.encode(text, true, false).getTokens();
        if (tokens.length <= 2 || tokens.length - 2 > WINDOW) {
            return Optional.empty();
        }
        String rebuilt = tokenizer.buildSentence(Arrays.asList(tokens).subList(1, tokens.length - 1));
        Encoding back = tokenizer.encode(rebuilt, true, false);
        String[] again = back.getTokens();
        if (again.length != tokens.length
                || !Arrays.equals(again, 1, again.length - 1, tokens, 1, tokens.length - 1)) {
            return Optional.empty();
        }
        try {
            return Optional.of(normalised(meanPooled(back)));
        } catch (OrtException e) {
            throw new IllegalStateException("the embedding model failed on a text of " + tokens.length + " tokens: " + e.getMessage(), e);
        }
    }

    /**
     * The mean of the model's first output (one vector a token) over every token, read straight from its buffer and
     * summed token by token in float as langchain4j does (the same bits, without its copy into nested arrays).
     */
    private float[] meanPooled(Encoding e) throws OrtException {
        long[] ids = e.getIds();
        long[] shape = {1, ids.length};
        try (OnnxTensor idTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape);
             OnnxTensor maskTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(e.getAttentionMask()), shape);
             OnnxTensor typeTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(e.getTypeIds()), shape)) {
            Map<String, OnnxTensor> inputs = new HashMap<>();
            inputs.put("input_ids", idTensor);
            inputs.put("attention_mask", maskTensor);
            if (typeIds) {
                inputs.put("token_type_ids", typeTensor);
            }
            try (OrtSession.Result result = session.run(inputs)) {
                OnnxTensor out = (OnnxTensor) result.get(0);
                long[] outShape = out.getInfo().getShape();
                int n = (int) outShape[1];
                int d = (int) outShape[2];
                FloatBuffer flat = out.getFloatBuffer();
                float[] mean = new float[d];
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < d; j++) {
                        mean[j] += flat.get(i * d + j);
                    }
                }
                for (int j = 0; j < d; j++) {
                    mean[j] /= n;
                }
                return mean;
            }
        }
    }

    /** The vector divided by its length, the length summed in float (as langchain4j does). */
    private static float[] normalised(float[] v) {
        float sumSquare = 0;
        for (float x : v) {
            sumSquare += x * x;
        }
        float norm = (float) Math.sqrt(sumSquare);
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] / norm;
        }
        return out;
    }
}
