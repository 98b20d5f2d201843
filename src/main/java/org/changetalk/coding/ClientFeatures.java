package org.changetalk.coding;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the learned layer of the client coder looks at: the client's words and word pairs, the counselor's words
 * just before (prefixed "c:"), and the rules' own reading (their weighed totals, the reply's shape, the
 * counselor's move). Sparse: name → value. With an embedder, also the sentence embeddings of the client turn
 * ("e:0"…) and of the counselor turn before it ("ce:0"…): a short reply takes its meaning from what it answers.
 */
final class ClientFeatures {
    /**
     * Embedding components are unit-vector entries (about ±0.05 each); scaled so that, with the same learning rate and
     * penalty as the word features, their weights grow within the trainer's epochs (5 was best of 2–6 on tune/holdout).
     */
    static final double EMBEDDING_SCALE = 5;
    private static final int MAX_DIMENSIONS = 1024;
    /** The bank's vote shares (0–1) scaled like the rules' readings (about ±2). */
    static final double BANK_SCALE = 2;
    private static final String[] VOTES = {"k:change", "k:sustain", "k:neutral"};
    private static final String[] CLIENT_DIM = names("e:");
    private static final String[] COUNSELOR_DIM = names("ce:");

    private final Set<String> stop;
    /** Sentence embeddings of the client turn and of the counselor turn before it, or null: words only. */
    private final SentenceEmbedder embedder;
    /** The hand-written bank of labelled replies whose nearest neighbours vote ("k:change"…), or null. */
    private final ClientBank bank;

    ClientFeatures(Lexicon lexicon) {
        this(lexicon, null, null);
    }

    ClientFeatures(Lexicon lexicon, SentenceEmbedder embedder) {
        this(lexicon, embedder, null);
    }

    ClientFeatures(Lexicon lexicon, SentenceEmbedder embedder, ClientBank bank) {
        this.stop = lexicon.set("stop");
        this.embedder = embedder;
        this.bank = bank;
    }

    Map<String, Double> of(Text client, Text counselor, ClientCoder.Weighing w) {
        Map<String, Double> f = new LinkedHashMap<>();
        f.put("bias", 1.0);
        String prev = "<s>";
        for (String word : client.words) {
            if (!Character.isLetterOrDigit(word.charAt(0))) continue;
            f.put("w:" + word, 1.0);
            f.put("b:" + prev + "_" + word, 1.0);
            prev = word;
        }
        f.put("b:" + prev + "_</s>", 1.0);
        if (counselor != null) {
            for (String word : counselor.words) {
                if (!Character.isLetterOrDigit(word.charAt(0)) || stop.contains(word)) continue;
                f.put("c:" + word, 1.0);
            }
            if (!counselor.sentences.isEmpty() && counselor.sentences.get(counselor.sentences.size() - 1).question()) f.put("c:?", 1.0);
        }
        f.put("r:own", clamp(w.own() / 2));
        f.put("r:context", clamp(w.context()));
        f.put("r:total", clamp(w.total() / 2));
        f.put("r:short", w.shortReply() ? 1.0 : 0.0);
        f.put("r:reply=" + w.reply().shape(), 1.0);
        f.put("r:move=" + w.lean().move(), 1.0);
        f.put("r:lean", clamp(w.lean().direction() / 2));
        f.put("r:asks", (double) w.lean().asks());
        int n = Math.min(client.words.size(), 40);
        f.put("r:length", n / 40.0);
        if (embedder != null) {
            // what the turn means, beyond its words: "three weeks" and "since the party" answer alike
            float[] own = embedder.embed(client.raw);
            float[] answered = counselor == null ? null : embedder.embed(answered(counselor));
            dense(f, CLIENT_DIM, own);
            if (answered != null) dense(f, COUNSELOR_DIM, answered);
            if (bank != null) {
                // the nearest hand-written replies, by what they say and what they answer
                double[] votes = bank.votes(own, answered);
                for (int k = 0; k < 3; k++) f.put(VOTES[k], BANK_SCALE * votes[k]);
            }
        }
        return f;
    }

    /** Sentences of the counselor's turn a reply answers: its last ones, at most this many characters of them. */
    static final int ANSWERED_CHARS = 160;

    /**
     * What a reply answers: the end of the counselor's turn (its last sentences, up to {@link #ANSWERED_CHARS}), not a
     * long turn's opening information. Half the embedding's cost on a long turn, since the model's time grows with
     * the length of what it reads.
     */
    static String answered(Text counselor) {
        List<Text.Sentence> ss = counselor.sentences;
        if (ss.isEmpty() || counselor.raw.length() <= ANSWERED_CHARS) return counselor.raw;
        int start = ss.get(ss.size() - 1).charStart();
        for (int i = ss.size() - 2; i >= 0 && ss.get(ss.size() - 1).charEnd() - ss.get(i).charStart() <= ANSWERED_CHARS; i--) {
            start = ss.get(i).charStart();
        }
        return counselor.raw.substring(start, ss.get(ss.size() - 1).charEnd()).strip();
    }

    private static void dense(Map<String, Double> f, String[] names, float[] v) {
        for (int i = 0; i < Math.min(v.length, MAX_DIMENSIONS); i++) f.put(names[i], EMBEDDING_SCALE * v[i]);
    }

    private static String[] names(String prefix) {
        String[] n = new String[MAX_DIMENSIONS];
        for (int i = 0; i < n.length; i++) n[i] = prefix + i;
        return n;
    }

    private static double clamp(double v) {
        return Math.max(-2, Math.min(2, v));
    }
}
