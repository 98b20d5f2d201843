package org.changetalk.coding;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Sentence embeddings made ahead of time (at build time, for the shipped scenarios' texts: {@code SentenceVectorsBuild}),
 * so that a fresh server does not spend its first half-minute of one core embedding them while trainees arrive.
 *
 * <p>Each vector is kept under the SHA-256 of its text, and the whole file under the id of the model that made it
 * (a hash of the model's and tokenizer's bytes, {@link MiniLmEmbedder}): a text edited since, or a file made by
 * another model, is simply not found and is embedded as before, so a stale or missing file costs time, never a
 * different answer. The floats are kept exactly (not rounded as the client bank's are), so that a stored vector is
 * bit for bit the one the model would give on this machine, and a reply chosen with it the same.
 *
 * <p>Format: the magic {@code CTSV}, a version, the model id, the dimension, the count, then per text the first 16
 * bytes of its SHA-256 and the vector's floats (big-endian, {@link DataOutputStream}).
 */
public final class SentenceVectors {
    private static final int MAGIC = 0x43545356; // "CTSV"
    private static final int VERSION = 1;
    /** No vectors: every text is embedded. */
    public static final SentenceVectors NONE = new SentenceVectors("", Map.of());

    private final String modelId;
    private final Map<Key, float[]> vectors;

    /** A text's key: 128 bits of its SHA-256 (a collision among a few thousand texts has odds of about 2^-100). */
    private record Key(long high, long low) {
        static Key of(String text) {
            ByteBuffer digest = ByteBuffer.wrap(sha256(text.getBytes(StandardCharsets.UTF_8)));
            return new Key(digest.getLong(), digest.getLong());
        }
    }

    private SentenceVectors(String modelId, Map<Key, float[]> vectors) {
        this.modelId = modelId;
        this.vectors = vectors;
    }

    /** The stored vector of a text, if this file was made by the model {@code modelId} and holds the text. */
    public Optional<float[]> find(String modelId, String text) {
        if (vectors.isEmpty() || !this.modelId.equals(modelId)) {
            return Optional.empty();
        }
        float[] v = vectors.get(Key.of(text));
        return v == null ? Optional.empty() : Optional.of(v.clone());
    }

    public String modelId() {
        return modelId;
    }

    public int size() {
        return vectors.size();
    }

    /** Reads a vectors file; a file of another format version reads as none (it will be made again). */
    public static SentenceVectors read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(new BufferedInputStream(in, 1 << 16));
        if (data.readInt() != MAGIC) {
            throw new IOException("not a sentence vectors file (no CTSV magic)");
        }
        if (data.readInt() != VERSION) {
            return NONE;
        }
        String model = data.readUTF();
        int dimensions = data.readInt();
        int count = data.readInt();
        if (dimensions <= 0 || count < 0) {
            throw new IOException("a sentence vectors file with " + dimensions + " dimensions and " + count + " texts");
        }
        Map<Key, float[]> vectors = new HashMap<>(count * 2);
        for (int i = 0; i < count; i++) {
            Key key = new Key(data.readLong(), data.readLong());
            float[] v = new float[dimensions];
            for (int d = 0; d < dimensions; d++) {
                v[d] = data.readFloat();
            }
            vectors.put(key, v);
        }
        return new SentenceVectors(model, Map.copyOf(vectors));
    }

    /** Writes the texts' vectors (all of one dimension) as made by the model {@code modelId}. */
    public static void write(OutputStream out, String modelId, Map<String, float[]> texts) throws IOException {
        DataOutputStream data = new DataOutputStream(new BufferedOutputStream(out, 1 << 16));
        int dimensions = texts.values().stream().findFirst().map(v -> v.length).orElse(1);
        data.writeInt(MAGIC);
        data.writeInt(VERSION);
        data.writeUTF(modelId);
        data.writeInt(dimensions);
        data.writeInt(texts.size());
        for (Map.Entry<String, float[]> e : texts.entrySet()) {
            if (e.getValue().length != dimensions) {
                throw new IllegalArgumentException("vectors of " + e.getValue().length + " and " + dimensions + " dimensions");
            }
            Key key = Key.of(e.getKey());
            data.writeLong(key.high());
            data.writeLong(key.low());
            for (float x : e.getValue()) {
                data.writeFloat(x);
            }
        }
        data.flush();
    }

    /** The SHA-256 of some byte arrays one after the other, in hex: how one model is told apart from another. */
    static String id(byte[]... parts) {
        MessageDigest digest = sha256();
        for (byte[] part : parts) {
            digest.update(part);
        }
        StringBuilder s = new StringBuilder();
        for (byte b : digest.digest()) {
            s.append(String.format("%02x", b));
        }
        return s.toString();
    }

    private static byte[] sha256(byte[] bytes) {
        return sha256().digest(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
