package org.changetalk.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 300 connections each sending a request body one byte every {@link #EVERY_MILLIS} ms (issue 12, finding 4), and
 * at the same time 300 more sending their request's headers at the same pace: no server thread waits on either
 * (Jetty parses headers as they come, and bodies are collected without a thread), so {@code /api/health} keeps
 * answering, and each slow body is cut off with a JSON 408 at the body deadline. The server's deadline is
 * {@link #DEADLINE} here, not production's 15 s ({@link Security#BODY_DEADLINE}): the handler is the same, and
 * the suite does not wait 25 s for it. Bounded: the slow senders stop after {@link #SECONDS} s. Prints the
 * numbers docs/security.md reports.
 */
class SlowBodyIT {
    private static final int CONNECTIONS = 300;
    private static final java.time.Duration DEADLINE = java.time.Duration.ofSeconds(4);
    /** Past the deadline, so every slow body has met it. */
    private static final int SECONDS = 7;
    /** Each slow sender's pace: several bytes before the deadline, none of them completing anything. */
    private static final long EVERY_MILLIS = 1000;

    @TempDir
    Path dir;

    @Test
    void threeHundredSlowBodiesDoNotStallHealth() throws Exception {
        try (TestServer server = TestServer.start(dir, Security.DEFAULTS.withBodyDeadline(DEADLINE))) {
            int port = server.server.port();
            for (int i = 0; i < 50; i++) {
                server.client().get("/api/health").expect(200);
            }
            Latencies baseline = new Latencies(port);
            Thread.sleep(1000);
            baseline.close();
            List<Socket> sockets = new ArrayList<>();
            String head = "POST /api/auth/login HTTP/1.1\r\nHost: 127.0.0.1:" + port
                    + "\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n";
            // the slow-header senders: a request line, then one more byte of an endless header every round
            String slowHead = "GET /api/health HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nX-Slow: ";
            List<Socket> headerSockets = new ArrayList<>();
            int headerCutOff = 0;
            Map<String, Integer> outcome = new TreeMap<>();
            try (Latencies health = new Latencies(port)) {
                for (int i = 0; i < CONNECTIONS; i++) {
                    Socket s = new Socket("127.0.0.1", port);
                    s.setSoTimeout(2000);
                    s.getOutputStream().write(head.getBytes(StandardCharsets.ISO_8859_1));
                    sockets.add(s);
                    Socket h = new Socket("127.0.0.1", port);
                    h.setSoTimeout(2000);
                    h.getOutputStream().write(slowHead.getBytes(StandardCharsets.ISO_8859_1));
                    headerSockets.add(h);
                }
                long end = System.nanoTime() + SECONDS * 1_000_000_000L;
                while (System.nanoTime() < end) {
                    for (Socket s : sockets) {
                        try {
                            OutputStream out = s.getOutputStream();
                            out.write('{');
                            out.flush();
                        } catch (IOException e) {
                            // cut off by the server: expected once the deadline passes
                        }
                    }
                    for (Socket h : headerSockets) {
                        try {
                            h.getOutputStream().write('a');
                            h.getOutputStream().flush();
                        } catch (IOException e) {
                            headerCutOff++; // the server closed it: allowed, a slow header may be cut off
                        }
                    }
                    Thread.sleep(EVERY_MILLIS);
                }
                health.close();
                for (Socket s : sockets) {
                    String what;
                    try {
                        RawHttp.Answer a = RawHttp.read(s.getInputStream());
                        what = a.status() + (a.header("Content-Type") != null && a.header("Content-Type").startsWith("application/json")
                                ? " json" : " not-json");
                    } catch (IOException e) {
                        what = "no answer (" + e.getClass().getSimpleName() + ")";
                    }
                    outcome.merge(what, 1, Integer::sum);
                    s.close();
                }
                System.out.println("[SlowBodyIT] baseline " + baseline.summary());
                for (Socket h : headerSockets) {
                    h.close();
                }
                System.out.println("[SlowBodyIT] " + CONNECTIONS + " slow bodies and " + CONNECTIONS + " slow headers for "
                        + SECONDS + " s: " + health.summary() + "; the slow bodies got " + outcome + "; slow-header writes refused: "
                        + headerCutOff);
                assertThat(health.failures()).as(health.summary()).isZero();
                assertThat(outcome.getOrDefault("408 json", 0)).as("cut off at the deadline: %s", outcome)
                        .isGreaterThanOrEqualTo(CONNECTIONS * 9 / 10);
                // the latency itself is a measurement, reported in docs/security.md, not a pass/fail check: on a
                // shared machine it says more about the neighbours than about this code
            }
        }
    }
}
