package org.changetalk.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Load test for a running server (docs/benchmarks.md (section 4)): N trainees sign in and practise at once, each
 * answering the client, waiting a "think time", answering again, and starting a new session when one ends.
 * Measures practice-turn latency (p50/p99/max), turns per second and errors, and, on a separate thread in
 * the same run, the latency of GET /api/health. Bounded by turns per trainee and by seconds; talks only to
 * 127.0.0.1 or localhost.
 *
 * <p>What is measured: a turn's time from writing the request to having read the whole answer. Each trainee's
 * first {@code --warmup-turns} are left out of the percentiles; they come in the first seconds, while the
 * server's JIT compiles, which goes on for longer than that (about a minute of this load): the report shows
 * every turn, warm-up included, by 10-second window, so the JIT period stays visible. Timed turns go over a
 * keep-alive connection per trainee ({@link KeepAliveConnection}; {@code --http jdk} for the JDK's HttpClient,
 * which costs the client far more CPU on the server's own machine).
 *
 * <pre>
 * java -cp target/test-classes:target/changetalk.jar org.changetalk.web.LoadClient \
 *     --url http://127.0.0.1:7070 --admin-password PW [--trainees 50] [--turns 40] [--warmup-turns 5]
 *     [--think-ms 1000] [--seconds 120] [--http lean|jdk]
 * </pre>
 */
public final class LoadClient {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String SCENARIO = "teresa-alcohol-contemplation";
    private static final List<String> RESPONSES = List.of(
            "It sounds like that drive really scared you.",
            "The quiet after close is the one time of day that feels like yours.",
            "What would you like to be different about the evenings?",
            "You care a lot about Lucía and about your crew.",
            "On one hand the wine helps you come down, and on the other you're worried about what it's costing you.",
            "Would it be all right if I shared what some people in your situation have tried?",
            "Whatever you decide is up to you.",
            "How would you know if things were going the way you want?");

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final long[] turnNanos;
    /** Every turn, warm-up included: when it started (from the start of practice) and how long it took. */
    private final long[] allStarts, allTook;
    /** Every turn's place in its session: 0 the session's first, 2 the one that ended it, 1 any other. */
    private final byte[] allKind;
    private final boolean lean;
    private volatile long practiceStart;
    private final AtomicInteger turns = new AtomicInteger();
    private final AtomicInteger allTurns = new AtomicInteger();
    private final AtomicInteger errors = new AtomicInteger();
    private final List<String> errorSamples = java.util.Collections.synchronizedList(new ArrayList<>());

    /** Each trainee's first turns are not measured: they pay the server's JIT compilation, not its steady state. */
    private final int warmup;

    private LoadClient(URI base, int capacity, int warmup, boolean lean) {
        this.base = base;
        this.warmup = warmup;
        this.turnNanos = new long[capacity];
        this.allStarts = new long[capacity];
        this.allTook = new long[capacity];
        this.allKind = new byte[capacity];
        this.lean = lean;
    }

    private record Session(String cookie, String csrf) {}

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = options(args);
        URI url = URI.create(opt.getOrDefault("url", "http://127.0.0.1:7070"));
        if (!List.of("127.0.0.1", "localhost").contains(url.getHost())) {
            throw new IllegalArgumentException("--url must be on 127.0.0.1 or localhost, not " + url.getHost());
        }
        int trainees = Integer.parseInt(opt.getOrDefault("trainees", "50"));
        int turnsEach = Integer.parseInt(opt.getOrDefault("turns", "40"));
        long thinkMs = Long.parseLong(opt.getOrDefault("think-ms", "1000"));
        long seconds = Long.parseLong(opt.getOrDefault("seconds", "120"));
        int warmup = Integer.parseInt(opt.getOrDefault("warmup-turns", "5"));
        String adminPassword = opt.getOrDefault("admin-password", System.getenv("CHANGETALK_ADMIN_PASSWORD"));
        if (adminPassword == null) {
            throw new IllegalArgumentException("--admin-password (or CHANGETALK_ADMIN_PASSWORD) is required");
        }
        String client = opt.getOrDefault("http", "lean");
        if (!List.of("lean", "jdk").contains(client)) {
            throw new IllegalArgumentException("--http must be lean or jdk, not " + client);
        }
        new LoadClient(url, trainees * turnsEach, warmup, client.equals("lean")).run(trainees, turnsEach, thinkMs, seconds, adminPassword);
    }

    private void run(int trainees, int turnsEach, long thinkMs, long seconds, String adminPassword) throws Exception {
        Session admin = login("admin", adminPassword);
        String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
        ExecutorService pool = Executors.newFixedThreadPool(trainees + 1);
        // sign-up and sign-in hash passwords on purpose slowly: done before measuring, a few at a time
        ExecutorService setup = Executors.newFixedThreadPool(4);
        List<Future<Session>> signing = new ArrayList<>();
        for (int i = 0; i < trainees; i++) {
            String name = "load-" + run + "-" + i;
            signing.add(setup.submit(() -> {
                call(admin, "POST", "/api/users", Map.of("username", name, "password", "password-" + name, "role", "trainee"), 201);
                return login(name, "password-" + name);
            }));
        }
        List<Session> sessions = new ArrayList<>();
        for (Future<Session> f : signing) {
            sessions.add(f.get());
        }
        setup.shutdown();
        System.out.printf("signed in %d trainees; practising %d turns each (the first %d not measured), think time %d ms, "
                + "at most %d s, turns over %s%n", trainees, turnsEach, warmup, thinkMs, seconds,
                lean ? "one keep-alive socket per trainee" : "the JDK HttpClient");

        AtomicBoolean stop = new AtomicBoolean();
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        List<Long> health = java.util.Collections.synchronizedList(new ArrayList<>());
        Future<?> healthLoop = pool.submit(() -> {
            while (!stop.get() && System.nanoTime() < deadline) {
                long t = System.nanoTime();
                try {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve("/api/health")).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() == 200) {
                        health.add(System.nanoTime() - t);
                    } else {
                        error("health " + r.statusCode());
                    }
                    Thread.sleep(100);
                } catch (IOException e) {
                    error("health " + e);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        long start = System.nanoTime();
        practiceStart = start;
        List<Future<?>> workers = new ArrayList<>();
        for (int i = 0; i < trainees; i++) {
            Session s = sessions.get(i);
            Random random = new Random(i);
            workers.add(pool.submit(() -> {
                practise(s, random, turnsEach, thinkMs, deadline);
                return null;
            }));
        }
        for (Future<?> w : workers) {
            w.get();
        }
        long elapsed = System.nanoTime() - start;
        stop.set(true);
        healthLoop.get();
        pool.shutdown();
        report(elapsed, health);
    }

    private void practise(Session s, Random random, int turnsEach, long thinkMs, long deadline) throws InterruptedException {
        try (KeepAliveConnection connection = lean ? new KeepAliveConnection(base) : null) {
            practise(s, connection, random, turnsEach, thinkMs, deadline);
        }
    }

    private void practise(Session s, KeepAliveConnection connection, Random random, int turnsEach, long thinkMs,
                          long deadline) throws InterruptedException {
        String session = null;
        int inSession = 0;
        // spread the first turns out so the trainees do not all answer in the same millisecond
        Thread.sleep(random.nextInt((int) Math.max(1, thinkMs)));
        for (int i = 0; i < turnsEach && System.nanoTime() < deadline; i++) {
            try {
                if (session == null) {
                    session = call(s, "POST", "/api/sessions", Map.of("scenarioId", SCENARIO, "feedback", "live"), 201)
                            .path("id").asText();
                    inSession = 0;
                }
                String text = RESPONSES.get(random.nextInt(RESPONSES.size()));
                String path = "/api/sessions/" + session + "/turns";
                // a fresh key per response, as the browser sends (web/js/views/practice.js), so a resend is not stored twice
                String key = "load-" + Long.toHexString(random.nextLong()) + "-" + i;
                String body = MAPPER.writeValueAsString(Map.of("text", text, "requestKey", key));
                long t = System.nanoTime();
                String answer;
                if (connection != null) {
                    KeepAliveConnection.Answer a = connection.send("POST", path, s.cookie(), s.csrf(), body);
                    if (a.status() != 201) {
                        throw new IllegalStateException("POST " + path + ": " + a.status() + " " + a.body());
                    }
                    answer = a.body();
                } else {
                    answer = exchange(s, "POST", path, body, 201);
                }
                long took = System.nanoTime() - t;
                JsonNode r = MAPPER.readTree(answer);
                int n = allTurns.getAndIncrement();
                allStarts[n] = t - practiceStart;
                allTook[n] = took;
                boolean ended = "finished".equals(r.path("status").asText());
                allKind[n] = (byte) (ended ? 2 : inSession == 0 ? 0 : 1);
                inSession++;
                if (i >= warmup) {
                    turnNanos[turns.getAndIncrement()] = took;
                }
                if (ended) {
                    session = null;
                }
            } catch (IOException | IllegalStateException e) {
                error(e.getMessage());
                session = null;
            }
            long think = thinkMs / 2 + (thinkMs == 0 ? 0 : random.nextLong(thinkMs));
            Thread.sleep(think);
        }
    }

    private Session login(String name, String password) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve("/api/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(MAPPER.writeValueAsString(Map.of("username", name, "password", password))))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("sign-in as " + name + ": " + r.statusCode() + " " + r.body());
        }
        String cookie = r.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
        return new Session(cookie, MAPPER.readTree(r.body()).path("csrfToken").asText());
    }

    private JsonNode call(Session s, String method, String path, Object body, int expected) throws IOException, InterruptedException {
        return MAPPER.readTree(exchange(s, method, path, MAPPER.writeValueAsString(body), expected));
    }

    private String exchange(Session s, String method, String path, String json, int expected) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Cookie", s.cookie()).header("X-CSRF-Token", s.csrf())
                .method(method, HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + ": " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    private void error(String what) {
        errors.incrementAndGet();
        if (errorSamples.size() < 5) {
            errorSamples.add(what);
        }
    }

    private void report(long elapsedNanos, List<Long> health) {
        int n = turns.get();
        long[] t = Arrays.copyOf(turnNanos, n);
        Arrays.sort(t);
        long[] h = health.stream().mapToLong(Long::longValue).sorted().toArray();
        double seconds = elapsedNanos / 1e9;
        System.out.printf("practice turns: %d in %.1f s = %.1f turns/s (%d measured for latency); errors: %d%n",
                allTurns.get(), seconds, allTurns.get() / seconds, n, errors.get());
        System.out.printf("turn latency ms: p50 %.1f  p90 %.1f  p99 %.1f  max %.1f%n",
                ms(t, 0.50), ms(t, 0.90), ms(t, 0.99), t.length == 0 ? 0 : t[t.length - 1] / 1e6);
        System.out.printf("GET /api/health (%d calls) latency ms: p50 %.1f  p99 %.1f  max %.1f%n",
                h.length, ms(h, 0.50), ms(h, 0.99), h.length == 0 ? 0 : h[h.length - 1] / 1e6);
        windows(Math.min(allTurns.get(), allTook.length));
        kinds(Math.min(allTurns.get(), allTook.length));
        errorSamples.forEach(e -> System.out.println("error: " + e));
    }

    /** Every turn, warm-up included, by the 10-second window it started in: the JIT period is the first windows. */
    private void windows(int n) {
        long window = 10_000_000_000L;
        int count = (int) (n == 0 ? 0 : Arrays.stream(allStarts, 0, n).max().orElse(0) / window + 1);
        System.out.println("every turn (warm-up included) by when it started: window, turns, p50, p90, p99, max ms");
        for (int w = 0; w < count; w++) {
            long from = w * window, to = from + window;
            long[] t = java.util.stream.IntStream.range(0, n).filter(i -> allStarts[i] >= from && allStarts[i] < to)
                    .mapToLong(i -> allTook[i]).sorted().toArray();
            System.out.printf("  %3d–%3d s %6d  %7.1f %7.1f %7.1f %7.1f%n", w * 10, w * 10 + 10, t.length, ms(t, 0.50), ms(t, 0.90),
                    ms(t, 0.99), t.length == 0 ? 0 : t[t.length - 1] / 1e6);
        }
    }

    /**
     * Every turn after the first 20 s (the cold server's period: see the windows) by its place in its session: a
     * session's first turn, the turn that ends it, and the others, so a kind of turn that makes the tail shows.
     */
    private void kinds(int n) {
        long after = 20_000_000_000L;
        String[] names = {"first of a session", "any other", "ends the session"};
        System.out.println("every turn after the first 20 s by its place in the session: turns, p50, p90, p99, max ms");
        for (int k = 0; k < names.length; k++) {
            int kind = k;
            long[] t = java.util.stream.IntStream.range(0, n).filter(i -> allKind[i] == kind && allStarts[i] >= after)
                    .mapToLong(i -> allTook[i]).sorted().toArray();
            System.out.printf("  %-18s %6d  %7.1f %7.1f %7.1f %7.1f%n", names[k], t.length, ms(t, 0.50), ms(t, 0.90),
                    ms(t, 0.99), t.length == 0 ? 0 : t[t.length - 1] / 1e6);
        }
    }

    private static double ms(long[] sorted, double q) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> out = new java.util.HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("usage: --name value …; bad argument '" + args[i] + "'");
            }
            out.put(args[i].substring(2), args[++i]);
        }
        return out;
    }
}
