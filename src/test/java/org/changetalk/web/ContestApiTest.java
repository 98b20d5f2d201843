package org.changetalk.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A trainee contests a code; the instructor's queue has it; she settles it; the trainee reads the answer. */
class ContestApiTest {
    @TempDir
    Path dir;

    @Test
    void contestQueueSettleAndAnswer() throws Exception {
        try (TestServer server = TestServer.start(dir)) {
            ApiClient admin = server.admin();
            ApiClient irene = admin.create("irene", "instructor");
            ApiClient other = admin.create("olga", "instructor");
            ApiClient tom = irene.create("tom", "trainee");
            ApiClient sam = irene.create("sam", "trainee");
            String session = tom.post("/api/sessions", Map.of("scenarioId", "teresa-alcohol-contemplation")).expect(201).id();
            JsonNode turn = tom.post("/api/sessions/" + session + "/turns",
                    Map.of("text", "So the drive home scared you.")).expect(201).json().path("turn");
            String auto = turn.path("primary").asText();
            String meant = auto.equals("COMPLEX_REFLECTION") ? "SIMPLE_REFLECTION" : "COMPLEX_REFLECTION";
            String path = "/api/sessions/" + session + "/turns/1/contest";

            sam.post(path, Map.of("code", meant)).expect(404);
            tom.post(path, Map.of("code", auto)).expect(400);
            tom.post(path, Map.of("code", "REFLECTION")).expect(400);
            JsonNode contest = tom.post(path, Map.of("code", meant, "note", "I meant it as a reflection of her fear."))
                    .expect(201).json();
            tom.post(path, Map.of("code", meant)).expect(409);
            assertThat(contest.path("status").asText()).isEqualTo("open");

            assertThat(other.get("/api/contests").json()).isEmpty();
            JsonNode queue = irene.get("/api/contests").expect(200).json();
            assertThat(queue).hasSize(1);
            assertThat(queue.get(0).path("note").asText()).contains("fear");
            assertThat(queue.get(0).path("trainee").asText()).isEqualTo("So the drive home scared you.");
            String id = contest.path("id").asText();
            other.post("/api/contests/" + id + "/settle", Map.of("outcome", "confirmed")).expect(404);
            irene.post("/api/contests/" + id + "/settle", Map.of("outcome", "maybe")).expect(400);

            // recoding needs the session finished, as any recode does; confirming would not
            irene.post("/api/contests/" + id + "/settle", Map.of("outcome", "recoded", "codes", List.of(Map.of("code", meant))))
                    .expect(409);
            tom.post("/api/sessions/" + session + "/finish", null).expect(200);
            JsonNode settled = irene.post("/api/contests/" + id + "/settle", Map.of("outcome", "recoded",
                    "codes", List.of(Map.of("code", meant)), "answer", "Yes: you added her fear.")).expect(200).json();
            assertThat(settled.path("outcome").asText()).isEqualTo("recoded");
            irene.post("/api/contests/" + id + "/settle", Map.of("outcome", "confirmed")).expect(409);
            assertThat(irene.get("/api/contests").json()).isEmpty();

            JsonNode mine = tom.get("/api/contests").expect(200).json();
            assertThat(mine.get(0).path("status").asText()).isEqualTo("settled");
            assertThat(mine.get(0).path("answer").asText()).isEqualTo("Yes: you added her fear.");
            JsonNode review = irene.get("/api/sessions/" + session + "/review").expect(200).json();
            assertThat(review.path("turns").get(0).toString()).contains(meant);

            // the agreement page follows kappa month by month
            String cohort = irene.post("/api/cohorts", Map.of("name", "Spring")).expect(201).id();
            irene.post("/api/cohorts/" + cohort + "/members", Map.of("username", "tom")).expect(201);
            JsonNode overTime = irene.get("/api/cohorts/" + cohort + "/agreement").expect(200).json().path("overTime");
            assertThat(overTime).hasSize(1);
            assertThat(overTime.get(0).path("period").asText()).matches("\\d{4}-\\d{2}");
            assertThat(overTime.get(0).path("turns").asInt()).isEqualTo(1);

            // the human code is gold data for the coder, in the `code --eval` input format
            ApiClient.Response gold = irene.get("/api/contests/gold").expect(200);
            assertThat(gold.body()).contains("So the drive home scared you.", "\"primary\":\"" + meant + "\"");
            Path file = java.nio.file.Files.writeString(dir.resolve("gold.jsonl"), gold.body());
            List<org.changetalk.eval.GoldPart> parts = new org.changetalk.eval.GoldReader(new org.changetalk.transcript.TranscriptReader())
                    .read(file);
            assertThat(parts.get(0).items()).hasSize(1);
            other.get("/api/contests/gold").expect(200);
            assertThat(other.get("/api/contests/gold").body()).isEmpty();
            tom.get("/api/contests/gold").expect(403);
        }
    }
}
