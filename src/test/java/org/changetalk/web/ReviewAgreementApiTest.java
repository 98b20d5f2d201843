package org.changetalk.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Regression (issue 10): the agreement page computed kappa only over recoded turns (the ones an instructor
 * disagreed with) and showed −1 from 2 turns. Now an instructor confirms ("agree") or recodes each turn, kappa
 * counts every reviewed turn, each turn shows its review status, and a second instructor cannot overwrite a
 * review they had not seen.
 */
class ReviewAgreementApiTest {
    @TempDir
    Path dir;

    @Test
    void confirmedAndRecodedTurnsBothCountAndASecondReviewerMustHaveSeenTheFirst() {
        try (TestServer server = TestServer.start(dir)) {
            ApiClient admin = server.admin();
            ApiClient irene = admin.create("irene", "instructor");
            ApiClient ivan = admin.create("ivan", "instructor");
            ApiClient tom = irene.create("tom", "trainee");
            String c = irene.post("/api/cohorts", Map.of("name", "Group")).expect(201).id();
            irene.post("/api/cohorts/" + c + "/members", Map.of("username", "tom")).expect(201);
            irene.post("/api/cohorts/" + c + "/instructors", Map.of("username", "ivan")).expect(201);
            String s = tom.post("/api/sessions", Map.of("scenarioId", "teresa-alcohol-contemplation")).expect(201).id();
            for (String text : List.of("It sounds like that drive really scared you.", "What would you like to be different?",
                    "You need to stop drinking right now.")) {
                tom.post("/api/sessions/" + s + "/turns", Map.of("text", text)).expect(201);
            }
            tom.post("/api/sessions/" + s + "/finish", null).expect(200);

            JsonNode before = irene.get("/api/sessions/" + s + "/review").expect(200).json();
            assertThat(before.path("turns").get(0).path("review").path("status").asText()).isEqualTo("unreviewed");
            assertThat(before.path("turns").get(0).path("review").path("version").asInt()).isZero();

            // one click: irene agrees with turns 1 and 2, recodes turn 3
            JsonNode agreed = irene.post("/api/sessions/" + s + "/turns/1/agree", Map.of("version", 0)).expect(200).json();
            assertThat(agreed.path("review").path("status").asText()).isEqualTo("agreed");
            assertThat(agreed.path("review").path("by").path("username").asText()).isEqualTo("irene");
            assertThat(agreed.path("human").isNull()).isTrue();
            irene.post("/api/sessions/" + s + "/turns/2/agree", null).expect(200);
            JsonNode recoded = irene.put("/api/sessions/" + s + "/turns/3/codes", Map.of("version", 0,
                    "codes", List.of(Map.of("code", "COMPLEX_REFLECTION")))).expect(200).json();
            assertThat(recoded.path("review").path("status").asText()).isEqualTo("recoded");
            assertThat(recoded.path("review").path("version").asInt()).isEqualTo(1);
            tom.post("/api/sessions/" + s + "/turns/1/agree", null).expect(403);

            // ivan opened the review before irene's recode: his recode of turn 3 is refused, nothing changes
            JsonNode stale = ivan.put("/api/sessions/" + s + "/turns/3/codes", Map.of("version", 0,
                    "codes", List.of(Map.of("code", "AFFIRM")))).expect(409).json();
            assertThat(stale.path("error").asText()).isEqualTo("stale");
            ivan.post("/api/sessions/" + s + "/turns/3/agree", Map.of("version", 0)).expect(409);
            JsonNode review = ivan.get("/api/sessions/" + s + "/review").expect(200).json();
            JsonNode turn3 = review.path("turns").get(2);
            assertThat(turn3.path("human").path("codes").get(0).path("code").asText()).isEqualTo("COMPLEX_REFLECTION");
            // having seen it, he may replace it
            ivan.put("/api/sessions/" + s + "/turns/3/codes", Map.of("version", turn3.path("review").path("version").asInt(),
                    "codes", List.of(Map.of("code", "AFFIRM")))).expect(200);

            // kappa over every reviewed turn: three, two of them confirmed
            JsonNode agreement = irene.get("/api/cohorts/" + c + "/agreement").expect(200).json();
            assertThat(agreement.path("turns").asInt()).isEqualTo(3);
            assertThat(agreement.path("agreed").asInt()).isEqualTo(2);
            assertThat(agreement.path("recoded").asInt()).isEqualTo(1);
            for (JsonNode code : agreement.path("codes")) {
                assertThat(code.path("n").asInt()).isEqualTo(3);
                assertThat(code.has("ci")).isTrue();
            }
        }
    }
}
