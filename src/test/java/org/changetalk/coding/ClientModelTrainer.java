package org.changetalk.coding;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Trains the client coder's learned layer ({@code client-model.txt}) on the tune part of the gold set: a three-class
 * logistic regression with L2 penalty, fitted by full-batch gradient descent from zero in a fixed order, so the same
 * gold and rules always give the same file. Prints client macro-F1 of rules alone and rules + model on tune and on
 * holdout (numbers only).
 *
 * <pre>java -cp target/classes:target/test-classes:target/changetalk.jar org.changetalk.coding.ClientModelTrainer \
 *     src/test/resources/gold src/main/resources/org/changetalk/coding/client-model.txt</pre>
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
        ClientCoder coder = new ClientCoder(lexicon, new ClientModel(Map.of()));
        ClientFeatures features = new ClientFeatures(lexicon);
        List<ClientGoldTurns> tune = ClientGoldTurns.read(gold.resolve("tune"));
        List<Map<String, Double>> x = new ArrayList<>();
        int[] y = new int[tune.size()];
        Map<String, Integer> counts = new TreeMap<>();
        for (int i = 0; i < tune.size(); i++) {
            ClientGoldTurns g = tune.get(i);
            Map<String, Double> f = features.of(g.text(), g.counselor(), coder.weigh(g.turn(), g.text(), g.counselor(), g.clientBefore()));
            x.add(f);
            y[i] = index(g.gold());
            for (String k : f.keySet()) counts.merge(k, 1, Integer::sum);
        }
        List<String> names = new ArrayList<>();
        for (var e : counts.entrySet()) if (e.getValue() >= MIN_COUNT || e.getKey().startsWith("r:")) names.add(e.getKey());
        Map<String, Integer> id = new HashMap<>();
        for (int i = 0; i < names.size(); i++) id.put(names.get(i), i);
        double[][] w = new double[names.size()][3];
        int n = tune.size();
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            double[][] grad = new double[names.size()][3];
            for (int i = 0; i < n; i++) {
                double[] z = new double[3];
                for (var e : x.get(i).entrySet()) {
                    Integer j = id.get(e.getKey());
                    if (j == null) continue;
                    for (int k = 0; k < 3; k++) z[k] += w[j][k] * e.getValue();
                }
                double[] p = ClientModel.softmax(z);
                for (var e : x.get(i).entrySet()) {
                    Integer j = id.get(e.getKey());
                    if (j == null) continue;
                    for (int k = 0; k < 3; k++) grad[j][k] += (p[k] - (y[i] == k ? 1 : 0)) * e.getValue();
                }
            }
            for (int j = 0; j < names.size(); j++) {
                for (int k = 0; k < 3; k++) w[j][k] -= RATE * (grad[j][k] / n + L2 * w[j][k]);
            }
        }
        StringBuilder sb = new StringBuilder();
        sb.append("# Client coder's learned layer, written by ClientModelTrainer from the tune part of the gold set\n")
          .append(String.format(Locale.ROOT, "# (%d turns, %d features, %d epochs, rate %s, L2 %s). Do not edit by hand.%n", n, names.size(), EPOCHS, RATE, L2))
          .append("# FEATURE\tchange\tsustain\tneutral\n");
        for (int j = 0; j < names.size(); j++) {
            if (Math.abs(w[j][0]) + Math.abs(w[j][1]) + Math.abs(w[j][2]) < 1e-4) continue;
            sb.append(names.get(j));
            for (int k = 0; k < 3; k++) sb.append('\t').append(String.format(Locale.ROOT, "%.4f", w[j][k]));
            sb.append('\n');
        }
        Files.writeString(out, sb.toString());
        System.out.println("wrote " + out);
        Map<String, double[]> model = new HashMap<>();
        for (int j = 0; j < names.size(); j++) model.put(names.get(j), w[j]);
        ClientCoder with = new ClientCoder(lexicon, new ClientModel(model));
        for (String part : List.of("tune", "holdout")) {
            if (!Files.isDirectory(gold.resolve(part))) continue;
            List<ClientGoldTurns> turns = part.equals("tune") ? tune : ClientGoldTurns.read(gold.resolve(part));
            List<ClientConfidenceTrainer.Scored> scored = new ArrayList<>();
            for (ClientGoldTurns g : turns) {
                ClientCoding c = with.code(g.turn(), g.text(), g.counselor(), g.clientBefore());
                scored.add(new ClientConfidenceTrainer.Scored("", c.talk(), g.gold(), c.confidence()));
            }
            System.out.printf(Locale.ROOT, "%s rules %.3f  rules+model %.3f  confidence ECE %.3f  (n=%d)%n", part,
                    macroF1(coder, turns), macroF1(with, turns), ClientConfidenceTrainer.ece(scored), turns.size());
        }
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
