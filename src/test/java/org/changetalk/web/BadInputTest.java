package org.changetalk.web;

import org.changetalk.storage.Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Malformed, mistyped, oversized and unknown input: a 4xx naming the problem, never a 500, and no saved change. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputTest {
    private static final String TERESA = "teresa-alcohol-contemplation";
    private static final String DRILL = "drill-complex-reflection";

    @TempDir
    static Path dir;

    private TestServer server;
    private ApiClient admin;
    private ApiClient tom;
    private String session;

    @BeforeAll
    void setUp() {
        server = TestServer.start(dir);
        admin = server.admin();
        tom = admin.create("tom", "trainee");
        session = tom.post("/api/sessions", Map.of("scenarioId", TERESA)).expect(201).id();
        tom.post("/api/sessions/" + session + "/turns", Map.of("text", "It sounds like that drive scared you.")).expect(201);
    }

    @AfterAll
    void tearDown() {
        server.close();
    }

    private record Bad(ApiClient who, String path, String body, int status, String detailHas) {}

    @Test
    void badBodiesAreRefusedAndChangeNothing() {
        String turns = "/api/sessions/" + session + "/turns";
        String big = "{\"text\":\"" + "a".repeat(65 * 1024) + "\"}";
        List<Bad> cases = List.of(
                new Bad(tom, turns, "{\"text\":", 400, "not valid JSON"),
                new Bad(tom, turns, "{\"text\": \"a\"} trailing", 400, "not valid JSON"),
                new Bad(tom, turns, "", 400, "empty"),
                new Bad(tom, turns, "[\"text\"]", 400, "JSON object"),
                new Bad(tom, turns, "\"text\"", 400, "JSON object"),
                new Bad(tom, turns, "{\"text\": 5}", 400, "text: must be a string"),
                new Bad(tom, turns, "{\"text\": {\"a\": 1}}", 400, "text: must be a string"),
                new Bad(tom, turns, "{\"text\": null}", 400, "text: required"),
                new Bad(tom, turns, "{}", 400, "text: required"),
                new Bad(tom, turns, "{\"text\": \"   \"}", 400, "text"),
                new Bad(tom, turns, "{\"text\": \"" + "b".repeat(2001) + "\"}", 400, "at most 2000 characters"),
                new Bad(tom, turns, big, 413, "64 KiB"),
                new Bad(tom, "/api/sessions/no-such-id/turns", "{\"text\": \"hello\"}", 404, "session"),
                new Bad(tom, "/api/sessions", "{\"scenarioId\": 5}", 400, "scenarioId"),
                new Bad(tom, "/api/sessions", "{\"scenarioId\": \"no-such\"}", 400, "scenarioId"),
                new Bad(tom, "/api/sessions", "{\"scenarioId\": \"" + DRILL + "\"}", 400, "drill"),
                new Bad(tom, "/api/sessions", "{\"scenarioId\": \"" + TERESA + "\", \"feedback\": \"sometimes\"}", 400, "feedback"),
                new Bad(tom, "/api/sessions", "{\"scenarioId\": \"" + TERESA + "\", \"feedback\": 1}", 400, "feedback"),
                new Bad(tom, "/api/drills/" + DRILL + "/attempts", "{\"text\": \"" + "c".repeat(2001) + "\"}", 400, "2000"),
                new Bad(tom, "/api/drills/" + DRILL + "/attempts", "{\"text\": false}", 400, "text"),
                new Bad(tom, "/api/drills/no-such/attempts", "{\"text\": \"hi there\"}", 404, "drill"),
                new Bad(admin, "/api/users", "{\"username\": \"ok-name\", \"password\": \"long-enough-pw\", \"role\": \"god\"}", 400, "role"),
                new Bad(admin, "/api/users", "{\"username\": \"bad name\", \"password\": \"long-enough-pw\", \"role\": \"trainee\"}", 400, "username"),
                new Bad(admin, "/api/users", "{\"username\": \"ok-name\", \"password\": \"short\", \"role\": \"trainee\"}", 400, "password"),
                new Bad(admin, "/api/users", "{\"username\": \"ok-name\", \"role\": \"trainee\"}", 400, "password"),
                new Bad(admin, "/api/users", "{\"username\": [\"a\"], \"password\": \"long-enough-pw\", \"role\": \"trainee\"}", 400, "username"),
                new Bad(admin, "/api/users", "{\"username\": \"tom\", \"password\": \"long-enough-pw\", \"role\": \"trainee\"}", 409, "taken"),
                new Bad(admin, "/api/invites", "{\"maxUses\": -1}", 400, "maxUses"),
                new Bad(admin, "/api/invites", "{\"maxUses\": 1.5}", 400, "maxUses"),
                new Bad(admin, "/api/invites", "{\"maxUses\": \"3\"}", 400, "maxUses"),
                new Bad(admin, "/api/invites", "{\"maxUses\": 99999999999}", 400, "maxUses"),
                new Bad(server.client(), "/api/auth/login", "{\"username\": 1, \"password\": 2}", 400, "username"),
                new Bad(server.client(), "/api/auth/login", "username=a&password=b", 400, "not valid JSON"),
                new Bad(server.client(), "/api/auth/login", big, 413, "64 KiB"),
                new Bad(server.client(), "/api/auth/signup", "{\"inviteCode\": 7}", 400, "inviteCode"));

        String before = snapshot();
        List<String> wrong = new ArrayList<>();
        for (Bad b : cases) {
            ApiClient.Response r = b.who().post(b.path(), b.body());
            if (r.status() != b.status() || !r.json().path("detail").asText().contains(b.detailHas())
                    || !r.json().path("error").isTextual()) {
                wrong.add(b.path() + " " + abbreviate(b.body()) + " -> " + r.status() + " " + r.body());
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void anOversizedChunkedBodyWithoutLengthIsRefusedToo() throws Exception {
        String before = snapshot();
        byte[] body = ("{\"text\":\"" + "a".repeat(65 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(tom.base + "/api/sessions/" + session + "/turns"))
                .header("Cookie", tom.cookie).header("X-CSRF-Token", tom.csrf).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();
        HttpResponse<String> r = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(413);
        assertThat(r.body()).contains("\"error\"");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aResponseOfExactly2000CharactersIsAccepted() {
        String other = tom.post("/api/sessions", Map.of("scenarioId", TERESA)).expect(201).id();
        String text = ("You feel torn. ".repeat(200)).substring(0, 2000);
        tom.post("/api/sessions/" + other + "/turns", Map.of("text", text)).expect(201);
    }

    /** Every row of every table, in a fixed order: equal snapshots mean nothing was saved. */
    private String snapshot() {
        Database db = server.server.database();
        StringBuilder out = new StringBuilder();
        for (String table : List.of("users", "auth_sessions", "invites", "practice_sessions", "practice_turns", "drill_progress")) {
            out.append(table).append('\n');
            db.read("snapshot " + table, c -> {
                try (PreparedStatement p = c.prepareStatement("SELECT * FROM " + table + " ORDER BY 1, 2");
                     ResultSet r = p.executeQuery()) {
                    ResultSetMetaData m = r.getMetaData();
                    while (r.next()) {
                        for (int i = 1; i <= m.getColumnCount(); i++) {
                            out.append(r.getString(i)).append('|');
                        }
                        out.append('\n');
                    }
                }
                return null;
            });
        }
        return out.toString();
    }

    private static String abbreviate(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }
}
