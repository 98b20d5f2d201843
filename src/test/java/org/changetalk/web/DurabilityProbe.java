package org.changetalk.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The durability probe behind {@code src/jmh/sh/kill9.sh} (docs/benchmarks.md, section 8): trainees practise
 * against a running server, every acknowledged turn (a 201) is written to a log before the next is sent, the
 * script kills the server with SIGKILL mid-load and restarts it, and {@code verify} then reads every session
 * back through the API and counts acknowledged turns that are missing or differ. Sign-ins are stored server-side,
 * so the cookies made by {@code setup} keep working across the kills. Talks only to 127.0.0.1 or localhost.
 *
 * <pre>
 * java -cp target/test-classes:target/changetalk.jar org.changetalk.web.DurabilityProbe setup URL DIR TRAINEES
 * java … DurabilityProbe run URL DIR SECONDS      (until the server goes away or SECONDS pass)
 * java … DurabilityProbe verify URL DIR           (prints "acknowledged N lost M")
 * </pre>
 * The admin password comes from CHANGETALK_ADMIN_PASSWORD.
 */
public final class DurabilityProbe {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<String> RESPONSES = List.of(
            "It sounds like that drive really scared you.",
            "What would you like to be different about the evenings?",
            "You care a lot about Lucía and about your crew.",
            "On one hand the wine helps you come down, and on the other you're worried about what it's costing you.",
            "Whatever you decide is up to you.",
            "How would you know if things were going the way you want?");

    private final URI base;
    private final Path dir;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    private record Trainee(String cookie, String csrf) {}

    private DurabilityProbe(URI base, Path dir) {
        this.base = base;
        this.dir = dir;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            throw new IllegalArgumentException("usage: setup URL DIR TRAINEES | run URL DIR SECONDS | verify URL DIR");
        }
        URI url = URI.create(args[1]);
        if (!List.of("127.0.0.1", "localhost").contains(url.getHost())) {
            throw new IllegalArgumentException("the URL must be on 127.0.0.1 or localhost, not " + url.getHost());
        }
        DurabilityProbe probe = new DurabilityProbe(url, Path.of(args[2]));
        switch (args[0]) {
            case "setup" -> probe.setup(Integer.parseInt(args[3]));
            case "run" -> probe.run(Long.parseLong(args[3]));
            case "verify" -> probe.verify();
            default -> throw new IllegalArgumentException("unknown step '" + args[0] + "'");
        }
    }

    /** Creates and signs in the trainees; their cookies go to DIR/trainees.txt. */
    private void setup(int count) throws Exception {
        String password = System.getenv("CHANGETALK_ADMIN_PASSWORD");
        Trainee admin = login("admin", password);
        String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = "kill-" + run + "-" + i;
            call(admin, "POST", "/api/users", Map.of("username", name, "password", "password-" + name, "role", "trainee"), 201);
            Trainee t = login(name, "password-" + name);
            lines.add(t.cookie() + " " + t.csrf());
        }
        Files.createDirectories(dir);
        Files.write(dir.resolve("trainees.txt"), lines);
    }

    /**
     * Each trainee starts a session and answers until the server stops answering or the time is up. Each
     * acknowledged turn is appended to DIR/acked.txt (session, number, text) and flushed before the next request.
     */
    private void run(long seconds) throws Exception {
        List<Trainee> trainees = Files.readAllLines(dir.resolve("trainees.txt")).stream()
                .map(l -> l.split(" ", 2)).map(p -> new Trainee(p[0], p[1])).toList();
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(trainees.size());
        List<Future<Integer>> done = new ArrayList<>();
        try (PrintWriter acked = new PrintWriter(Files.newBufferedWriter(dir.resolve("acked.txt"), StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND))) {
            for (int i = 0; i < trainees.size(); i++) {
                Trainee t = trainees.get(i);
                Random random = new Random(System.nanoTime() + i);
                done.add(pool.submit(() -> practise(t, random, deadline, acked)));
            }
            int total = 0;
            for (Future<Integer> f : done) {
                total += f.get();
            }
            System.out.println("acknowledged this run: " + total);
        } finally {
            pool.shutdownNow();
        }
    }

    private int practise(Trainee t, Random random, long deadline, PrintWriter acked) throws InterruptedException {
        int count = 0;
        String session = null;
        while (System.nanoTime() < deadline) {
            try {
                if (session == null) {
                    session = call(t, "POST", "/api/sessions", Map.of("scenarioId", "teresa-alcohol-contemplation",
                            "feedback", "live"), 201).path("id").asText();
                }
                String text = RESPONSES.get(random.nextInt(RESPONSES.size()));
                JsonNode r = call(t, "POST", "/api/sessions/" + session + "/turns", Map.of("text", text), 201);
                synchronized (acked) {
                    acked.println(session + "\t" + r.path("turn").path("number").asInt() + "\t" + text);
                    acked.flush();
                }
                count++;
                if ("finished".equals(r.path("status").asText())) {
                    session = null;
                }
            } catch (IOException e) {
                return count; // the server is gone: this run is over
            } catch (IllegalStateException e) {
                if (e.getMessage().contains(" 503 ")) {
                    Thread.sleep(100); // starting, or the database is away for a moment
                } else {
                    System.err.println("unexpected answer: " + e.getMessage());
                    session = null;
                }
            }
            Thread.sleep(random.nextInt(20));
        }
        return count;
    }

    /** Reads every session named in DIR/acked.txt back and counts acknowledged turns missing or changed. */
    private void verify() throws Exception {
        List<String> trainees = Files.readAllLines(dir.resolve("trainees.txt"));
        Trainee any = new Trainee(trainees.get(0).split(" ")[0], trainees.get(0).split(" ")[1]);
        Map<String, Map<Integer, String>> acked = new HashMap<>();
        List<String> lines = Files.exists(dir.resolve("acked.txt")) ? Files.readAllLines(dir.resolve("acked.txt")) : List.of();
        for (String line : lines) {
            String[] p = line.split("\t", 3);
            if (p.length == 3) { // a line cut short by the kill was never acknowledged to anyone
                acked.computeIfAbsent(p[0], k -> new HashMap<>()).put(Integer.parseInt(p[1]), p[2]);
            }
        }
        Map<String, Trainee> owners = owners(trainees);
        int total = 0;
        int lost = 0;
        for (Map.Entry<String, Map<Integer, String>> s : acked.entrySet()) {
            Trainee owner = owners.getOrDefault(s.getKey(), any);
            JsonNode session = call(owner, "GET", "/api/sessions/" + s.getKey(), null, 200);
            Map<Integer, String> stored = new HashMap<>();
            session.path("turns").forEach(t -> stored.put(t.path("number").asInt(), t.path("trainee").asText()));
            for (Map.Entry<Integer, String> turn : s.getValue().entrySet()) {
                total++;
                if (!turn.getValue().equals(stored.get(turn.getKey()))) {
                    lost++;
                    System.out.println("lost: session " + s.getKey() + " turn " + turn.getKey());
                }
            }
        }
        System.out.println("acknowledged " + total + " lost " + lost + " sessions " + acked.size());
    }

    /** Which trainee owns each session (a trainee sees only their own). */
    private Map<String, Trainee> owners(List<String> lines) throws Exception {
        Map<String, Trainee> out = new HashMap<>();
        for (String line : lines) {
            Trainee t = new Trainee(line.split(" ")[0], line.split(" ")[1]);
            call(t, "GET", "/api/sessions", null, 200).forEach(s -> out.put(s.path("id").asText(), t));
        }
        return out;
    }

    private Trainee login(String name, String password) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve("/api/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(MAPPER.writeValueAsString(Map.of("username", name, "password", password))))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("sign-in as " + name + ": " + r.statusCode() + " " + r.body());
        }
        String cookie = r.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
        return new Trainee(cookie, MAPPER.readTree(r.body()).path("csrfToken").asText());
    }

    private JsonNode call(Trainee t, String method, String path, Object body, int expected) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(10))
                .header("Cookie", t.cookie()).header("X-CSRF-Token", t.csrf());
        if (body == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(MAPPER.writeValueAsString(body)));
        }
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + ": " + r.statusCode() + " " + r.body());
        }
        return MAPPER.readTree(r.body());
    }
}
