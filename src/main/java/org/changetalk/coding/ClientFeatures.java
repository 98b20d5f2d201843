package org.changetalk.coding;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What the learned layer of the client coder looks at: the client's words and word pairs, the counselor's words
 * just before (prefixed "c:"), and the rules' own reading (their weighed totals, the reply's shape, the
 * counselor's move). Sparse: name → value.
 */
final class ClientFeatures {
    private final Set<String> stop;
    /** Sentence embeddings of a text (unit length), or null: none. */
    private final java.util.function.Function<String, float[]> embed;
    private final double scale;

    ClientFeatures(Lexicon lexicon) {
        this(lexicon, null, 0);
    }

    ClientFeatures(Lexicon lexicon, java.util.function.Function<String, float[]> embed, double scale) {
        this.stop = lexicon.set("stop");
        this.embed = embed;
        this.scale = scale;
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
        if (embed != null) {
            float[] e = embed.apply(client.raw);
            for (int i = 0; i < e.length; i++) f.put("e:" + i, scale * e[i]);
            if (counselor != null) {
                float[] c = embed.apply(counselor.raw);
                for (int i = 0; i < c.length; i++) f.put("ce:" + i, scale * c[i]);
            }
        }
        return f;
    }

    private static double clamp(double v) {
        return Math.max(-2, Math.min(2, v));
    }
}
