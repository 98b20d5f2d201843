package org.changetalk.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thousands of malformed requests, seeded, at a real server on 127.0.0.1 (issue 12, finding 6): bad JSON of
 * every kind, size limits, wrong and bogus content types, broken UTF-8, mangled paths and ids, odd methods,
 * oversized headers, signed in and not. Not one answer may be a 5xx, and every error must be JSON.
 * Prints the counts docs/security.md reports.
 */
class MalformedFuzzIT {
    private static final int REQUESTS = 10_000;
    private static final long SEED = 12;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static final List<String> PATHS = List.of("/api/auth/login", "/api/auth/signup", "/api/auth/logout", "/api/auth/me",
            "/api/users", "/api/invites", "/api/sessions", "/api/sessions/{s}/turns", "/api/sessions/{s}/finish",
            "/api/sessions/{s}", "/api/sessions/{s}/report", "/api/sessions/{s}/shares", "/api/sessions/{s}/review",
            "/api/sessions/{s}/turns/1/codes", "/api/sessions/{s}/comments", "/api/cohorts", "/api/cohorts/join",
            "/api/cohorts/{x}/members", "/api/cohorts/{x}/instructors", "/api/imports", "/api/drills/{x}/attempts",
            "/api/studio/scenarios/{x}", "/api/studio/validate", "/api/studio/playtest", "/api/studio/test",
            "/api/scenarios/{x}", "/api/scenarios", "/api/me/progress", "/api/health", "/api/nothing");
    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "DELETE", "PATCH", "POST", "POST", "PUT",
            "OPTIONS", "HEAD", "TRACE", "FOO");
    private static final List<String> TYPES = List.of("application/json", "application/json", "application/json; charset=utf-8",
            "application/json; charset=x-bogus", "application/json; charset=", "text/plain", "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x", "application/json; charset=utf-16", "", "application/json;;;", "*/*");
    private static final List<String> FIELDS = List.of("username", "password", "text", "scenarioId", "inviteCode", "name", "codes",
            "cohortId", "turn", "format", "maxUses", "role", "draft", "baseVersion", "responses", "state", "seed", "fromBeat");

    private String idPart(Random r) {
        return switch (r.nextInt(10)) {
            case 0 -> "a".repeat(300);
            case 1 -> "%00";
            case 2 -> "..%2F..%2Fetc";
            case 3 -> "%C3%28";
            case 4 -> "x-schema";
            case 5 -> "%F0%9F%98%80";
            case 6 -> "-1";
            case 7 -> "99999999999999999999";
            case 8 -> "teresa-alcohol-contemplation";
            default -> Long.toString(r.nextLong(), 36);
        };
    }

    private String value(Random r, int depth) {
        return switch (r.nextInt(depth > 3 ? 6 : 10)) {
            case 0 -> "\"" + "x".repeat(r.nextInt(3) == 0 ? 70_000 : r.nextInt(50)) + "\"";
            case 1 -> "9".repeat(1 + r.nextInt(r.nextBoolean() ? 10 : 5000));
            case 2 -> r.nextBoolean() ? "true" : "null";
            case 3 -> "-1e999999";
            case 4 -> "\"\\ud800\"";
            case 5 -> "1.5";
            case 6 -> "[" + value(r, depth + 1) + "," + value(r, depth + 1) + "]";
            case 7 -> object(r, depth + 1);
            case 8 -> "[".repeat(1 + r.nextInt(6000));
            default -> "{\"a\":".repeat(50 + r.nextInt(200)) + "1" + "}".repeat(r.nextInt(260));
        };
    }

    private String object(Random r, int depth) {
        StringBuilder b = new StringBuilder("{");
        int n = r.nextInt(4);
        for (int i = 0; i < n; i++) {
            String key = r.nextInt(12) == 0 ? "k".repeat(60_000) : FIELDS.get(r.nextInt(FIELDS.size()));
            b.append(i == 0 ? "" : ",").append('"').append(key).append("\":").append(value(r, depth));
        }
        return b.append('}').toString();
    }

    private byte[] body(Random r) {
        return switch (r.nextInt(8)) {
            case 0 -> new byte[0];
            case 1 -> {
                byte[] b = new byte[1 + r.nextInt(200)];
                r.nextBytes(b);
                yield b;
            }
            case 2 -> {
                String s = object(r, 0);
                yield s.substring(0, r.nextInt(s.length() + 1)).getBytes(StandardCharsets.UTF_8);
            }
            case 3 -> ("{\"text\":\"" + "\u00e9" + "\"}").getBytes(StandardCharsets.ISO_8859_1);
            default -> object(r, 0).getBytes(StandardCharsets.UTF_8);
        };
    }

    private byte[] request(Random r, int port, String cookie, String csrf, String session) {
        String method = METHODS.get(r.nextInt(METHODS.size()));
        String path = PATHS.get(r.nextInt(PATHS.size())).replace("{s}", r.nextBoolean() ? session : idPart(r))
                .replace("{x}", idPart(r));
        if (r.nextInt(10) == 0) {
            path += "?format=" + idPart(r) + "&codes=%ZZ&inactiveDays=" + idPart(r) + "&kind=" + idPart(r);
        }
        byte[] body = body(r);
        StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close\r\n");
        String type = TYPES.get(r.nextInt(TYPES.size()));
        if (!type.isEmpty()) {
            head.append("Content-Type: ").append(type).append("\r\n");
        }
        if (r.nextInt(4) != 0) {
            head.append("Cookie: ").append(cookie).append("\r\nX-CSRF-Token: ").append(r.nextInt(5) == 0 ? "wrong" : csrf).append("\r\n");
        }
        switch (r.nextInt(12)) {
            case 0 -> head.append("X-Huge: ").append("h".repeat(20_000)).append("\r\n");
            case 1 -> head.append("Origin: null\r\n");
            case 2 -> head.append("Transfer-Encoding: chunked\r\n");
            default -> {
            }
        }
        if (!head.toString().contains("chunked")) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        byte[] h = head.toString().getBytes(StandardCharsets.ISO_8859_1);
        if (head.toString().contains("chunked")) {
            // a valid chunked framing of the body, or a broken one
            String chunk = Integer.toHexString(body.length) + "\r\n";
            byte[] c = chunk.getBytes(StandardCharsets.ISO_8859_1);
            byte[] tail = (r.nextBoolean() ? "\r\n0\r\n\r\n" : "\r\nZZ\r\n").getBytes(StandardCharsets.ISO_8859_1);
            byte[] all = new byte[h.length + c.length + body.length + tail.length];
            System.arraycopy(h, 0, all, 0, h.length);
            System.arraycopy(c, 0, all, h.length, c.length);
            System.arraycopy(body, 0, all, h.length + c.length, body.length);
            System.arraycopy(tail, 0, all, h.length + c.length + body.length, tail.length);
            return all;
        }
        byte[] all = new byte[h.length + body.length];
        System.arraycopy(h, 0, all, 0, h.length);
        System.arraycopy(body, 0, all, h.length, body.length);
        return all;
    }

    @Test
    void tenThousandMalformedRequestsGetNo5xxAndOnlyJsonErrors() throws Exception {
        try (TestServer server = TestServer.start(dir)) {
            int port = server.server.port();
            ApiClient tom = server.admin().create("tom", "trainee");
            String session = tom.post("/api/sessions", Map.of("scenarioId", "teresa-alcohol-contemplation")).expect(201).id();
            Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
            List<String> problems = java.util.Collections.synchronizedList(new ArrayList<>());
            AtomicInteger nonJson = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<?>> jobs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int worker = t;
                jobs.add(pool.submit(() -> {
                    Random r = new Random(SEED + worker);
                    for (int i = 0; i < REQUESTS / 4; i++) {
                        byte[] req = request(r, port, tom.cookie, tom.csrf, session);
                        RawHttp.Answer a;
                        try {
                            a = RawHttp.send(port, req);
                        } catch (RuntimeException e) {
                            problems.add("no answer: " + e + " to " + head(req));
                            continue;
                        }
                        statuses.merge(a.status(), 1, Integer::sum);
                        if (a.status() >= 500 || a.status() < 0) {
                            problems.add(a.status() + " " + a.body() + " to " + head(req));
                        } else if (a.status() >= 400 && !isJson(a, req)) {
                            nonJson.incrementAndGet();
                            problems.add("not JSON: " + a.status() + " " + a.header("Content-Type") + " " + a.body() + " to " + head(req));
                        }
                    }
                }));
            }
            for (Future<?> j : jobs) {
                j.get();
            }
            pool.shutdown();
            System.out.println("[MalformedFuzzIT] " + REQUESTS + " malformed requests → " + new TreeMap<>(statuses)
                    + "; 5xx: " + statuses.entrySet().stream().filter(e -> e.getKey() >= 500).mapToInt(Map.Entry::getValue).sum()
                    + "; errors not JSON: " + nonJson.get() + "; problems: " + problems.size());
            problems.stream().limit(10).forEach(p -> System.out.println("  " + p));
            assertThat(problems).isEmpty();
            // the server still works afterwards (the fuzz may have signed tom out: it posts to logout too)
            ApiClient again = server.client();
            again.login("tom", "password-tom").expect(200);
            again.get("/api/sessions/" + session).expect(200);
        }
    }

    private static boolean isJson(RawHttp.Answer a, byte[] req) {
        if (head(req).startsWith("HEAD ")) {
            return a.header("Content-Type") == null || a.header("Content-Type").startsWith("application/json");
        }
        String type = a.header("Content-Type");
        if (type == null || !type.startsWith("application/json")) {
            return false;
        }
        try {
            return JSON.readTree(a.body()).hasNonNull("error");
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static String head(byte[] req) {
        String s = new String(req, 0, Math.min(req.length, 160), StandardCharsets.ISO_8859_1);
        return s.substring(0, s.indexOf('\r') < 0 ? s.length() : s.indexOf('\r'));
    }
}
