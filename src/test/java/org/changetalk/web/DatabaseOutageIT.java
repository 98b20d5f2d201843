package org.changetalk.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.changetalk.storage.DatabaseUrl;
import org.changetalk.storage.Dialect;
import org.changetalk.storage.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL going away under load and coming back (issue 12): while it is away every answer is 503 with
 * JSON, afterwards the same process serves again without a restart, and every turn the server acknowledged
 * is stored. Stopping the shared PostgreSQL server would break every other test running on it, so the
 * outage is a proxy on 127.0.0.1 in front of it that drops every connection and refuses new ones for a few
 * seconds, which is what the app sees of a restart.
 */
class DatabaseOutageIT {
    private static final int TRAINEES = 4;
    private static final long OUTAGE_MILLIS = 5000;

    @TempDir
    Path dir;

    /** One trainee's acknowledged turns, by session. */
    private final Map<String, List<String>> acknowledged = new ConcurrentHashMap<>();
    private final Map<Integer, Integer> statuses = new TreeMap<>();
    private final ConcurrentLinkedQueue<String> unexpected = new ConcurrentLinkedQueue<>();

    @Test
    void whileTheDatabaseIsAwayTheAppAnswers503JsonAndAfterwardsRecoversWithNoAcknowledgedTurnLost() throws Exception {
        DatabaseUrl direct = TestDatabases.postgresql();
        URI upstream = URI.create(direct.jdbcUrl().substring("jdbc:".length()));
        try (PgProxy proxy = new PgProxy(upstream.getHost(), upstream.getPort() < 0 ? 5432 : upstream.getPort())) {
            DatabaseUrl proxied = new DatabaseUrl(Dialect.POSTGRESQL,
                    direct.jdbcUrl().replaceFirst("//[^/]+/", "//127.0.0.1:" + proxy.port() + "/"), direct.user(), direct.password());
            try (TestServer server = TestServer.on(dir, proxied)) {
                ApiClient admin = server.admin();
                String scenario = admin.get("/api/scenarios").json().findValues("id").stream().map(JsonNode::asText)
                        .filter(id -> id.contains("contemplation")).findFirst().orElseThrow();
                List<ApiClient> trainees = new ArrayList<>();
                for (int i = 0; i < TRAINEES; i++) {
                    trainees.add(admin.create("trainee" + i, "trainee"));
                }
                AtomicBoolean stop = new AtomicBoolean();
                AtomicBoolean down = new AtomicBoolean();
                ConcurrentLinkedQueue<Integer> whileDown = new ConcurrentLinkedQueue<>();
                List<Thread> workers = new ArrayList<>();
                for (int i = 0; i < TRAINEES; i++) {
                    int n = i;
                    Thread t = new Thread(() -> practise(trainees.get(n), n, scenario, stop, down, whileDown), "trainee-" + i);
                    t.start();
                    workers.add(t);
                }
                Thread.sleep(1500); // turns acknowledged before the outage
                proxy.cut();
                down.set(true);
                Thread.sleep(1000);
                ApiClient.Response health = server.client().get("/api/health");
                Thread.sleep(OUTAGE_MILLIS - 1000);
                down.set(false);
                proxy.restore();
                long restored = System.nanoTime();
                // back without a restart: the first turn acknowledged after the proxy came back
                int before = total();
                long recovered = -1;
                for (int i = 0; i < 600 && recovered < 0; i++) {
                    if (total() > before) {
                        recovered = (System.nanoTime() - restored) / 1_000_000;
                    }
                    Thread.sleep(50);
                }
                Thread.sleep(1000); // and some after it
                stop.set(true);
                for (Thread t : workers) {
                    t.join(60_000);
                }

                System.out.println("[DatabaseOutageIT] " + OUTAGE_MILLIS + " ms outage, " + TRAINEES + " trainees: statuses "
                        + statuses + ", answers while down " + summary(whileDown) + ", first acknowledged turn "
                        + recovered + " ms after the database came back, " + total() + " turns acknowledged");
                assertThat(unexpected).as("answers that were neither a turn nor a 503 with JSON").isEmpty();
                assertThat(health.status()).isEqualTo(503);
                assertThat(health.json().path("status").asText()).isEqualTo("unavailable");
                assertThat(whileDown).as("answers while the database was away").isNotEmpty().allMatch(s -> s == 503);
                assertThat(recovered).as("ms until a turn was acknowledged again").isGreaterThanOrEqualTo(0);

                // every acknowledged turn is stored
                for (int i = 0; i < TRAINEES; i++) {
                    for (Map.Entry<String, List<String>> e : acknowledged.entrySet()) {
                        if (!e.getKey().startsWith(i + "/")) {
                            continue;
                        }
                        String body = trainees.get(i).get("/api/sessions/" + e.getKey().substring(e.getKey().indexOf('/') + 1))
                                .expect(200).body();
                        for (String text : e.getValue()) {
                            assertThat(body).as("session %s has the acknowledged turn", e.getKey()).contains(text);
                        }
                    }
                }
            }
        }
    }

    private int total() {
        return acknowledged.values().stream().mapToInt(List::size).sum();
    }

    private static String summary(ConcurrentLinkedQueue<Integer> s) {
        Map<Integer, Integer> m = new TreeMap<>();
        s.forEach(x -> m.merge(x, 1, Integer::sum));
        return m.toString();
    }

    /** Sends turns one after another until told to stop (at most 5,000), starting a new session when one ends. */
    private void practise(ApiClient trainee, int n, String scenario, AtomicBoolean stop, AtomicBoolean down,
                          ConcurrentLinkedQueue<Integer> whileDown) {
        String session = null;
        for (int i = 0; i < 5000 && !stop.get(); i++) {
            boolean wasDown = down.get();
            ApiClient.Response r;
            String text = null;
            if (session == null) {
                r = trainee.post("/api/sessions", Map.of("scenarioId", scenario, "feedback", "live"));
                if (r.status() == 201) {
                    session = r.id();
                    acknowledged.put(n + "/" + session, new ArrayList<>());
                }
            } else {
                text = "It sounds like part of you wants things to change, and part of you is not sure (" + n + "-" + i + ").";
                r = trainee.post("/api/sessions/" + session + "/turns", Map.of("text", text));
                if (r.status() == 201) {
                    acknowledged.get(n + "/" + session).add(text);
                    if (!"active".equals(r.json().path("status").asText())) {
                        session = null;
                    }
                } else if (r.status() == 409) {
                    session = null; // the client ended the conversation
                }
            }
            synchronized (statuses) {
                statuses.merge(r.status(), 1, Integer::sum);
            }
            if (wasDown && down.get()) {
                whileDown.add(r.status());
            }
            if (r.status() == 503) {
                JsonNode json = r.json();
                if (!"unavailable".equals(json.path("error").asText()) || !json.path("detail").isTextual()) {
                    unexpected.add("503 " + r.body());
                }
                sleep(100);
            } else if (r.status() != 201 && r.status() != 409) {
                unexpected.add(r.status() + " " + r.body());
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
