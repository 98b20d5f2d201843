package org.changetalk.bench;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Start-up time of the jar (docs/benchmarks.md, section 5): from launching {@code java -jar} to the first
 * {@code 200 {"status":"ok"}} on /api/health, polled every 2 ms. A "first start" has an empty data folder
 * (migrations, the admin account and its password hash); a "restart" reuses that folder, with the admin the first
 * start saved (each start is stopped only once it has finished, after it is ready). Plain JDK, so it
 * runs without a build:
 * {@code java src/jmh/java/org/changetalk/bench/StartupTimer.java RUNS PORT JAR [JAR…]}.
 * <p>
 * A jar is started as the README starts it: with the class-data archive the build made beside it
 * ({@code changetalk.jsa} beside {@code changetalk.jar}) when there is one. {@code plain:JAR} starts the same jar
 * without it, to compare.
 */
public final class StartupTimer {
    /** CPU milliseconds (all threads, user and system) each started server had used when it became ready. */
    private static final List<Long> cpu = new ArrayList<>();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build();

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 7981;
        List<String> jars = args.length > 2 ? Stream.of(args).skip(2).toList() : List.of("target/changetalk.jar");
        Path scenarios = Path.of("scenarios").toAbsolutePath();
        Path web = Path.of("web").toAbsolutePath();
        Map<String, List<Long>> first = new LinkedHashMap<>();
        Map<String, List<Long>> restart = new LinkedHashMap<>();
        for (String jar : jars) {
            Path warm = Files.createTempDirectory("ct-warm");
            startOnce(jar, warm, scenarios, web, port); // page cache warm-up, not counted
            delete(warm);
            first.put(jar, new ArrayList<>());
            restart.put(jar, new ArrayList<>());
        }
        // several jars (say, before and after a change) take turns, so a busy moment on the machine hits both
        for (int i = 0; i < runs; i++) {
            for (String jar : jars) {
                Path data = Files.createTempDirectory("ct-start");
                first.get(jar).add(startOnce(jar, data, scenarios, web, port));
                restart.get(jar).add(startOnce(jar, data, scenarios, web, port));
                delete(data);
            }
        }
        for (int j = 0; j < jars.size(); j++) {
            String jar = jars.get(j);
            List<Long> firstCpu = new ArrayList<>();
            List<Long> restartCpu = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                int at = jars.size() + 2 * (i * jars.size() + j); // after the warm-ups, first then restart per jar
                firstCpu.add(cpu.get(at));
                restartCpu.add(cpu.get(at + 1));
            }
            System.out.println(jar);
            System.out.println("  first start CPU: " + describe(firstCpu));
            System.out.println("  restart CPU:     " + describe(restartCpu));
            System.out.println("  first start: " + describe(first.get(jar)));
            System.out.println("  restart:     " + describe(restart.get(jar)));
        }
    }

    /** Milliseconds from launch to the first healthy answer; the server is then stopped. */
    private static long startOnce(String jar, Path data, Path scenarios, Path web, int port) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command(jar, "serve", "--port", Integer.toString(port), "--data", data.toString(),
                "--scenarios", scenarios.toString(), "--web", web.toString()))
                .redirectErrorStream(true).redirectOutput(data.resolve("server.log").toFile());
        pb.environment().remove("CHANGETALK_DB");
        pb.environment().remove("CHANGETALK_ADMIN_PASSWORD");
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/health"))
                .timeout(Duration.ofSeconds(2)).build();
        long start = System.nanoTime();
        Process server = pb.start();
        try {
            while (true) {
                if (!server.isAlive()) {
                    throw new IllegalStateException("the server stopped: see " + data.resolve("server.log"));
                }
                try {
                    HttpResponse<String> r = HTTP.send(health, HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() == 200 && r.body().contains("\"ok\"")) {
                        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                        // CPU time says more than wall time on a machine busy with other work
                        cpu.add(server.info().totalCpuDuration().map(Duration::toMillis).orElse(-1L));
                        awaitServing(server, data.resolve("server.log"));
                        return ms;
                    }
                } catch (ConnectException | java.net.http.HttpTimeoutException notYet) {
                    // not listening yet, or too busy starting to answer
                }
                Thread.sleep(2);
            }
        } finally {
            server.destroy();
            server.waitFor(20, TimeUnit.SECONDS);
        }
    }

    /**
     * Waits (not timed) until the server has finished its start: a first start saves the first admin account only
     * after it is ready, so a server stopped at the first "ok" leaves a folder without one, and the next start is
     * a second first start (it makes the admin again) rather than a restart (section 22).
     */
    private static void awaitServing(Process server, Path log) throws Exception {
        for (long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(2); System.nanoTime() < until && server.isAlive(); ) {
            if (Files.readString(log).contains(" is serving on ")) {
                return;
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("the server did not finish its start: see " + log);
    }

    /** {@code java [the archive's options] -jar JAR ARGS…}: see the class comment. */
    private static List<String> command(String jar, String... args) {
        boolean plain = jar.startsWith("plain:");
        Path path = Path.of(plain ? jar.substring("plain:".length()) : jar).toAbsolutePath();
        Path archive = path.resolveSibling(path.getFileName().toString().replaceFirst("\\.jar$", "") + ".jsa");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        if (!plain && Files.isRegularFile(archive)) {
            command.addAll(List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off,cds+dynamic=off"));
        }
        command.addAll(List.of("-jar", path.toString()));
        command.addAll(List.of(args));
        return command;
    }

    private static String describe(List<Long> ms) {
        List<Long> sorted = ms.stream().sorted().toList();
        return "median " + sorted.get(sorted.size() / 2) + " ms, min " + sorted.get(0) + " ms, max "
                + sorted.get(sorted.size() - 1) + " ms over " + ms.size() + " runs " + ms;
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
