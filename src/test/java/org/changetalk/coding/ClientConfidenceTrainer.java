package org.changetalk.coding;


import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Writes the rules-only client confidence table ({@code client-confidence.txt}; used when the learned layer has no
 * weights) from the tune part of the gold set, and prints
 * how well calibrated it is on tune and holdout (expected calibration error; holdout as a number only).
 * Deterministic: the same gold and rules give the same file.
 *
 * <pre>mvn -o -q test-compile && java -cp target/classes:target/test-classes:$(cat cp.txt) \
 *     org.changetalk.coding.ClientConfidenceTrainer src/test/resources/gold \
 *     src/main/resources/org/changetalk/coding/client-confidence.txt</pre>
 */
public final class ClientConfidenceTrainer {
    /** How many gold turns' worth of the code's overall precision a bin starts from (Beta prior). */
    private static final double PRIOR = 10;

    record Scored(String bin, Talk predicted, Talk gold, double confidence) {}

    public static void main(String[] args) throws IOException {
        Path gold = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Lexicon lexicon = Lexicon.load("lexicon.txt", "lexicon-client.txt");
        ClientCoder coder = new ClientCoder(lexicon, new ClientModel(Map.of())); // the rules alone: the model gives its own probabilities
        List<Scored> tune = score(coder, gold.resolve("tune"));
        Map<String, int[]> bins = new TreeMap<>();
        Map<Talk, int[]> pooled = new TreeMap<>();
        for (Scored s : tune) {
            int right = s.predicted() == s.gold() ? 1 : 0;
            int[] b = bins.computeIfAbsent(s.bin(), k -> new int[2]);
            b[0] += right;
            b[1]++;
            int[] p = pooled.computeIfAbsent(s.predicted(), k -> new int[2]);
            p[0] += right;
            p[1]++;
        }
        StringBuilder sb = new StringBuilder();
        sb.append("# Client-talk confidence by bin (code / evidence source / band), written by ClientConfidenceTrainer\n")
          .append("# from the tune part of the gold set: the share of gold turns in the bin coded alike by a human,\n")
          .append("# smoothed toward the code's overall precision (a prior worth ").append((int) PRIOR).append(" turns). Do not edit by hand.\n")
          .append("# BIN CONFIDENCE   # right/turns\n");
        for (Talk t : Talk.values()) {
            int[] p = pooled.getOrDefault(t, new int[]{0, 0});
            double rate = (p[0] + 1.0) / (p[1] + 2.0);
            sb.append(String.format(Locale.ROOT, "%s/* %.3f   # %d/%d%n", t.name().toLowerCase(Locale.ROOT), rate, p[0], p[1]));
        }
        for (var e : bins.entrySet()) {
            Talk t = Talk.valueOf(e.getKey().substring(0, e.getKey().indexOf('/')).toUpperCase(Locale.ROOT));
            int[] p = pooled.get(t);
            double prior = (p[0] + 1.0) / (p[1] + 2.0);
            double c = (e.getValue()[0] + PRIOR * prior) / (e.getValue()[1] + PRIOR);
            sb.append(String.format(Locale.ROOT, "%s %.3f   # %d/%d%n", e.getKey(), c, e.getValue()[0], e.getValue()[1]));
        }
        Files.writeString(out, sb.toString());
        System.out.println("wrote " + out + " (" + bins.size() + " bins from " + tune.size() + " tune turns)");
        // calibration of the codes as now coded (the coder read the table at start-up: re-run after writing)
        System.out.printf(Locale.ROOT, "tune ECE %.3f%n", ece(tune));
        if (Files.isDirectory(gold.resolve("holdout"))) {
            System.out.printf(Locale.ROOT, "holdout ECE %.3f%n", ece(score(coder, gold.resolve("holdout"))));
        }
    }

    /** Expected calibration error over ten equal-width confidence bins. */
    static double ece(List<Scored> scored) {
        double[] conf = new double[10];
        int[] right = new int[10];
        int[] n = new int[10];
        for (Scored s : scored) {
            int b = Math.min(9, (int) (s.confidence() * 10));
            conf[b] += s.confidence();
            right[b] += s.predicted() == s.gold() ? 1 : 0;
            n[b]++;
        }
        double e = 0;
        for (int b = 0; b < 10; b++) {
            if (n[b] > 0) e += Math.abs(conf[b] / n[b] - (double) right[b] / n[b]) * n[b] / scored.size();
        }
        return e;
    }

    static List<Scored> score(ClientCoder coder, Path dir) throws IOException {
        List<Scored> out = new ArrayList<>();
        for (ClientGoldTurns g : ClientGoldTurns.read(dir)) {
            ClientCoding coded = coder.code(g.turn(), g.text(), g.counselor(), g.clientBefore());
            String bin = ClientConfidence.bin(coded.talk(), coder.weigh(g.turn(), g.text(), g.counselor(), g.clientBefore()));
            out.add(new Scored(bin, coded.talk(), g.gold(), coded.confidence()));
        }
        return out;
    }
}
