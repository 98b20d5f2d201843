package org.changetalk.coding;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Trains the client coder's learned layers on the tune part of the gold set: {@code client-model.txt} over words and
 * the rules' reading, and {@code client-model-embedded.txt} over the same plus the sentence embeddings of the client
 * turn and the counselor turn before it (all-MiniLM-L6-v2, for the turns the first layer is unsure of). Each is a
 * three-class logistic regression with L2 penalty, fitted by full-batch gradient descent from zero in a fixed order,
 * so the same gold and rules always give the same file (the embeddings' last float digits may differ between CPUs;
 * weights are written to four decimals). Prints client macro-F1 of rules alone, rules + words, and rules + words +
 * embeddings on tune and holdout (numbers only). Both layers learn from the tune turns and the hand-written bank's
 * replies ({@link ClientBank}); the bank's embeddings are written to {@code client-bank-vectors.txt}. A third argument
 * names an embeddings cache written by {@link ClientExperiment}, to skip embedding the tune texts again.
 *
 * <pre>java -cp target/classes:target/test-classes:target/changetalk.jar org.changetalk.coding.ClientModelTrainer \
 *     src/test/resources/gold src/main/resources/org/changetalk/coding</pre>
 */
public final class ClientModelTrainer {
    static final int EPOCHS = 400;
    static final double RATE = 0.5;
    static final double L2 = 3e-3;
    static final int MIN_COUNT = 2;

    public static void main(String[] args) throws IOException {
        Path gold = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Lexicon lexicon = Lexicon.load("lexicon.txt", "lexicon-client.txt");
        ClientCoder rules = new ClientCoder(lexicon, new ClientModel(Map.of()));
        List<ClientGoldTurns> tune = ClientGoldTurns.read(gold.resolve("tune"));
        // the layers learn from the tune gold and from the hand-written bank of replies, whose wording is not the gold's:
        // measured by grouped cross-validation on tune (ClientExperiment), 0.650 → 0.651 macro-F1 and calibration
        // error 0.035 → 0.028; holdout 0.617 → 0.626
        List<ClientGoldTurns> training = withBank(tune);
        // each text is embedded once, however often the training and the report read it
        MiniLmEmbedder miniLm = new MiniLmEmbedder();
        // an optional third argument names a cache file of embeddings (ClientExperiment's), read and not written
        Map<String, float[]> seen = args.length > 2 ? ClientExperiment.readCache(Path.of(args[2])) : new ConcurrentHashMap<>();
        SentenceEmbedder embedder = text -> seen.computeIfAbsent(text, miniLm::embed);

        // the bank's embeddings, stored so that the first unsure turn need not embed a few hundred texts
        StringBuilder vectors = new StringBuilder("# Embeddings of client-bank.txt (all-MiniLM-L6-v2, quantized to bytes), written by ClientModelTrainer.\n"
                + "# Do not edit by hand; retrain after editing the bank.\n");
        java.util.Set<String> done = new java.util.HashSet<>();
        for (ClientBank.Entry e : ClientBank.read(ClientBank.RESOURCE)) {
            for (String t : e.counselor() == null ? List.of(e.client()) : List.of(e.client(), e.counselor())) {
                if (done.add(ClientBank.key(t))) vectors.append(ClientBank.vectorLine(t, embedder.embed(t))).append('\n');
            }
        }
        Files.writeString(out.resolve(ClientBank.VECTORS), vectors.toString());
        Map<String, double[]> words = fit(training, new ClientFeatures(lexicon), rules);
        write(out.resolve(ClientModel.RESOURCE), words, training.size());
        Map<String, double[]> embedded = fit(training, new ClientFeatures(lexicon, embedder, ClientBank.load(embedder)), rules);
        write(out.resolve(ClientModel.EMBEDDED_RESOURCE), embedded, training.size());

        ClientCoder withWords = new ClientCoder(lexicon, new ClientModel(words));
        ClientCoder withEmbeddings = new ClientCoder(lexicon, new ClientModel(words), new ClientModel(embedded), embedder);
        for (String part : List.of("tune", "holdout")) {
            if (!Files.isDirectory(gold.resolve(part))) continue;
            List<ClientGoldTurns> turns = part.equals("tune") ? tune : ClientGoldTurns.read(gold.resolve(part));
            List<ClientConfidenceTrainer.Scored> scored = new ArrayList<>();
            for (ClientGoldTurns g : turns) {
                ClientCoding c = withEmbeddings.code(g.turn(), g.text(), g.counselor(), g.clientBefore());
                scored.add(new ClientConfidenceTrainer.Scored("", c.talk(), g.gold(), c.confidence()));
            }
            System.out.printf(Locale.ROOT, "%s rules %.3f  +words %.3f  +words+embeddings %.3f  confidence ECE %.3f  (n=%d)%n", part,
                    macroF1(rules, turns), macroF1(withWords, turns), macroF1(withEmbeddings, turns), ClientConfidenceTrainer.ece(scored), turns.size());
        }
    }

    /** The tune turns and every reply of the bank, as turns to learn from. */
    static List<ClientGoldTurns> withBank(List<ClientGoldTurns> tune) {
        List<ClientGoldTurns> out = new ArrayList<>(tune);
        for (ClientBank.Entry e : ClientBank.read(ClientBank.RESOURCE)) {
            out.add(new ClientGoldTurns(Turn.client(e.client()), Text.of(e.client()), e.counselor() == null ? null : Text.of(e.counselor()),
                    null, e.talk(), "bank-" + e.line()));
        }
        return out;
    }

    /** Fits one layer on the tune turns; features seen fewer than MIN_COUNT times are left out (the rules' always kept). */
    static Map<String, double[]> fit(List<ClientGoldTurns> tune, ClientFeatures features, ClientCoder rules) {
        return fit(tune, features, rules, name -> true, L2);
    }

    /** Fits one layer on the features {@code keep} accepts, with the given L2 penalty (the experiments' knob). */
    static Map<String, double[]> fit(List<ClientGoldTurns> tune, ClientFeatures features, ClientCoder rules,
                                     java.util.function.Predicate<String> keep, double l2) {
        int n = tune.size();
        List<Map<String, Double>> x = new ArrayList<>(n);
        int[] y = new int[n];
        Map<String, Integer> counts = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            ClientGoldTurns g = tune.get(i);
            Map<String, Double> f = features.of(g.text(), g.counselor(), rules.weigh(g.turn(), g.text(), g.counselor(), g.clientBefore()));
            x.add(f);
            y[i] = index(g.gold());
            for (String k : f.keySet()) counts.merge(k, 1, Integer::sum);
        }
        List<String> names = new ArrayList<>();
        for (var e : counts.entrySet()) {
            if (keep.test(e.getKey()) && (e.getValue() >= MIN_COUNT || e.getKey().startsWith("r:"))) names.add(e.getKey());
        }
        Map<String, Integer> id = new HashMap<>();
        for (int i = 0; i < names.size(); i++) id.put(names.get(i), i);
        // each turn as parallel arrays of feature index and value, in the feature map's order
        int[][] at = new int[n][];
        double[][] value = new double[n][];
        for (int i = 0; i < n; i++) {
            int[] a = new int[x.get(i).size()];
            double[] v = new double[a.length];
            int c = 0;
            for (var e : x.get(i).entrySet()) {
                Integer j = id.get(e.getKey());
                if (j == null) continue;
                a[c] = j;
                v[c++] = e.getValue();
            }
            at[i] = Arrays.copyOf(a, c);
            value[i] = Arrays.copyOf(v, c);
        }
        double[][] w = new double[names.size()][3];
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            double[][] grad = new double[names.size()][3];
            for (int i = 0; i < n; i++) {
                double[] z = new double[3];
                for (int a = 0; a < at[i].length; a++) for (int k = 0; k < 3; k++) z[k] += w[at[i][a]][k] * value[i][a];
                double[] p = ClientModel.softmax(z);
                for (int a = 0; a < at[i].length; a++) {
                    for (int k = 0; k < 3; k++) grad[at[i][a]][k] += (p[k] - (y[i] == k ? 1 : 0)) * value[i][a];
                }
            }
            for (int j = 0; j < names.size(); j++) {
                for (int k = 0; k < 3; k++) w[j][k] -= RATE * (grad[j][k] / n + l2 * w[j][k]);
            }
        }
        Map<String, double[]> model = new TreeMap<>();
        for (int j = 0; j < names.size(); j++) model.put(names.get(j), w[j]);
        return model;
    }

    private static void write(Path file, Map<String, double[]> model, int turns) throws IOException {
        StringBuilder sb = new StringBuilder();
        sb.append("# Client coder's learned layer, written by ClientModelTrainer from the tune part of the gold set\n")
          .append(String.format(Locale.ROOT, "# (%d turns, %d features, %d epochs, rate %s, L2 %s). Do not edit by hand.%n", turns, model.size(), EPOCHS, RATE, L2))
          .append("# FEATURE\tchange\tsustain\tneutral\n");
        for (var e : model.entrySet()) {
            double[] w = e.getValue();
            if (Math.abs(w[0]) + Math.abs(w[1]) + Math.abs(w[2]) < 1e-4) continue;
            sb.append(e.getKey());
            for (int k = 0; k < 3; k++) sb.append('\t').append(String.format(Locale.ROOT, "%.4f", w[k]));
            sb.append('\n');
        }
        Files.writeString(file, sb.toString());
        System.out.println("wrote " + file);
    }

    static int index(Talk t) {
        return switch (t) {
            case CHANGE -> 0;
            case SUSTAIN -> 1;
            case NEUTRAL -> 2;
        };
    }

    static double macroF1(ClientCoder coder, List<ClientGoldTurns> turns) {
        int[][] m = new int[3][3];
        for (ClientGoldTurns g : turns) {
            Talk p = coder.code(g.turn(), g.text(), g.counselor(), g.clientBefore()).talk();
            m[index(g.gold())][index(p)]++;
        }
        double sum = 0;
        for (int k = 0; k < 3; k++) {
            int tp = m[k][k], fp = 0, fn = 0;
            for (int o = 0; o < 3; o++) {
                if (o == k) continue;
                fp += m[o][k];
                fn += m[k][o];
            }
            sum += tp == 0 ? 0 : 2.0 * tp / (2 * tp + fp + fn);
        }
        return sum / 3;
    }
}
