package org.changetalk.coding;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * Compares ways of building the client coder's learned layers by grouped cross-validation on the tune part of the gold
 * set (folds by conversation, a contrast pair's two members together), so that a choice is made without reading the
 * holdout; the holdout score of each, trained on all of tune, is printed beside it as a check (numbers only). A
 * developer tool, not a test: it loads the embedding model and keeps the embeddings in a cache file.
 *
 * <pre>java -cp target/classes:target/test-classes:target/changetalk.jar org.changetalk.coding.ClientExperiment \
 *     src/test/resources/gold /tmp/embeddings.bin [extra gold dirs scored as totals...]</pre>
 */
public final class ClientExperiment {
    static final int FOLDS = 5;

    record Config(String name, Predicate<String> words, double wordsL2, Predicate<String> embedded, double embeddedL2, double unsure,
                  boolean bankAsData) {
        Config(String name, Predicate<String> words, double wordsL2, Predicate<String> embedded, double embeddedL2, double unsure) {
            this(name, words, wordsL2, embedded, embeddedL2, unsure, false);
        }
    }

    public static void main(String[] args) throws IOException {
        Path gold = Path.of(args[0]);
        Path cache = Path.of(args[1]);
        Lexicon lexicon = Lexicon.load("lexicon.txt", "lexicon-client.txt");
        ClientCoder rules = new ClientCoder(lexicon, new ClientModel(Map.of()));
        List<ClientGoldTurns> tune = ClientGoldTurns.read(gold.resolve("tune"));
        List<ClientGoldTurns> holdout = ClientGoldTurns.read(gold.resolve("holdout"));
        List<List<ClientGoldTurns>> extra = new ArrayList<>();
        for (int i = 2; i < args.length; i++) extra.add(ClientGoldTurns.read(Path.of(args[i])));
        Map<String, float[]> seen = readCache(cache);
        int before = seen.size();
        MiniLmEmbedder miniLm = new MiniLmEmbedder();
        AtomicInteger calls = new AtomicInteger();
        SentenceEmbedder embedder = text -> {
            calls.incrementAndGet();
            return seen.computeIfAbsent(text, miniLm::embed);
        };

        ClientBank bank = ClientBank.load(embedder);
        for (var part : List.of(tune, holdout)) {
            int[][] m = new int[3][3];
            for (ClientGoldTurns g : part) {
                double[] v = bank.votes(embedder.embed(g.text().raw), g.counselor() == null ? null : embedder.embed(g.counselor().raw));
                int best = v[0] >= v[1] && v[0] >= v[2] ? 0 : v[1] >= v[2] ? 1 : 2;
                m[ClientModelTrainer.index(g.gold())][best]++;
            }
            System.out.println("bank alone (" + bank.size() + " replies): " + f1s(m));
        }
        Predicate<String> all = n -> true;
        Predicate<String> noBigrams = n -> !n.startsWith("b:");
        Predicate<String> rulesOnly = n -> n.startsWith("r:") || n.equals("bias");
        Predicate<String> embOnly = n -> n.startsWith("r:") || n.equals("bias") || n.startsWith("e:") || n.startsWith("ce:");
        Predicate<String> noBank = n -> !n.startsWith("k:");
        Predicate<String> noBankBigram = n -> !n.startsWith("k:") && !n.startsWith("b:");
        Predicate<String> bankRules = n -> n.startsWith("r:") || n.equals("bias") || n.startsWith("k:");
        Predicate<String> bankEmb = n -> embOnly.test(n) || n.startsWith("k:");
        List<Config> configs = List.of(
                // "no bank" is the layers as they were before the bank; "+bank as data" is the committed build
                new Config("no bank", all, 3e-3, noBank, 3e-3, 0.50),
                new Config("words-only", all, 3e-3, null, 0, 0.50),
                new Config("+bank", all, 3e-3, all, 3e-3, 0.50),
                new Config("+bank as data", all, 3e-3, all, 3e-3, 0.50, true),
                new Config("bank+rules", all, 3e-3, bankRules, 3e-3, 0.50),
                new Config("bank+emb", all, 3e-3, bankEmb, 3e-3, 0.50),
                new Config("L2 1e-2", all, 1e-2, noBank, 1e-2, 0.50),
                new Config("L2 3e-2", all, 3e-2, noBank, 3e-2, 0.50),
                new Config("nobigram", noBigrams, 3e-3, noBankBigram, 3e-3, 0.50),
                new Config("nobigram 1e-2", noBigrams, 1e-2, noBankBigram, 1e-2, 0.50),
                new Config("emb-only", all, 3e-3, embOnly, 3e-3, 0.50),
                new Config("rules+emb-only", rulesOnly, 3e-3, embOnly, 3e-3, 0.50));
        String only = System.getProperty("config");
        double[] thresholds = {0.50, 0.55, 0.60, 0.65};
        for (Config c : configs) {
            if (only != null && !c.name().equals(only)) continue;
            int t = c.embedded() == null ? 1 : thresholds.length;
            int[][][] cv = new int[t][3][3];
            int[] embeddedTurns = new int[t];
            List<List<double[]>> calibration = new ArrayList<>();
            for (int i = 0; i < t; i++) calibration.add(new ArrayList<>());
            for (int fold = 0; fold < FOLDS; fold++) {
                List<ClientGoldTurns> train = new ArrayList<>(), test = new ArrayList<>();
                for (ClientGoldTurns g : tune) (fold(g) == fold ? test : train).add(g);
                Models m = models(c, train, lexicon, rules, embedder);
                for (int i = 0; i < t; i++) {
                    ClientCoder coder = m.coder(lexicon, embedder, thresholds[i]);
                    coder.code(tune.get(0).turn(), tune.get(0).text(), tune.get(0).counselor(), tune.get(0).clientBefore());
                    calls.set(0);
                    score(coder, test, cv[i], calibration.get(i));
                    embeddedTurns[i] += calls.get() / 2;
                    if (System.getProperty("dump") != null && i == 0) dump(coder, test, Path.of(System.getProperty("dump")));
                }
            }
            Models full = models(c, tune, lexicon, rules, embedder);
            for (int i = 0; i < t; i++) {
                ClientCoder coder = full.coder(lexicon, embedder, thresholds[i]);
                coder.code(tune.get(0).turn(), tune.get(0).text(), tune.get(0).counselor(), tune.get(0).clientBefore());
                int[][] ho = new int[3][3];
                calls.set(0);
                score(coder, holdout, ho, new ArrayList<>());
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
                        "%-22s u%.2f cv %s (embedded %.0f%%, ECE %.3f)  holdout %s (embedded %.0f%%)",
                        c.name(), thresholds[i], f1s(cv[i]), 100.0 * embeddedTurns[i] / tune.size(), ece(calibration.get(i)),
                        f1s(ho), 100.0 * calls.get() / 2 / holdout.size()));
                for (List<ClientGoldTurns> e : extra) {
                    int[][] m = new int[3][3];
                    score(coder, e, m, new ArrayList<>());
                    line.append(String.format(Locale.ROOT, "  extra %.3f", macro(m)));
                }
                System.out.println(line);
            }
            if (seen.size() > before) writeCache(cache, seen);
        }
        if (seen.size() > before) writeCache(cache, seen);
    }

    /** The two layers fitted for one configuration; embedded is null for words only. */
    record Models(ClientModel words, ClientModel embedded) {
        ClientCoder coder(Lexicon lexicon, SentenceEmbedder embedder, double unsure) {
            return embedded == null ? new ClientCoder(lexicon, words) : new ClientCoder(lexicon, words, embedded, embedder, unsure);
        }
    }

    static Models models(Config c, List<ClientGoldTurns> train, Lexicon lexicon, ClientCoder rules, SentenceEmbedder embedder) {
        if (c.bankAsData()) train = ClientModelTrainer.withBank(train);
        Map<String, double[]> words = ClientModelTrainer.fit(train, new ClientFeatures(lexicon), rules, c.words(), c.wordsL2());
        if (c.embedded() == null) return new Models(new ClientModel(words), null);
        Map<String, double[]> embedded = ClientModelTrainer.fit(train, new ClientFeatures(lexicon, embedder, ClientBank.load(embedder)), rules,
                c.embedded(), c.embeddedL2());
        return new Models(new ClientModel(words), new ClientModel(embedded));
    }

    /** Expected calibration error over ten bins of confidence: {confidence, 1 if right}. */
    static double ece(List<double[]> pairs) {
        double[] conf = new double[10], right = new double[10];
        int[] n = new int[10];
        for (double[] p : pairs) {
            int b = Math.min(9, (int) (p[0] * 10));
            conf[b] += p[0];
            right[b] += p[1];
            n[b]++;
        }
        double e = 0;
        for (int b = 0; b < 10; b++) if (n[b] > 0) e += Math.abs(conf[b] - right[b]) / pairs.size();
        return e;
    }

    /** Appends each cross-validated tune turn as gold, code, rule, counselor turn and reply (tune only: never the holdout). */
    static void dump(ClientCoder coder, List<ClientGoldTurns> turns, Path file) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (ClientGoldTurns g : turns) {
            ClientCoding c = coder.code(g.turn(), g.text(), g.counselor(), g.clientBefore());
            sb.append(g.gold()).append('\t').append(c.talk()).append('\t').append(c.evidence().rule()).append('\t')
              .append(String.format(Locale.ROOT, "%.2f", c.confidence())).append('\t')
              .append(g.counselor() == null ? "-" : g.counselor().raw).append('\t').append(g.text().raw).append('\n');
        }
        Files.writeString(file, sb.toString(), java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
    }

    static int fold(ClientGoldTurns g) {
        String id = g.conversation();
        if (id.startsWith("gk-") && (id.endsWith("a") || id.endsWith("b"))) id = id.substring(0, id.length() - 1);
        return Math.floorMod(id.hashCode() * 31 + 7, FOLDS);
    }

    static void score(ClientCoder coder, List<ClientGoldTurns> turns, int[][] m, List<double[]> calibration) {
        for (ClientGoldTurns g : turns) {
            ClientCoding c = coder.code(g.turn(), g.text(), g.counselor(), g.clientBefore());
            m[ClientModelTrainer.index(g.gold())][ClientModelTrainer.index(c.talk())]++;
            calibration.add(new double[]{c.confidence(), c.talk() == g.gold() ? 1 : 0});
        }
    }

    static double f1(int[][] m, int k) {
        int tp = m[k][k], fp = 0, fn = 0;
        for (int o = 0; o < 3; o++) {
            if (o == k) continue;
            fp += m[o][k];
            fn += m[k][o];
        }
        return tp == 0 ? 0 : 2.0 * tp / (2 * tp + fp + fn);
    }

    static double macro(int[][] m) {
        return (f1(m, 0) + f1(m, 1) + f1(m, 2)) / 3;
    }

    static String f1s(int[][] m) {
        return String.format(Locale.ROOT, "%.3f [c %.3f s %.3f n %.3f]", macro(m), f1(m, 0), f1(m, 1), f1(m, 2));
    }

    static Map<String, float[]> readCache(Path file) throws IOException {
        Map<String, float[]> m = new ConcurrentHashMap<>();
        if (!Files.exists(file)) return m;
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            int n = in.readInt();
            for (int i = 0; i < n; i++) {
                String k = in.readUTF();
                float[] v = new float[in.readInt()];
                for (int j = 0; j < v.length; j++) v[j] = in.readFloat();
                m.put(k, v);
            }
        }
        return m;
    }

    static void writeCache(Path file, Map<String, float[]> m) throws IOException {
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
            out.writeInt(m.size());
            for (var e : m.entrySet()) {
                out.writeUTF(e.getKey());
                out.writeInt(e.getValue().length);
                for (float f : e.getValue()) out.writeFloat(f);
            }
        }
    }
}
