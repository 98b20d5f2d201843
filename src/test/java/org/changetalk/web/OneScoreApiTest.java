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
 * One session, scored everywhere it is shown, gives the same numbers: the report, progress, the personal and
 * the cohort dashboard, the cohort's session list, the review, the JSON and CSV exports and the xAPI
 * statement, before an instructor recodes a turn and after (all of them then count the recode).
 */
class OneScoreApiTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void reportProgressDashboardReviewAndExportsAgreeWithAndWithoutRecodes() throws Exception {
        try (TestServer server = TestServer.start(dir)) {
            ApiClient irene = server.admin().create("irene", "instructor");
            ApiClient tom = irene.create("tom", "trainee");
            String c = irene.post("/api/cohorts", Map.of("name", "Group")).expect(201).id();
            irene.post("/api/cohorts/" + c + "/members", Map.of("username", "tom")).expect(201);

            String s = tom.post("/api/sessions", Map.of("scenarioId", "teresa-alcohol-contemplation")).expect(201).id();
            for (String text : List.of("It sounds like that drive really scared you.", "What would you like to be different?",
                    "You need to stop drinking right now.")) {
                tom.post("/api/sessions/" + s + "/turns", Map.of("text", text)).expect(201);
            }
            tom.post("/api/sessions/" + s + "/finish", null).expect(200);

            JsonNode before = figures(tom, irene, s, c);
            irene.put("/api/sessions/" + s + "/turns/3/codes",
                    Map.of("codes", List.of(Map.of("code", "COMPLEX_REFLECTION")))).expect(200);
            JsonNode after = figures(tom, irene, s, c);
            assertThat(after).as("the recode shows in the figures").isNotEqualTo(before);

            // the automatic view of the review keeps the coder's numbers
            JsonNode auto = irene.get("/api/sessions/" + s + "/review?codes=auto").expect(200).json().path("report").path("summary");
            assertThat(brief(auto)).isEqualTo(before);
        }
    }

    /** The brief figures from every place they are shown; fails unless all places agree. */
    private static JsonNode figures(ApiClient tom, ApiClient irene, String s, String cohort) throws Exception {
        JsonNode report = brief(tom.get("/api/sessions/" + s + "/report").expect(200).json().path("summary"));
        JsonNode review = brief(irene.get("/api/sessions/" + s + "/review").expect(200).json().path("report").path("summary"));
        JsonNode mine = tom.get("/api/me/dashboard").expect(200).json().path("trainees").get(0).path("sessions").get(0).path("summary");
        JsonNode dash = irene.get("/api/cohorts/" + cohort + "/dashboard").expect(200).json()
                .path("trainees").get(0).path("sessions").get(0).path("summary");
        JsonNode list = irene.get("/api/cohorts/" + cohort + "/sessions").expect(200).json().get(0).path("summary");
        JsonNode export = brief(MAPPER.readTree(irene.get("/api/sessions/" + s + "/export?format=json").expect(200).body())
                .path("report").path("summary"));
        JsonNode xapi = irene.get("/api/sessions/" + s + "/xapi").expect(200).json()
                .path("result").path("extensions").path("urn:changetalk:miti");
        String csv = irene.get("/api/cohorts/" + cohort + "/dashboard/export?format=csv").expect(200).body();
        JsonNode week = tom.get("/api/me/progress").expect(200).json().path("weeks").get(0);

        assertThat(review).as("review").isEqualTo(report);
        assertThat(mine).as("my dashboard").isEqualTo(report);
        assertThat(dash).as("cohort dashboard").isEqualTo(report);
        assertThat(list).as("cohort sessions").isEqualTo(report);
        assertThat(export).as("JSON export").isEqualTo(report);
        assertThat(brief(xapi)).as("xAPI").isEqualTo(report);
        assertThat(csv.split("\r\n")[1]).as("dashboard CSV").endsWith(String.join(",", report.path("technical").asText(),
                report.path("relational").asText(), report.path("percentComplexReflections").asText(),
                report.path("reflectionToQuestion").asText(), report.path("band").asText()));
        JsonNode full = tom.get("/api/sessions/" + s + "/report").expect(200).json().path("summary");
        assertThat(week.path("reflectionToQuestion")).as("progress R:Q").isEqualTo(full.path("reflectionToQuestion"));
        assertThat(week.path("percentComplexReflections")).as("progress %CR").isEqualTo(full.path("percentComplexReflections"));
        assertThat(week.path("miNonAdherent")).as("progress MI non-adherent").isEqualTo(full.path("miNonAdherent"));
        assertThat(xapi.path("empathy")).isEqualTo(full.path("empathy"));
        return report;
    }

    private static JsonNode brief(JsonNode summary) {
        var o = MAPPER.createObjectNode();
        for (String f : List.of("technical", "relational", "percentComplexReflections", "reflectionToQuestion", "band")) {
            o.set(f, summary.get(f));
        }
        return o;
    }
}
