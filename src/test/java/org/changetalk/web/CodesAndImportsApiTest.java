package org.changetalk.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One invite concept: a cohort's join code works at sign-up; admins assign trainees to instructors;
 * instructors add trainees who joined with their code; an instructor's import is attributed and shared.
 */
class CodesAndImportsApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static String json(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    @TempDir
    Path dir;

    private static String userId(ApiClient c) {
        return c.get("/api/auth/me").json().path("user").path("id").asText();
    }

    @Test
    void aCohortJoinCodeMakesTheAccountAndJoinsTheCohort() {
        try (TestServer server = TestServer.start(dir)) {
            ApiClient irene = server.admin().create("irene", "instructor");
            JsonNode cohort = irene.post("/api/cohorts", Map.of("name", "Spring group")).expect(201).json();
            String code = cohort.path("inviteCode").asText();

            ApiClient ines = server.client();
            JsonNode signedUp = ines.post("/api/auth/signup", Map.of("inviteCode", code, "username", "ines",
                    "password", "password-ines-1")).expect(201).json();

            assertThat(signedUp.path("user").path("role").asText()).isEqualTo("trainee");
            assertThat(irene.get("/api/cohorts/" + cohort.path("id").asText()).json().path("members").toString()).contains("\"ines\"");
            assertThat(irene.get("/api/users").json().toString()).as("managed by the cohort's instructor").contains("\"ines\"");
            assertThat(ines.get("/api/cohorts").json().get(0).path("myRole").asText()).isEqualTo("member");
            // neither kind of code: the same refusal as before, and no account
            server.client().post("/api/auth/signup", Map.of("inviteCode", "nope-nope", "username", "nina",
                    "password", "password-nina-1")).expect(400);
            server.client().login("nina", "password-nina-1").expect(401);
        }
    }

    @Test
    void anAdminAssignsATraineeAndAnInstructorAddsWhoJoinedWithHerCode() {
        try (TestServer server = TestServer.start(dir)) {
            ApiClient admin = server.admin();
            ApiClient irene = admin.create("irene", "instructor");
            ApiClient tara = admin.create("tara", "trainee");
            ApiClient tom = admin.create("tom", "trainee");
            String first = irene.post("/api/cohorts", Map.of("name", "Spring")).expect(201).id();
            JsonNode second = irene.post("/api/cohorts", Map.of("name", "Autumn")).expect(201).json();

            irene.post("/api/cohorts/" + first + "/members", Map.of("username", "tara")).expect(400);
            irene.put("/api/users/" + userId(tara) + "/instructor", Map.of("instructor", "irene")).expect(403);
            admin.put("/api/users/" + userId(tara) + "/instructor", Map.of("instructor", "tom")).expect(400);
            admin.put("/api/users/" + userId(tara) + "/instructor", Map.of("instructor", "irene")).expect(200);
            irene.post("/api/cohorts/" + first + "/members", Map.of("username", "tara")).expect(201);

            // tom joined Autumn with its code: irene may now add him to Spring as well
            tom.post("/api/cohorts/join", Map.of("inviteCode", second.path("inviteCode").asText())).expect(200);
            irene.post("/api/cohorts/" + first + "/members", Map.of("username", "tom")).expect(201);
        }
    }

    @Test
    void anInstructorsImportIsAttributedToHerTraineeOrHerselfAndShared() {
        try (TestServer server = TestServer.start(dir)) {
            ApiClient admin = server.admin();
            ApiClient irene = admin.create("irene", "instructor");
            ApiClient tom = irene.create("tom", "trainee");
            ApiClient tara = irene.create("tara", "trainee");
            ApiClient stranger = admin.create("sam", "trainee");
            String cohort = irene.post("/api/cohorts", Map.of("name", "Spring")).expect(201).id();
            irene.post("/api/cohorts/" + cohort + "/members", Map.of("username", "tara")).expect(201);

            // someone she does not manage: refused, nothing saved
            irene.post("/api/imports", Map.of("format", "txt", "text", CohortApiTest.TRANSCRIPT, "owner", userId(stranger)))
                    .expect(400);
            irene.post("/api/imports", Map.of("format", "txt", "text", CohortApiTest.TRANSCRIPT, "shareWith", List.of("no-such")))
                    .expect(400);
            assertThat(stranger.get("/api/sessions").json()).isEmpty();

            String toms = irene.post("/api/imports", Map.of("format", "txt", "text", CohortApiTest.TRANSCRIPT,
                    "title", "Role-play with Tom", "owner", userId(tom))).expect(201).id();
            assertThat(tom.get("/api/sessions").json().toString()).contains(toms);
            tom.get("/api/sessions/" + toms + "/review").expect(200);

            // asked for progress (as the import page asks): a refusal is still a plain JSON error with its status ...
            Map<String, String> lines = Map.of("Accept", ImportProgress.TYPE);
            ApiClient.Response refused = irene.send("POST", "/api/imports", json(Map.of("format", "txt", "text",
                    CohortApiTest.TRANSCRIPT, "shareWith", List.of("no-such"))), lines).expect(400);
            assertThat(refused.header("Content-Type")).startsWith("application/json");
            // ... and an accepted one answers a line per hundredth of the turns coded, then what a plain import answers
            ApiClient.Response streamed = irene.send("POST", "/api/imports", json(Map.of("format", "txt", "text",
                    CohortApiTest.TRANSCRIPT, "title", "My demonstration", "shareWith", List.of(cohort))), lines).expect(200);
            assertThat(streamed.header("Content-Type")).startsWith(ImportProgress.TYPE);
            List<JsonNode> answer = streamed.body().lines().map(l -> {
                try {
                    return JSON.readTree(l);
                } catch (java.io.IOException e) {
                    throw new AssertionError("not a JSON line: " + l, e);
                }
            }).toList();
            List<JsonNode> progress = answer.subList(0, answer.size() - 1);
            int turns = (int) CohortApiTest.TRANSCRIPT.lines().filter(l -> !l.isBlank()).count();
            assertThat(progress).allSatisfy(p -> assertThat(p.path("total").asInt()).isEqualTo(turns));
            assertThat(progress.stream().map(p -> p.path("coded").asInt()).toList()).startsWith(0).endsWith(turns).isSorted()
                    .doesNotHaveDuplicates();
            JsonNode imported = answer.get(answer.size() - 1).path("imported");
            assertThat(imported.path("title").asText()).isEqualTo("My demonstration");
            String hers = imported.path("id").asText();
            JsonNode seenByTara = tara.get("/api/cohorts/" + cohort + "/sessions").expect(200).json();
            assertThat(seenByTara).hasSize(1);
            assertThat(seenByTara.get(0).path("id").asText()).isEqualTo(hers);
            assertThat(seenByTara.get(0).path("shared").asBoolean()).isTrue();
            tara.get("/api/sessions/" + hers + "/review").expect(200);
        }
    }
}
