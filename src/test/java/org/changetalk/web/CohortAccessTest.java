package org.changetalk.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, finding 5: cohort access can be taken back. A co-instructor sees the members' finished practice
 * sessions only while both are in the cohort, never imported transcripts unless shared; removing them, removing
 * the member or the member leaving ends it at once; every grant and removal is in the audit log.
 */
class CohortAccessTest {
    private static final String TERESA = "teresa-alcohol-contemplation";

    @TempDir
    Path dir;

    @Test
    void accessGrantedThroughACohortCanBeTakenBackAndIsAudited() {
        try (TestServer server = TestServer.start(dir)) {
            ApiClient admin = server.admin();
            ApiClient ana = admin.create("ana", "instructor");
            ApiClient boris = admin.create("boris", "instructor");
            ApiClient tara = admin.create("tara", "trainee"); // not managed by ana or bo: only the cohort links them

            JsonNode cohort = ana.post("/api/cohorts", Map.of("name", "Autumn group")).expect(201).json();
            String c = cohort.path("id").asText();
            assertThat(cohort.path("visibility").asText()).contains("instructors see").contains("shared");
            tara.post("/api/cohorts/join", Map.of("inviteCode", cohort.path("inviteCode").asText())).expect(200);

            String practice = tara.post("/api/sessions", Map.of("scenarioId", TERESA)).expect(201).id();
            tara.post("/api/sessions/" + practice + "/turns", Map.of("text", "It sounds like that drive scared you.")).expect(201);
            tara.post("/api/sessions/" + practice + "/finish", null).expect(200);
            String going = tara.post("/api/sessions", Map.of("scenarioId", TERESA)).expect(201).id();
            String imported = tara.post("/api/imports", Map.of("format", "txt", "text", CohortApiTest.TRANSCRIPT)).expect(201).id();

            ana.post("/api/cohorts/" + c + "/instructors", Map.of("username", "boris")).expect(201);
            boris.get("/api/sessions/" + practice + "/review").expect(200);
            boris.get("/api/sessions/" + imported + "/review").expect(404); // private until shared
            boris.get("/api/sessions/" + going + "/review").expect(404);
            assertThat(ids(boris.get("/api/cohorts/" + c + "/sessions").json())).containsExactly(practice);
            tara.post("/api/sessions/" + imported + "/shares", Map.of("cohortId", c)).expect(201);
            boris.get("/api/sessions/" + imported + "/review").expect(200);

            // a co-instructor can be removed, and with that their view of the members' sessions ends
            String borisId = userId(admin, "boris");
            ana.delete("/api/cohorts/" + c + "/instructors/" + borisId).expect(204);
            boris.get("/api/sessions/" + practice + "/review").expect(404);
            boris.get("/api/sessions/" + imported + "/review").expect(404);
            boris.get("/api/cohorts/" + c).expect(404);
            // the last instructor stays
            ana.delete("/api/cohorts/" + c + "/instructors/" + userId(admin, "ana")).expect(409);
            ana.post("/api/cohorts/" + c + "/leave", null).expect(409);

            // the trainee leaves: the remaining instructor stops seeing her sessions, and her shares are withdrawn
            ana.get("/api/sessions/" + practice + "/review").expect(200);
            tara.post("/api/cohorts/" + c + "/leave", null).expect(204);
            ana.get("/api/sessions/" + practice + "/review").expect(404);
            ana.get("/api/sessions/" + imported + "/review").expect(404);
            assertThat(tara.get("/api/sessions/" + imported + "/shares").json()).isEmpty();

            // removing a member who rejoined ends access the same way
            tara.post("/api/cohorts/join", Map.of("inviteCode", cohort.path("inviteCode").asText())).expect(200);
            ana.get("/api/sessions/" + practice + "/review").expect(200);
            ana.delete("/api/cohorts/" + c + "/members/" + userId(admin, "tara")).expect(204);
            ana.get("/api/sessions/" + practice + "/review").expect(404);
            ana.delete("/api/cohorts/" + c + "/members/" + userId(admin, "tara")).expect(204); // idempotent, not audited again

            List<String> actions = new ArrayList<>();
            for (JsonNode e : admin.get("/api/audit").expect(200).json()) {
                if (c.equals(e.path("cohortId").asText())) {
                    actions.add(e.path("action").asText() + " " + e.path("actor").path("username").asText() + " "
                            + e.path("subject").path("username").asText());
                }
            }
            assertThat(actions).containsExactly("member_removed ana tara", "member_joined tara tara", "member_left tara tara",
                    "instructor_removed ana boris", "instructor_added ana boris", "member_joined tara tara");
            ana.get("/api/audit").expect(403);
        }
    }

    @Test
    void twoInstructorsRecodingOneTurnTheStaleOneGets409() {
        try (TestServer server = TestServer.start(dir)) {
            ApiClient admin = server.admin();
            ApiClient ana = admin.create("ana", "instructor");
            ApiClient tom = ana.create("tom", "trainee");
            String s = tom.post("/api/sessions", Map.of("scenarioId", TERESA)).expect(201).id();
            tom.post("/api/sessions/" + s + "/turns", Map.of("text", "It sounds like that drive scared you.")).expect(201);
            tom.post("/api/sessions/" + s + "/finish", null).expect(200);
            JsonNode turn = admin.get("/api/sessions/" + s + "/review").expect(200).json().path("turns").get(0);
            int seen = turn.path("review").path("version").asInt();
            assertThat(seen).isZero();
            String path = "/api/sessions/" + s + "/turns/" + turn.path("number").asInt() + "/codes";
            List<Map<String, Object>> codes = List.of(Map.of("code", "SIMPLE_REFLECTION", "reflection", "simple"));
            // both opened the review at version 0; ana saves first, the admin's save is stale
            JsonNode saved = ana.put(path, Map.of("codes", codes, "version", seen)).expect(200).json();
            assertThat(saved.path("review").path("version").asInt()).isEqualTo(1);
            ApiClient.Response stale = admin.put(path, Map.of("codes", List.of(Map.of("code", "GIVING_INFORMATION")), "version", seen));
            stale.expect(409);
            assertThat(stale.json().path("error").asText()).isEqualTo("stale");
            assertThat(admin.get("/api/sessions/" + s + "/review").json().path("turns").get(0).path("human").path("by")
                    .path("username").asText()).isEqualTo("ana");
            admin.put(path, Map.of("codes", List.of(Map.of("code", "GIVING_INFORMATION")), "version", 1)).expect(200);
        }
    }

    private static List<String> ids(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(s -> out.add(s.path("id").asText()));
        return out;
    }

    private static String userId(ApiClient admin, String username) {
        for (JsonNode u : admin.get("/api/users").expect(200).json()) {
            if (u.path("username").asText().equals(username)) {
                return u.path("id").asText();
            }
        }
        throw new AssertionError("no user " + username);
    }
}
