package org.changetalk.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.changetalk.storage.Dialect;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deleting and renaming scenarios and saving test plans from the studio, on both stores: the scenarios folder
 * (SQLite) and the database several instances share (PostgreSQL). Versions are kept, bad ids and taken ids are
 * refused, a stale author is told, and sessions that were practised on the old id still open (a rename moves
 * them, so an unfinished one goes on).
 */
class StudioLifecycleApiTest {
    static final String WALT = "walt-gambling-precontemplation";
    static final String DRILL = "drill-affirmation";
    static final String OPENING = "You came to keep the peace, and what you do with your own time and money is your decision.";

    @TempDir
    Path dir;

    /** One server per store (a PostgreSQL start costs seconds): the plan, then rename and delete. */
    @ParameterizedTest
    @EnumSource(value = Dialect.class)
    void plansAreSavedAndScenariosRenamedAndDeleted(Dialect dialect) throws IOException {
        try (TestServer server = TestServer.start(dir, dialect)) {
            ApiClient irene = server.admin().create("irene", "instructor");
            ApiClient tom = irene.create("tom", "trainee");
            aTestPlanIsSavedBesideItsScenarioOrRefusedWithTheLineAndColumnOfItsFirstError(server, irene, tom, dialect);
            renameMovesTextPlanVersionsAndSessionsAndDeleteKeepsTheVersionsAndTheSessionsReadable(server, irene, tom, dialect);
        }
    }

    private void renameMovesTextPlanVersionsAndSessionsAndDeleteKeepsTheVersionsAndTheSessionsReadable(
            TestServer server, ApiClient irene, ApiClient tom, Dialect dialect) throws IOException {
        {
            boolean folder = dialect == Dialect.SQLITE;

            // two sessions on Walt: one finished, one still going; and a place in a drill
            String finished = tom.post("/api/sessions", Map.of("scenarioId", WALT, "feedback", "live")).expect(201).id();
            tom.post("/api/sessions/" + finished + "/turns", Map.of("text", OPENING)).expect(201);
            tom.post("/api/sessions/" + finished + "/finish", null).expect(200);
            String going = tom.post("/api/sessions", Map.of("scenarioId", WALT, "feedback", "live")).expect(201).id();
            tom.post("/api/sessions/" + going + "/turns", Map.of("text", OPENING)).expect(201);
            tom.post("/api/drills/" + DRILL + "/attempts", Map.of("text", "You stuck with it all week.")).expect(201);

            JsonNode walt = irene.get("/api/studio/scenarios/" + WALT).expect(200).json();
            String v1 = walt.path("version").asText();
            JsonNode uses = irene.get("/api/studio/scenarios/" + WALT + "/uses").expect(200).json();
            assertThat(uses.path("finishedSessions").asInt()).isEqualTo(1);
            assertThat(uses.path("unfinishedSessions").asInt()).isEqualTo(1);

            // refusals: a bad new id, the same id, a taken id, no such scenario, a stale version
            assertThat(irene.post("/api/studio/scenarios/" + WALT + "/rename", Map.of("to", "Walt Gambling", "baseVersion", v1))
                    .expect(400).body()).contains("to:");
            irene.post("/api/studio/scenarios/" + WALT + "/rename", Map.of("to", WALT, "baseVersion", v1)).expect(400);
            irene.post("/api/studio/scenarios/" + WALT + "/rename", Map.of("to", "walt-schema", "baseVersion", v1)).expect(400);
            assertThat(irene.post("/api/studio/scenarios/" + WALT + "/rename", Map.of("to", "teresa-alcohol-contemplation",
                    "baseVersion", v1)).expect(409).body()).contains("already a scenario");
            irene.post("/api/studio/scenarios/nobody-here/rename", Map.of("to", "nobody-there", "baseVersion", v1)).expect(404);
            assertThat(irene.post("/api/studio/scenarios/" + WALT + "/rename", Map.of("to", "walt-new", "baseVersion", "0123"))
                    .expect(409).json().path("error").asText()).isEqualTo("stale");
            irene.post("/api/studio/scenarios/" + WALT + "/rename", Map.of("to", "walt-new")).expect(400);
            tom.post("/api/studio/scenarios/" + WALT + "/rename", Map.of("to", "walt-new", "baseVersion", v1)).expect(403);

            // rename: the id inside the text and the plan change, nothing else does
            String to = "walt-gambling-widowed";
            JsonNode renamed = irene.post("/api/studio/scenarios/" + WALT + "/rename", Map.of("to", to, "baseVersion", v1))
                    .expect(200).json();
            assertThat(renamed.path("from").asText()).isEqualTo(WALT);
            assertThat(renamed.path("unfinishedSessions").asInt()).isEqualTo(1);
            JsonNode moved = irene.get("/api/studio/scenarios/" + to).expect(200).json();
            String original = walt.path("text").asText();
            assertThat(moved.path("text").asText()).isEqualTo(original.replace("id: '" + WALT + "'", "id: '" + to + "'"));
            // in the plan too, only the scenario field: its comment still says where it came from
            assertThat(moved.path("planText").asText()).contains("scenario: '" + to + "'", "Test plan for " + WALT)
                    .doesNotContain("scenario: '" + WALT);
            irene.get("/api/studio/scenarios/" + WALT).expect(404);
            assertThat(tom.get("/api/scenarios").body()).contains(to).doesNotContain("\"" + WALT + "\"");
            // versions: the text before the rename is kept, and the rename is a version of its own
            JsonNode versions = irene.get("/api/studio/scenarios/" + to + "/versions").expect(200).json();
            assertThat(versions.size()).isEqualTo(2);
            assertThat(irene.get("/api/studio/scenarios/" + to + "/versions/1").json().path("text").asText()).isEqualTo(original);
            assertThat(versions.get(0).path("savedBy").path("username").asText()).isEqualTo("irene");
            if (folder) {
                assertThat(server.scenarios.resolve(WALT + ".json")).doesNotExist();
                assertThat(server.scenarios.resolve(WALT + ".test.json")).doesNotExist();
                assertThat(server.scenarios.resolve(to + ".test.json")).exists();
            }
            // both sessions open under the new id; the unfinished one goes on
            assertThat(tom.get("/api/sessions/" + finished).expect(200).json().path("scenarioId").asText()).isEqualTo(to);
            tom.get("/api/sessions/" + finished + "/report").expect(200);
            tom.post("/api/sessions/" + going + "/turns",
                    Map.of("text", "It sounds like you feel lonely in that quiet house, and the casino is where people still know you."))
                    .expect(201);
            // the test plan still passes under the new id (the library read it with its new scenario field)
            JsonNode run = irene.post("/api/studio/test", Map.of("text", moved.path("text").asText(),
                    "planText", moved.path("planText").asText())).expect(200).json();
            assertThat(run.path("passed").asBoolean()).as("%s", run).isTrue();

            // a drill renamed keeps the trainees' places in it
            String drillVersion = irene.get("/api/studio/scenarios/" + DRILL).json().path("version").asText();
            irene.post("/api/studio/scenarios/" + DRILL + "/rename", Map.of("to", "drill-affirming", "baseVersion", drillVersion))
                    .expect(200);
            assertThat(tom.get("/api/drills/drill-affirming/progress").expect(200).json().path("recent").size()).isEqualTo(1);

            // delete: needs the version seen, refuses a stale one, keeps every version, sessions still open
            irene.delete("/api/studio/scenarios/" + to).expect(400);
            irene.delete("/api/studio/scenarios/" + to + "?version=0123").expect(409);
            irene.delete("/api/studio/scenarios/nobody-here?version=0123").expect(404);
            tom.delete("/api/studio/scenarios/" + to + "?version=" + renamed.path("version").asText()).expect(403);
            JsonNode deleted = irene.delete("/api/studio/scenarios/" + to + "?version=" + renamed.path("version").asText())
                    .expect(200).json();
            assertThat(deleted.path("versionsKept").asInt()).isEqualTo(2);
            assertThat(deleted.path("finishedSessions").asInt()).isEqualTo(1);
            irene.get("/api/studio/scenarios/" + to).expect(404);
            assertThat(irene.get("/api/studio/scenarios").body()).doesNotContain(to);
            assertThat(tom.get("/api/scenarios").body()).doesNotContain(to);
            assertThat(irene.get("/api/studio/scenarios/" + to + "/versions").expect(200).json().size()).isEqualTo(2);
            JsonNode gone = irene.get("/api/studio/deleted").expect(200).json();
            assertThat(gone.size()).isEqualTo(1);
            assertThat(gone.get(0).path("id").asText()).isEqualTo(to);
            assertThat(gone.get(0).path("versions").asInt()).isEqualTo(2);
            if (folder) {
                assertThat(server.scenarios.resolve(to + ".json")).doesNotExist();
                assertThat(server.scenarios.resolve(to + ".test.json")).doesNotExist();
            }
            JsonNode afterDelete = tom.get("/api/sessions/" + finished).expect(200).json();
            assertThat(afterDelete.path("turns").size()).isEqualTo(1);
            tom.get("/api/sessions/" + finished + "/report").expect(200);
            // the unfinished one opens too; it cannot go on once its conversation is no longer held in memory
            // (after a restart: "no longer in the library"), which the delete's confirmation tells the author
            assertThat(tom.get("/api/sessions/" + going).expect(200).json().path("turns").size()).isEqualTo(2);
            // a deleted scenario's id is not free for a rename (its versions are kept under it) ...
            String teresa = irene.get("/api/studio/scenarios/teresa-alcohol-contemplation").json().path("version").asText();
            assertThat(irene.post("/api/studio/scenarios/teresa-alcohol-contemplation/rename", Map.of("to", to, "baseVersion", teresa))
                    .expect(409).body()).contains("deleted scenario");
            // ... but saving a kept version under it brings the scenario back, its history going on
            String v1Text = irene.get("/api/studio/scenarios/" + to + "/versions/2").json().path("text").asText();
            JsonNode back = irene.put("/api/studio/scenarios/" + to, Map.of("text", v1Text)).expect(201).json();
            assertThat(back.path("number").asInt()).isEqualTo(3);
            assertThat(irene.get("/api/studio/deleted").expect(200).json().size()).isZero();
        }
    }

    private void aTestPlanIsSavedBesideItsScenarioOrRefusedWithTheLineAndColumnOfItsFirstError(
            TestServer server, ApiClient irene, ApiClient tom, Dialect dialect) throws IOException {
        {
            String id = "teresa-alcohol-contemplation";
            String plan = irene.get("/api/studio/scenarios/" + id).expect(200).json().path("planText").asText();

            // a step that names a beat the scenario does not have: refused where it is, nothing saved
            String bad = plan.replaceFirst("beat: '[a-z-]+'", "beat: 'nowhere'");
            int line = (int) bad.substring(0, bad.indexOf("beat: 'nowhere'")).chars().filter(c -> c == '\n').count() + 1;
            JsonNode refused = irene.put("/api/studio/scenarios/" + id + "/plan", Map.of("text", bad)).expect(400).json();
            assertThat(refused.path("error").asText()).isEqualTo("invalid_plan");
            assertThat(refused.path("detail").asText()).startsWith("text: ").contains(" " + line + ":", "nowhere");
            assertThat(refused.path("problems").get(0).path("line").asInt()).isEqualTo(line);
            assertThat(irene.get("/api/studio/scenarios/" + id).json().path("planText").asText()).isEqualTo(plan);
            irene.put("/api/studio/scenarios/" + id + "/plan", Map.of("text", "{ format: 1, scenario: ")).expect(400);

            // a good edit is saved where the library reads it, and the earlier plan is kept as a version
            String edited = plan.replaceFirst("seed: \\d+", "seed: 5");
            assertThat(edited).isNotEqualTo(plan);
            JsonNode saved = irene.put("/api/studio/scenarios/" + id + "/plan", Map.of("text", edited)).expect(200).json();
            assertThat(saved.path("number").asInt()).isEqualTo(2);
            assertThat(irene.get("/api/studio/scenarios/" + id).json().path("planText").asText()).isEqualTo(edited);
            if (dialect == Dialect.SQLITE) {
                assertThat(Files.readString(server.scenarios.resolve(id + ".test.json"))).isEqualTo(edited);
            }

            // the plan's versions are browsable like the scenario's: newest first, each with its text
            JsonNode planVersions = irene.get("/api/studio/scenarios/" + id + "/plan/versions").expect(200).json();
            assertThat(planVersions).extracting(v -> v.path("number").asInt()).containsExactly(2, 1);
            assertThat(planVersions.get(0).path("savedBy").path("username").asText()).isEqualTo("irene");
            assertThat(irene.get("/api/studio/scenarios/" + id + "/plan/versions/1").expect(200).json().path("text").asText()).isEqualTo(plan);
            assertThat(irene.get("/api/studio/scenarios/" + id + "/plan/versions/2").expect(200).json().path("text").asText()).isEqualTo(edited);
            irene.get("/api/studio/scenarios/" + id + "/plan/versions/3").expect(404);
            irene.get("/api/studio/scenarios/" + id + "/plan/versions/x").expect(404);
            irene.get("/api/studio/scenarios/nobody-here/plan/versions").expect(404);
            tom.get("/api/studio/scenarios/" + id + "/plan/versions").expect(403);

            // only a published scenario takes a plan; an unknown one is 404; a trainee may not
            Map<String, Object> draft = new HashMap<>();
            draft.put("text", irene.get("/api/studio/template?kind=conversation&id=new-draft").json().path("text").asText());
            draft.put("draft", true);
            irene.put("/api/studio/scenarios/new-draft", draft).expect(201);
            assertThat(irene.put("/api/studio/scenarios/new-draft/plan", Map.of("text", edited)).expect(409).body()).contains("draft");
            irene.put("/api/studio/scenarios/nobody-here/plan", Map.of("text", edited)).expect(404);
            irene.put("/api/studio/scenarios/Bad_Id/plan", Map.of("text", edited)).expect(400);
            tom.put("/api/studio/scenarios/" + id + "/plan", Map.of("text", edited)).expect(403);
        }
    }
}
