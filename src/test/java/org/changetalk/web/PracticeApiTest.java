package org.changetalk.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.changetalk.practice.ResponseCoder;
import org.changetalk.coding.Coder;
import org.changetalk.practice.PracticeSession;
import org.changetalk.practice.PracticeTurn;
import org.changetalk.scenario.model.Conversation;
import org.changetalk.scenario.library.ScenarioLibrary;
import org.changetalk.storage.Database;
import org.changetalk.storage.Dialect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Practising over HTTP: turns, feedback modes, finishing, the report, progress, drills, restarts. */
class PracticeApiTest {
    static final String TERESA = "teresa-alcohol-contemplation";
    static final String DRILL = "drill-complex-reflection";
    static final List<String> RESPONSES = List.of(
            "It sounds like that drive really scared you.",
            "The quiet after close is the one time that feels like yours.",
            "What worries you most about the drive home?",
            "You're the one who decides what happens next.");

    @TempDir
    Path dir;

    private TestServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private ApiClient trainee() {
        return server.admin().create("tom", "trainee");
    }

    @Test
    void aTurnIsCodedFedBackAndStoredBeforeTheAnswer() {
        server = TestServer.start(dir);
        ApiClient tom = trainee();
        JsonNode session = tom.post("/api/sessions", Map.of("scenarioId", TERESA, "feedback", "live")).expect(201).json();
        assertThat(session.path("status").asText()).isEqualTo("active");
        assertThat(session.path("opening").path("text").asText()).isNotBlank();
        assertThat(session.path("persona").path("name").asText()).isEqualTo("Teresa Alvarez");
        String id = session.path("id").asText();

        JsonNode r = tom.post("/api/sessions/" + id + "/turns", Map.of("text", RESPONSES.get(0))).expect(201).json();
        JsonNode turn = r.path("turn");
        assertThat(turn.path("number").asInt()).isEqualTo(1);
        assertThat(turn.path("primary").asText()).isEqualTo("COMPLEX_REFLECTION");
        assertThat(turn.path("codes").get(0).path("end").asInt()).isLessThanOrEqualTo(RESPONSES.get(0).length());
        assertThat(turn.path("feedback").path("why").asText()).isNotBlank();
        assertThat(turn.path("client").path("text").asText()).isNotBlank();
        assertThat(r.path("state").path("engagement").isNumber()).isTrue();
        assertThat(r.path("status").asText()).isEqualTo("active");
        // committed: the database has it now, not later
        assertThat(storedTurns(id)).isEqualTo(1);
        JsonNode again = tom.get("/api/sessions/" + id).expect(200).json();
        assertThat(again.path("turns").get(0)).isEqualTo(turn);
        assertThat(again.path("state")).isEqualTo(r.path("state"));
    }

    @Test
    void feedbackAfterTheSessionIsWithheldUntilItIsFinished() {
        server = TestServer.start(dir);
        ApiClient tom = trainee();
        String id = tom.post("/api/sessions", Map.of("scenarioId", TERESA, "feedback", "after")).expect(201).id();

        JsonNode turn = tom.post("/api/sessions/" + id + "/turns", Map.of("text", RESPONSES.get(0))).expect(201).json().path("turn");
        for (String hidden : List.of("codes", "primary", "category", "flags", "feedback")) {
            assertThat(turn.path(hidden).isNull()).as(hidden).isTrue();
        }
        assertThat(turn.path("client").path("text").asText()).isNotBlank();
        assertThat(tom.get("/api/sessions/" + id).json().path("turns").get(0).path("codes").isNull()).isTrue();
        tom.get("/api/sessions/" + id + "/report").expect(409);

        JsonNode finished = tom.post("/api/sessions/" + id + "/finish", null).expect(200).json();
        assertThat(finished.path("status").asText()).isEqualTo("finished");
        assertThat(finished.path("turns").get(0).path("primary").asText()).isEqualTo("COMPLEX_REFLECTION");
        tom.post("/api/sessions/" + id + "/finish", null).expect(200); // idempotent
        tom.post("/api/sessions/" + id + "/turns", Map.of("text", RESPONSES.get(1))).expect(409);
        assertThat(storedTurns(id)).isEqualTo(1);
    }

    @Test
    void theReportAndProgressCountTheSession() {
        server = TestServer.start(dir);
        ApiClient tom = trainee();
        String id = tom.post("/api/sessions", Map.of("scenarioId", TERESA)).expect(201).id();
        for (String text : RESPONSES) {
            tom.post("/api/sessions/" + id + "/turns", Map.of("text", text)).expect(201);
        }
        tom.post("/api/sessions/" + id + "/finish", null).expect(200);

        JsonNode report = tom.get("/api/sessions/" + id + "/report").expect(200).json();
        JsonNode summary = report.path("summary");
        assertThat(summary.path("counts").path("COMPLEX_REFLECTION").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(summary.path("counts").path("QUESTION").asInt()).isEqualTo(1);
        assertThat(summary.path("band").asText()).isIn("below", "fair", "good");
        assertThat(report.path("thresholds").path("good").path("percentComplexReflections").asDouble()).isEqualTo(50);
        JsonNode talk = report.path("talk");
        assertThat(talk.path("change").asInt() + talk.path("sustain").asInt() + talk.path("neutral").asInt()
                + talk.path("discord").asInt()).isEqualTo(4);
        assertThat(report.path("states")).hasSize(5);
        assertThat(report.path("states").get(0).path("turn").asInt()).isZero();
        for (JsonNode k : report.path("keyTurns")) {
            assertThat(k.path("kind").asText()).isIn("won", "lost");
            assertThat(RESPONSES).contains(k.path("trainee").asText());
            assertThat(k.path("why").asText()).isNotBlank();
        }
        JsonNode progress = tom.get("/api/me/progress").expect(200).json();
        assertThat(progress.path("sessions")).hasSize(1);
        JsonNode week = progress.path("weeks").get(0);
        assertThat(week.path("week").asText()).matches("\\d{4}-W\\d{2}");
        assertThat(week.path("sessions").asInt()).isEqualTo(1);
        assertThat(week.path("reflectionToQuestion").asDouble()).isEqualTo(summary.path("reflectionToQuestion").asDouble());
        assertThat(week.path("percentComplexReflections").asDouble()).isEqualTo(summary.path("percentComplexReflections").asDouble());
        assertThat(week.path("miAdherent").asInt()).isEqualTo(summary.path("miAdherent").asInt());
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aRestartLosesNoTurnAndTheSessionGoesOnWithTheSameNextBeat(Dialect dialect) throws IOException {
        server = TestServer.start(dir, dialect);
        ApiClient tom = trainee();
        // a guided session (issue 11): stored with the session, offered the same choices after the restart
        String id = tom.post("/api/sessions", Map.of("scenarioId", TERESA, "guided", true)).expect(201).id();
        for (String text : RESPONSES.subList(0, 2)) {
            tom.post("/api/sessions/" + id + "/turns", Map.of("text", text)).expect(201);
        }
        JsonNode before = tom.get("/api/sessions/" + id).json();
        assertThat(before.path("guided").asBoolean()).isTrue();
        JsonNode offered = tom.get("/api/sessions/" + id + "/choices").expect(200).json().path("choices");
        assertThat(offered.size()).isBetween(2, 4);

        server = TestServer.restart(server);
        ApiClient again = server.client();
        again.login("tom", "password-tom").expect(200);
        JsonNode after = again.get("/api/sessions/" + id).expect(200).json();
        assertThat(after).isEqualTo(before);
        assertThat(again.get("/api/sessions/" + id + "/choices").json().path("choices")).isEqualTo(offered);
        assertThat(again.get("/api/sessions").json().get(0).path("guided").asBoolean()).isTrue();
        JsonNode third = again.post("/api/sessions/" + id + "/turns", Map.of("text", RESPONSES.get(2))).expect(201).json();

        // what the engine says with the same seed and the same three responses, never having stopped
        long seed = server.server.database().read("seed", c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT seed FROM practice_sessions WHERE id = ?")) {
                p.setString(1, id);
                try (ResultSet r = p.executeQuery()) {
                    r.next();
                    return r.getLong(1);
                }
            }
        });
        Conversation teresa = (Conversation) ScenarioLibrary.open(server.scenarios).find(TERESA).orElseThrow().scenario();
        PracticeSession reference = new PracticeSession(teresa, ResponseCoder.of(new Coder()), seed);
        PracticeTurn expected = null;
        for (String text : RESPONSES.subList(0, 3)) {
            expected = reference.respond(text);
        }
        assertThat(third.path("turn").path("number").asInt()).isEqualTo(3);
        assertThat(third.path("turn").path("client").path("beat").asText()).isEqualTo(expected.reply().beat());
        assertThat(third.path("turn").path("client").path("text").asText()).isEqualTo(expected.reply().text());
        assertThat(third.path("state").path("engagement").asDouble()).isEqualTo(expected.after().engagement());
        assertThat(again.get("/api/sessions").json().get(0).path("turns").asInt()).isEqualTo(3);
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void twoInstancesOnOneDatabaseTakeTurnsOnTheSameSessionWithoutLosingTheThread(Dialect dialect) {
        server = TestServer.start(dir, dialect);
        ApiClient tomOnA = trainee();
        String id = tomOnA.post("/api/sessions", Map.of("scenarioId", TERESA)).expect(201).id();
        tomOnA.post("/api/sessions/" + id + "/turns", Map.of("text", RESPONSES.get(0))).expect(201);
        try (TestServer b = TestServer.beside(server)) {
            ApiClient tomOnB = b.client();
            tomOnB.cookie = tomOnA.cookie; // the same sign-in works on every instance
            tomOnB.csrf = tomOnA.csrf;
            tomOnB.post("/api/sessions/" + id + "/turns", Map.of("text", RESPONSES.get(1))).expect(201);
        }
        // A's engine stopped at turn 1: it must notice, catch up from the database, and answer turn 3
        JsonNode third = tomOnA.post("/api/sessions/" + id + "/turns", Map.of("text", RESPONSES.get(2))).expect(201).json();

        long seed = seed(id);
        Conversation teresa = (Conversation) ScenarioLibrary.open(server.scenarios).find(TERESA).orElseThrow().scenario();
        PracticeSession reference = new PracticeSession(teresa, ResponseCoder.of(new Coder()), seed);
        PracticeTurn expected = null;
        for (String text : RESPONSES.subList(0, 3)) {
            expected = reference.respond(text);
        }
        assertThat(third.path("turn").path("number").asInt()).isEqualTo(3);
        assertThat(third.path("turn").path("client").path("text").asText()).isEqualTo(expected.reply().text());
        assertThat(storedTurns(id)).isEqualTo(3);
    }

    private long seed(String id) {
        return server.server.database().read("seed", c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT seed FROM practice_sessions WHERE id = ?")) {
                p.setString(1, id);
                try (ResultSet r = p.executeQuery()) {
                    r.next();
                    return r.getLong(1);
                }
            }
        });
    }

    @Test
    void drillsClimbByTheMasteryRuleAndRememberTheLevelAcrossRestarts() {
        server = TestServer.start(dir);
        ApiClient tom = trainee();
        JsonNode start = tom.get("/api/drills/" + DRILL + "/progress").expect(200).json();
        assertThat(start.path("level").asText()).isEqualTo("beginner");
        assertThat(start.path("prompt").path("client").asText()).isNotBlank();

        JsonNode bad = tom.post("/api/drills/" + DRILL + "/attempts", Map.of("text", "You should stop drinking.")).expect(201).json();
        assertThat(bad.path("attempt").path("success").asBoolean()).isFalse();
        assertThat(bad.path("progress").path("recent")).hasSize(1);
        int good = 0;
        JsonNode last = bad;
        for (int i = 0; i < 8 && last.path("progress").path("level").asText().equals("beginner"); i++) {
            last = tom.post("/api/drills/" + DRILL + "/attempts",
                    Map.of("text", "It sounds like you feel worn down and scared of losing what matters.")).expect(201).json();
            good += last.path("attempt").path("success").asBoolean() ? 1 : 0;
        }
        assertThat(good).as("the mastery rule is 4 of the last 5").isEqualTo(4);
        assertThat(last.path("progress").path("level").asText()).isEqualTo("intermediate");

        server = TestServer.restart(server);
        ApiClient again = server.client();
        again.login("tom", "password-tom").expect(200);
        JsonNode remembered = again.get("/api/drills/" + DRILL + "/progress").expect(200).json();
        assertThat(remembered.path("level").asText()).isEqualTo("intermediate");
        assertThat(remembered.path("prompt")).isEqualTo(last.path("progress").path("prompt"));
    }

    @Test
    void aChangedScenarioFileIsPickedUpWithoutARestart() throws Exception {
        server = TestServer.start(dir);
        ApiClient tom = trainee();
        String text = Files.readString(server.scenarios.resolve(TERESA + ".json"))
                .replace("id: '" + TERESA + "'", "id: 'teresa-copy'")
                .replace("title: \"Teresa, 46: the drive she can't remember\"", "title: 'Teresa again'");
        assertThat(text).contains("teresa-copy", "Teresa again");
        tom.get("/api/scenarios/teresa-copy").expect(404);

        Files.writeString(server.scenarios.resolve("teresa-copy.json"), text);

        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        ApiClient.Response r = tom.get("/api/scenarios/teresa-copy");
        while (r.status() != 200 && System.nanoTime() < deadline) {
            Thread.sleep(100);
            r = tom.get("/api/scenarios/teresa-copy");
        }
        r.expect(200);
        assertThat(r.json().path("title").asText()).isEqualTo("Teresa again");
        assertThat(tom.get("/api/scenarios?kind=conversation").body()).contains("teresa-copy");
        assertThat(tom.get("/api/scenarios?kind=drill").body()).doesNotContain("teresa-copy");
        tom.get("/api/scenarios?stage=nowhere").expect(400);
    }

    private int storedTurns(String id) {
        Database db = server.server.database();
        return db.read("count turns", c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM practice_turns WHERE session_id = ?")) {
                p.setString(1, id);
                try (ResultSet r = p.executeQuery()) {
                    r.next();
                    return r.getInt(1);
                }
            }
        });
    }
}
