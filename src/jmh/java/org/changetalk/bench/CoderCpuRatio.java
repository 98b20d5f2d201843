package org.changetalk.bench;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@link CoderBenchmark}'s cost ratio measured in thread CPU time instead of wall-clock throughput, for a machine
 * shared with other work: a JMH score there measures the neighbours as much as the coder (§7, §12 of
 * docs/benchmarks.md), while the CPU time the coding thread itself used moves much less. The same mix
 * ({@code bench/turns.jsonl}): each counselor turn coded with the client turn before it as history, and the bare
 * pass, {@code Tokenizer.tokenize} of both turns' text, in rounds that take turns, so a busy moment hits both.
 *
 * <p>Given other jars (say, a build of the commit before a change), each is loaded in a class loader of its own in
 * the same JVM and takes its turn in every round too; the ratio of each round's CPU per turn to the first build's is
 * the steadiest before/after figure on a busy machine.
 *
 * <pre>java -cp target/benchmarks.jar org.changetalk.bench.CoderCpuRatio [ROUNDS [TURNS_PER_ROUND [JAR…]]]</pre>
 */
public final class CoderCpuRatio {
    private CoderCpuRatio() {
    }

    /** One build's coder, driven by reflection so that a jar of any commit can take part. */
    private static final class Build {
        final String name;
        final Object coder;
        final Method codeCounselor;
        final Method tokenize;
        final Object[][] exchanges;
        int cursor;

        Build(String name, ClassLoader loader, List<String[]> turns) throws ReflectiveOperationException {
            this.name = name;
            Class<?> speaker = loader.loadClass("org.changetalk.coding.Speaker");
            Class<?> turn = loader.loadClass("org.changetalk.coding.Turn");
            this.coder = loader.loadClass("org.changetalk.coding.Coder").getConstructor().newInstance();
            this.codeCounselor = coder.getClass().getMethod("codeCounselor", List.class, turn);
            this.tokenize = loader.loadClass("org.changetalk.coding.Tokenizer").getMethod("tokenize", String.class);
            var make = turn.getConstructor(speaker, String.class);
            List<Object[]> list = new ArrayList<>();
            for (int i = 1; i < turns.size(); i++) {
                String[] previous = turns.get(i - 1);
                String[] current = turns.get(i);
                if (current[0].equals("counselor") && previous[0].equals("client")) {
                    Object history = make.newInstance(enumConstant(speaker, "CLIENT"), previous[1]);
                    Object answer = make.newInstance(enumConstant(speaker, "COUNSELOR"), current[1]);
                    list.add(new Object[] {List.of(history), answer, previous[1], current[1]});
                }
            }
            this.exchanges = list.toArray(Object[][]::new);
        }

        private static Object enumConstant(Class<?> type, String name) {
            return Arrays.stream(type.getEnumConstants()).filter(c -> ((Enum<?>) c).name().equals(name)).findFirst().orElseThrow();
        }

        private Object[] next() {
            Object[] e = exchanges[cursor];
            cursor = cursor + 1 == exchanges.length ? 0 : cursor + 1;
            return e;
        }

        long code(long n) throws ReflectiveOperationException {
            long h = 0;
            for (long k = 0; k < n; k++) {
                Object[] e = next();
                h += System.identityHashCode(codeCounselor.invoke(coder, e[0], e[1])) & 1;
            }
            return h;
        }

        long tokenizeOnly(long n) throws ReflectiveOperationException {
            long h = 0;
            for (long k = 0; k < n; k++) {
                Object[] e = next();
                h += ((List<?>) tokenize.invoke(null, e[2])).size() + ((List<?>) tokenize.invoke(null, e[3])).size();
            }
            return h;
        }
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        long perRound = args.length > 1 ? Long.parseLong(args[1]) : 20_000;
        List<String[]> turns = turns();
        List<Build> builds = new ArrayList<>();
        builds.add(new Build("this build", CoderCpuRatio.class.getClassLoader(), turns));
        for (int i = 2; i < args.length; i++) {
            ClassLoader own = new URLClassLoader(new URL[] {Path.of(args[i]).toUri().toURL()}, ClassLoader.getPlatformClassLoader());
            builds.add(new Build(args[i], own, turns));
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[][] coded = new double[builds.size()][rounds];
        double[] tokenized = new double[rounds];
        long sink = 0;
        for (int r = 0; r < rounds; r++) {
            for (int b = 0; b < builds.size(); b++) {
                long t0 = threads.getCurrentThreadCpuTime();
                sink += builds.get(b).code(perRound);
                coded[b][r] = (threads.getCurrentThreadCpuTime() - t0) / (double) perRound;
            }
            // ten times the turns: a tokenizing pass is about a tenth of a coded turn, so both rounds last as long
            long t0 = threads.getCurrentThreadCpuTime();
            sink += builds.get(0).tokenizeOnly(perRound * 10);
            tokenized[r] = (threads.getCurrentThreadCpuTime() - t0) / (double) (perRound * 10);
        }
        int from = rounds / 3; // the first third warms the JIT up
        double tokenize = median(tokenized, from);
        System.out.printf("rounds %d-%d of %d, %,d counselor turns a round (checksum %d)%n", from + 1, rounds, rounds, perRound, sink);
        System.out.printf("tokenize-only: %,.0f ns CPU a turn (median)%n", tokenize);
        for (int b = 0; b < builds.size(); b++) {
            double code = median(coded[b], from);
            System.out.printf("%s: %,.0f ns CPU a counselor turn (%,.0f turns/s of CPU), %.2f times the tokenize-only pass%n",
                    builds.get(b).name, code, 1e9 / code, code / tokenize);
            if (b > 0) {
                double[] relative = new double[rounds];
                for (int r = 0; r < rounds; r++) relative[r] = coded[b][r] / coded[0][r];
                System.out.printf("  against this build, round by round: %.3f (median)%n", median(relative, from));
            }
        }
    }

    private static List<String[]> turns() throws Exception {
        List<String[]> turns = new ArrayList<>();
        try (InputStream in = CoderCpuRatio.class.getResourceAsStream("/bench/turns.jsonl")) {
            if (in == null) {
                throw new IllegalStateException("bench/turns.jsonl is not on the class path (run from target/benchmarks.jar)");
            }
            var json = new com.fasterxml.jackson.databind.ObjectMapper();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank()) continue;
                var node = json.readTree(line);
                turns.add(new String[] {node.path("speaker").asText(), node.path("text").asText()});
            }
        }
        return turns;
    }

    private static double median(double[] values, int from) {
        double[] v = Arrays.copyOfRange(values, from, values.length);
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
