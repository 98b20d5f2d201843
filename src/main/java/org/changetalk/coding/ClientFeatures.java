package org.changetalk.coding;

import java.util.LinkedHashMap;
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
    private static final String[] CLIENT_DIM = names("e:");
    private static final String[] COUNSELOR_DIM = names("ce:");

    private final Set<String> stop;
    /** Sentence embeddings of the client turn and of the counselor turn before it, or null: words only. */
    private final SentenceEmbedder embedder;

    ClientFeatures(Lexicon lexicon) {
        this(lexicon, null);
    }

    ClientFeatures(Lexicon lexicon, SentenceEmbedder embedder) {
        this.stop = lexicon.set("stop");
        this.embedder = embedder;
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
            dense(f, CLIENT_DIM, embedder.embed(client.raw));
            if (counselor != null) dense(f, COUNSELOR_DIM, embedder.embed(counselor.raw));
        }
        return f;
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
