package org.changetalk.coding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A hand-written bank of labelled client replies ({@code client-bank.txt}: label, the counselor turn it answers or
 * "-", the reply), read with sentence embeddings: an unsure turn is compared with every reply in the bank, by what
 * it says and by what it answers, and its nearest neighbours vote. The bank is written from the MISC definitions in
 * the style of speech, every DARN-CAT kind on both sides and plain neutral talk, apart from the gold set, so that
 * it carries meaning the gold's own wording does not ("No." to "do you want to keep going like this?" is change
 * talk, to "do you think it's a problem?" sustain talk).
 */
final class ClientBank {
    static final String RESOURCE = "client-bank.txt";
    /**
     * The bank's embeddings, written by {@code ClientModelTrainer} beside the learned layers: reading them is quicker
     * than embedding a few hundred texts when the first unsure turn comes (about half a second of one core).
     */
    static final String VECTORS = "client-bank-vectors.txt";
    /** How many neighbours vote. */
    static final int K = 7;
    /** How much the likeness of the counselor turns adds to the likeness of the replies. */
    static final double CONTEXT = 0.6;
    /** The context likeness assumed when one side has no counselor turn (about that of two unrelated turns). */
    static final double NO_CONTEXT = 0.15;

    /** Embeddings this alike are the same text (the stored vectors are rounded to bytes). */
    static final double SAME = 0.995;

    /** One labelled reply; counselor is null for a reply read alone. */
    record Entry(Talk talk, String counselor, String client, int line) {}

    private final List<Entry> entries;
    private final SentenceEmbedder embedder;
    /** Stored embeddings by {@link #key} of the text; a text not in it (the bank edited since) is embedded on use. */
    private final Map<String, float[]> stored;
    /** The entries' embeddings, computed on first use (the model is loaded only for unsure turns). */
    private volatile float[][][] vectors;

    ClientBank(List<Entry> entries, SentenceEmbedder embedder) {
        this(entries, embedder, Map.of());
    }

    ClientBank(List<Entry> entries, SentenceEmbedder embedder, Map<String, float[]> stored) {
        if (entries.isEmpty()) throw new IllegalArgumentException("an empty client bank");
        this.entries = List.copyOf(entries);
        this.embedder = embedder;
        this.stored = Map.copyOf(stored);
    }

    static ClientBank load(SentenceEmbedder embedder) {
        return new ClientBank(read(RESOURCE), embedder, readVectors(VECTORS));
    }

    List<Entry> entries() {
        return entries;
    }

    /** A text's key in the vectors file: its length and hash, enough to tell a few hundred texts apart. */
    static String key(String text) {
        return text.length() + ":" + Integer.toHexString(text.hashCode());
    }

    /** Stored vectors: KEY, scale, and the components as signed bytes (times scale / 127) in Base64. Missing: none. */
    static Map<String, float[]> readVectors(String resource) {
        Map<String, float[]> out = new HashMap<>();
        try (InputStream in = ClientBank.class.getResourceAsStream(resource)) {
            if (in == null) return out;
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                try {
                    float scale = Float.parseFloat(f[1]);
                    byte[] b = Base64.getDecoder().decode(f[2]);
                    float[] v = new float[b.length];
                    for (int i = 0; i < b.length; i++) v[i] = b[i] * scale / 127f;
                    out.put(f[0], v);
                } catch (RuntimeException e) {
                    throw new LexiconError(resource, no, "expected KEY<tab>SCALE<tab>BASE64 (" + e.getMessage() + ")");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** One line of the vectors file for a text's embedding. */
    static String vectorLine(String text, float[] v) {
        float scale = 0;
        for (float x : v) scale = Math.max(scale, Math.abs(x));
        if (scale == 0) scale = 1;
        byte[] b = new byte[v.length];
        for (int i = 0; i < v.length; i++) b[i] = (byte) Math.round(v[i] / scale * 127f);
        return key(text) + "\t" + scale + "\t" + Base64.getEncoder().encodeToString(b);
    }

    /** Whether every text of the bank has a stored vector (else the first unsure turn embeds the rest). */
    boolean fullyStored() {
        for (Entry e : entries) {
            if (!stored.containsKey(key(e.client())) || e.counselor() != null && !stored.containsKey(key(e.counselor()))) return false;
        }
        return true;
    }

    static List<Entry> read(String resource) {
        List<Entry> out = new ArrayList<>();
        for (DataLine d : DataLine.read(resource)) {
            int no = d.number();
            String[] f = d.text().split("\t");
            if (f.length != 3 || f[2].isBlank()) {
                throw new LexiconError(resource, no, "expected LABEL<tab>COUNSELOR TURN or -<tab>CLIENT REPLY");
            }
            Talk talk;
            try {
                talk = Talk.valueOf(f[0].strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new LexiconError(resource, no, "label '" + f[0] + "' is not change, sustain or neutral");
            }
            String counselor = f[1].strip().equals("-") ? null : f[1].strip();
            out.add(new Entry(talk, counselor, f[2].strip(), no));
        }
        return out;
    }

    int size() {
        return entries.size();
    }

    /**
     * How the K nearest replies vote, in the order of {@link ClientModel#CLASSES}, each vote weighted by its likeness;
     * the shares sum to 1. {@code counselor} may be null.
     */
    double[] votes(float[] client, float[] counselor) {
        float[][][] v = vectors();
        int n = entries.size();
        double[] score = new double[n];
        boolean[] taken = new boolean[n];
        int left = n;
        for (int i = 0; i < n; i++) {
            double reply = dot(client, v[i][0]);
            double context = counselor == null || v[i][1] == null ? NO_CONTEXT : dot(counselor, v[i][1]);
            score[i] = reply + CONTEXT * context;
            // a bank reply never votes for itself (the trainer reads the bank's replies as turns to learn from)
            boolean same = reply > SAME && (counselor == null ? v[i][1] == null : v[i][1] != null && context > SAME);
            if (same && left > 1) {
                taken[i] = true;
                left--;
            }
        }
        double[] votes = new double[3];
        double sum = 0;
        for (int k = 0; k < Math.min(K, left); k++) {
            int best = -1;
            for (int i = 0; i < n; i++) if (!taken[i] && (best < 0 || score[i] > score[best])) best = i;
            taken[best] = true;
            double w = Math.max(0.01, score[best]);
            votes[ClientModel.index(entries.get(best).talk())] += w;
            sum += w;
        }
        for (int c = 0; c < 3; c++) votes[c] /= sum;
        return votes;
    }

    private float[][][] vectors() {
        float[][][] v = vectors;
        if (v == null) {
            synchronized (this) {
                v = vectors;
                if (v == null) {
                    v = new float[entries.size()][][];
                    for (int i = 0; i < v.length; i++) {
                        Entry e = entries.get(i);
                        v[i] = new float[][]{vector(e.client()), e.counselor() == null ? null : vector(e.counselor())};
                    }
                    vectors = v;
                }
            }
        }
        return v;
    }

    private float[] vector(String text) {
        float[] v = stored.get(key(text));
        return v != null ? v : embedder.embed(text);
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < Math.min(a.length, b.length); i++) s += a[i] * b[i];
        return s;
    }
}
