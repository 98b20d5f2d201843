package org.changetalk.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12: a practice turn sent again with the same request key (its first answer was lost on the way) is
 * returned as stored, never stored twice.
 */
class IdempotentTurnsTest {
    @TempDir
    Path dir;

    @Test
    void aResendWithTheSameKeyReturnsTheStoredTurn() {
        try (TestServer server = TestServer.start(dir)) {
            ApiClient tom = server.admin().create("tom", "trainee");
            String s = tom.post("/api/sessions", Map.of("scenarioId", "teresa-alcohol-contemplation")).expect(201).id();
            String path = "/api/sessions/" + s + "/turns";
            Map<String, String> first = Map.of("text", "It sounds like that drive scared you.", "requestKey", "key-0001-abcdef");
            JsonNode a = tom.post(path, first).expect(201).json();
            JsonNode b = tom.post(path, first).expect(201).json();
            // the same turn (the coder's confidence is not kept in storage yet, so the stored turn reads it as 1.0)
            for (String field : new String[] {"number", "trainee", "primary", "category", "client", "state"}) {
                assertThat(b.path("turn").path(field)).as(field).isEqualTo(a.path("turn").path(field));
            }
            assertThat(tom.get("/api/sessions/" + s).json().path("turns")).hasSize(1);

            tom.post(path, Map.of("text", "Something else entirely.", "requestKey", "key-0001-abcdef")).expect(409);
            tom.post(path, Map.of("text", "What would you like to do?", "requestKey", "bad key!")).expect(400);
            JsonNode c = tom.post(path, Map.of("text", "What would you like to do?", "requestKey", "key-0002-abcdef")).expect(201).json();
            assertThat(c.path("turn").path("number").asInt()).isEqualTo(2);
            tom.post(path, Map.of("text", "What would you like to do?")).expect(201); // no key: stored again, as before
            assertThat(tom.get("/api/sessions/" + s).json().path("turns")).hasSize(3);
        }
    }

    /**
     * An instance answers a turn from the session's record as it last stored it (no read per turn); when another
     * instance moved the session on meanwhile, the database refuses the turn and it is answered again from a fresh
     * read: the turn numbers, the resend of the other instance's turn and the refusal after finishing are as if
     * every turn had read the record first.
     */
    @Test
    void aTurnStoredByAnotherInstanceIsSeenBeforeAnswering() {
        try (TestServer a = TestServer.start(dir); TestServer b = TestServer.beside(a)) {
            ApiClient tom = a.admin().create("tom", "trainee");
            ApiClient tomOnB = b.client();
            tomOnB.cookie = tom.cookie;
            tomOnB.csrf = tom.csrf;
            String s = tom.post("/api/sessions", Map.of("scenarioId", "teresa-alcohol-contemplation")).expect(201).id();
            String path = "/api/sessions/" + s + "/turns";
            Map<String, String> second = Map.of("text", "The quiet after close feels like yours.", "requestKey", "key-0002-abcdef");
            tom.post(path, Map.of("text", "It sounds like that drive scared you.", "requestKey", "key-0001-abcdef")).expect(201);
            assertThat(tomOnB.post(path, second).expect(201).json().path("turn").path("number").asInt()).isEqualTo(2);

            JsonNode third = tom.post(path, Map.of("text", "What would you like to be different?", "requestKey",
                    "key-0003-abcdef")).expect(201).json();
            assertThat(third.path("turn").path("number").asInt()).isEqualTo(3);
            assertThat(tom.post(path, second).expect(201).json().path("turn").path("number").asInt()).isEqualTo(2);
            assertThat(tom.get("/api/sessions/" + s).json().path("turns")).hasSize(3);

            tomOnB.post("/api/sessions/" + s + "/finish", null).expect(200);
            tom.post(path, Map.of("text", "Whatever you decide is up to you.", "requestKey", "key-0004-abcdef")).expect(409);
            assertThat(tom.get("/api/sessions/" + s).json().path("turns")).hasSize(3);
        }
    }
}
