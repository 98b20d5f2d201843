package org.changetalk.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.changetalk.storage.Dialect;
import org.changetalk.storage.TestDatabases;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 5 end to end, on both databases: a cohort, sharing and withdrawing, review with a recode and a
 * comment thread, agreement, dashboards, an imported transcript (good and malformed) and exports parsed back.
 */
class CohortApiTest {
    private static final String TERESA = "teresa-alcohol-contemplation";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    static final String TRANSCRIPT = """
            Client: I don't know why I'm here, honestly.
            Counselor: It sounds like coming here wasn't your idea.
            Client: My doctor pushed me. I guess I drink a bit too much.
            Counselor: What worries you about your drinking?
            Client: I want to be around for my kids.
            Counselor: You should just quit drinking, it's that simple.
            """;

    @TempDir
    Path dir;

    static List<Dialect> dialects() {
        return TestDatabases.dialects();
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void cohortsShareReviewRecodeCommentAndExport(Dialect dialect) throws Exception {
        try (TestServer server = TestServer.start(dir, dialect)) {
            ApiClient admin = server.admin();
            ApiClient irene = admin.create("irene", "instructor");
            ApiClient tom = irene.create("tom", "trainee");
            ApiClient tara = admin.create("tara", "trainee");

            JsonNode cohort = irene.post("/api/cohorts", Map.of("name", "Spring group")).expect(201).json();
            String c = cohort.path("id").asText();
            assertThat(cohort.path("myRole").asText()).isEqualTo("instructor");
            irene.post("/api/cohorts/" + c + "/members", Map.of("username", "tom")).expect(201);
            // tara is not irene's trainee: she joins with the code instead
            irene.post("/api/cohorts/" + c + "/members", Map.of("username", "tara")).expect(400);
            JsonNode joined = tara.post("/api/cohorts/join", Map.of("inviteCode", cohort.path("inviteCode").asText())).expect(200).json();
            assertThat(joined.path("myRole").asText()).isEqualTo("member");
            assertThat(joined.path("inviteCode").isNull()).isTrue();
            assertThat(joined.path("members").toString()).contains("\"tom\"", "\"tara\"");

            String session = tom.post("/api/sessions", Map.of("scenarioId", TERESA)).expect(201).id();
            tom.post("/api/sessions/" + session + "/turns", Map.of("text", "It sounds like that drive really scared you.")).expect(201);
            tom.post("/api/sessions/" + session + "/turns", Map.of("text", "You need to stop drinking right now.")).expect(201);
            tom.post("/api/sessions/" + session + "/finish", null).expect(200);

            // not shared yet: the member cannot see it, the cohort's instructor can
            tara.get("/api/sessions/" + session + "/review").expect(404);
            assertThat(tara.get("/api/cohorts/" + c + "/sessions").json()).isEmpty();
            assertThat(irene.get("/api/cohorts/" + c + "/sessions").json().get(0).path("shared").asBoolean()).isFalse();
            tom.post("/api/sessions/" + session + "/shares", Map.of("cohortId", c)).expect(201);
            assertThat(tom.get("/api/sessions/" + session + "/shares").json().get(0).path("cohortId").asText()).isEqualTo(c);
            assertThat(tara.get("/api/cohorts/" + c + "/sessions").json().get(0).path("id").asText()).isEqualTo(session);

            JsonNode review = tara.get("/api/sessions/" + session + "/review").expect(200).json();
            assertThat(review.path("canRecode").asBoolean()).isFalse();
            assertThat(review.path("turns")).hasSize(2);
            assertThat(review.path("turns").get(0).path("auto").path("codes").get(0).path("code").asText()).isNotEmpty();
            assertThat(review.path("turns").get(0).path("state").path("engagement").isNumber()).isTrue();
            assertThat(review.path("report").path("thresholds").path("good").path("technical").asDouble()).isEqualTo(4.0);

            // comments: a member asks, the instructor answers in the thread, the author sees both
            String q = tara.post("/api/sessions/" + session + "/comments", Map.of("turn", 2, "text", "Was this a push?")).expect(201).id();
            irene.post("/api/sessions/" + session + "/comments", Map.of("turn", 2, "text", "Yes: persuade.", "parentId", q)).expect(201);
            irene.post("/api/sessions/" + session + "/comments", Map.of("turn", 1, "text", "x", "parentId", q)).expect(400);
            JsonNode thread = tom.get("/api/sessions/" + session + "/comments").expect(200).json();
            assertThat(thread).hasSize(2);
            assertThat(thread.get(1).path("parentId").asText()).isEqualTo(q);
            assertThat(thread.get(1).path("author").path("username").asText()).isEqualTo("irene");

            // recode turn 2 as a complex reflection: the human summary changes, the automatic one does not
            tom.put("/api/sessions/" + session + "/turns/2/codes", Map.of("codes", List.of(Map.of("code", "COMPLEX_REFLECTION")))).expect(403);
            irene.put("/api/sessions/" + session + "/turns/2/codes", Map.of("codes", List.of(Map.of("code", "NOPE")))).expect(400);
            irene.put("/api/sessions/" + session + "/turns/2/codes", Map.of("codes", List.of(Map.of("code", "QUESTION")))).expect(400);
            JsonNode recoded = irene.put("/api/sessions/" + session + "/turns/2/codes",
                    Map.of("codes", List.of(Map.of("code", "COMPLEX_REFLECTION")))).expect(200).json();
            assertThat(recoded.path("human").path("codes").get(0).path("reflection").asText()).isEqualTo("complex");
            assertThat(recoded.path("human").path("by").path("username").asText()).isEqualTo("irene");
            JsonNode human = tom.get("/api/sessions/" + session + "/review?codes=human").expect(200).json();
            JsonNode auto = tom.get("/api/sessions/" + session + "/review?codes=auto").expect(200).json();
            assertThat(human.path("report").path("summary").path("counts").path("COMPLEX_REFLECTION").asInt())
                    .isGreaterThan(auto.path("report").path("summary").path("counts").path("COMPLEX_REFLECTION").asInt());
            assertThat(auto.path("turns").get(1).path("human").isObject()).isTrue(); // the recode shows either way
            tom.get("/api/sessions/" + session + "/review?codes=both").expect(400);

            JsonNode agreement = irene.get("/api/cohorts/" + c + "/agreement").expect(200).json();
            assertThat(agreement.path("turns").asInt()).isEqualTo(1);
            JsonNode complex = find(agreement.path("codes"), "code", "COMPLEX_REFLECTION");
            assertThat(complex.path("humanOnly").asInt() + complex.path("both").asInt()).isEqualTo(1);

            // dashboards
            JsonNode dash = irene.get("/api/cohorts/" + c + "/dashboard?inactiveDays=30").expect(200).json();
            JsonNode tomRow = find(dash.path("trainees"), "user", null, "tom");
            assertThat(tomRow.path("sessions")).hasSize(1);
            assertThat(tomRow.path("inactive").asBoolean()).isFalse();
            assertThat(find(dash.path("trainees"), "user", null, "tara").path("inactive").asBoolean()).isTrue();
            assertThat(dash.path("inactive").toString()).contains("tara").doesNotContain("\"tom\"");
            // turn 2's persuasion was recoded as a complex reflection: the pitfalls count it as the instructor coded it
            assertThat(dash.path("pitfalls").toString()).doesNotContain("\"category\":\"persuade\"");
            irene.delete("/api/sessions/" + session + "/turns/2/codes").expect(204);
            JsonNode unrecoded = irene.get("/api/cohorts/" + c + "/dashboard?inactiveDays=30").expect(200).json();
            assertThat(unrecoded.path("pitfalls").toString()).contains("\"category\":\"persuade\"", "\"stage\":\"contemplation\"");
            irene.put("/api/sessions/" + session + "/turns/2/codes",
                    Map.of("codes", List.of(Map.of("code", "COMPLEX_REFLECTION")))).expect(200);
            JsonNode mine = tom.get("/api/me/dashboard").expect(200).json();
            assertThat(mine.path("cohort").isNull()).isTrue();
            assertThat(mine.path("trainees")).hasSize(1);
            irene.get("/api/cohorts/" + c + "/dashboard?inactiveDays=0").expect(400);

            // exports parsed back
            ApiClient.Response csv = tara.get("/api/sessions/" + session + "/export?format=csv").expect(200);
            assertThat(csv.header("Content-Type")).startsWith("text/csv");
            assertThat(csv.header("Content-Disposition")).contains("attachment", ".csv");
            List<List<String>> rows = CsvRows.parse(csv.body());
            assertThat(rows.get(0)).containsExactly("turn", "speaker", "text", "auto_codes", "human_codes", "talk",
                    "engagement", "discord", "importance", "confidence", "stage");
            List<String> turn2 = rows.stream().filter(r -> r.get(0).equals("2") && r.get(1).equals("counselor")).findFirst().orElseThrow();
            assertThat(turn2.get(2)).isEqualTo("You need to stop drinking right now.");
            assertThat(turn2.get(4)).isEqualTo("COMPLEX_REFLECTION");
            assertThat(rows).hasSize(1 + 1 + 2 * 2); // header, opening, two turns with replies
            JsonNode json = MAPPER.readTree(tara.get("/api/sessions/" + session + "/export?format=json").expect(200).body());
            assertThat(json.path("turns")).hasSize(2);
            tara.get("/api/sessions/" + session + "/export?format=xml").expect(400);

            List<List<String>> cohortRows = CsvRows.parse(irene.get("/api/cohorts/" + c + "/sessions/export?format=csv").expect(200).body());
            assertThat(cohortRows.get(0).get(0)).isEqualTo("session");
            // a random id may start with '-': the CSV formula guard then prefixes a quote, as it must
            assertThat(cohortRows.get(1).get(0)).isIn(session, "'" + session);
            assertThat(cohortRows.get(1).get(1)).isEqualTo("tom");
            assertThat(MAPPER.readTree(irene.get("/api/cohorts/" + c + "/sessions/export?format=json").body()).get(0).path("id").asText())
                    .isEqualTo(session);
            List<List<String>> dashRows = CsvRows.parse(irene.get("/api/cohorts/" + c + "/dashboard/export?format=csv").expect(200).body());
            assertThat(dashRows).hasSize(2);
            assertThat(Double.parseDouble(dashRows.get(1).get(3))).isBetween(1.0, 5.0);
            assertThat(MAPPER.readTree(tom.get("/api/me/dashboard/export?format=json").body()).path("trainees")).hasSize(1);

            JsonNode xapi = MAPPER.readTree(tara.get("/api/sessions/" + session + "/xapi").expect(200).body());
            assertThat(xapi.path("verb").path("id").asText()).isEqualTo("http://adlnet.gov/expapi/verbs/completed");
            assertThat(xapi.path("actor").path("account").path("name").asText()).isEqualTo("tom");
            assertThat(xapi.path("object").path("id").asText()).isEqualTo("urn:changetalk:scenario:" + TERESA);
            assertThat(xapi.path("result").path("score").path("scaled").asDouble()).isBetween(0.0, 1.0);
            assertThat(xapi.path("result").path("extensions").path("urn:changetalk:miti").path("band").isTextual()).isTrue();

            // withdrawing hides it from the member again; the instructor still sees it
            tom.delete("/api/sessions/" + session + "/shares/" + c).expect(204);
            tara.get("/api/sessions/" + session + "/review").expect(404);
            irene.get("/api/sessions/" + session + "/review").expect(200);
            // another instructor sees nothing of the cohort
            ApiClient oscar = admin.create("oscar", "instructor");
            oscar.get("/api/cohorts/" + c).expect(404);
            oscar.get("/api/sessions/" + session + "/review").expect(404);
        }
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void importedTranscriptsAreCodedStoredWholeOrNotAtAll(Dialect dialect) {
        try (TestServer server = TestServer.start(dir, dialect)) {
            ApiClient admin = server.admin();
            ApiClient irene = admin.create("irene", "instructor");
            ApiClient tom = irene.create("tom", "trainee");

            JsonNode made = tom.post("/api/imports", Map.of("format", "txt", "text", TRANSCRIPT, "title", "Role play 1")).expect(201).json();
            assertThat(made.path("kind").asText()).isEqualTo("imported");
            assertThat(made.path("turns").asInt()).isEqualTo(3);
            String id = made.path("id").asText();
            JsonNode review = tom.get("/api/sessions/" + id + "/review").expect(200).json();
            assertThat(review.path("session").path("kind").asText()).isEqualTo("imported");
            assertThat(review.path("opening").path("text").asText()).startsWith("I don't know");
            assertThat(review.path("turns").get(0).path("auto").path("codes").get(0).path("code").asText()).contains("REFLECTION");
            assertThat(review.path("turns").get(1).path("auto").path("primary").asText()).isEqualTo("QUESTION");
            assertThat(review.path("turns").get(2).path("client").isNull()).isTrue();
            assertThat(review.path("turns").get(0).path("state").isNull()).isTrue();
            assertThat(review.path("report").path("summary").path("band").isTextual()).isTrue();
            irene.get("/api/sessions/" + id + "/review").expect(200);
            // the practice routes show an imported session too, without a simulated client
            tom.get("/api/sessions/" + id).expect(200);
            assertThat(tom.get("/api/sessions/" + id + "/report").expect(200).json().path("summary").path("band").isTextual()).isTrue();
            tom.post("/api/sessions/" + id + "/turns", Map.of("text", "More?")).expect(409);
            assertThat(tom.get("/api/sessions").body()).contains(id, "\"kind\":\"imported\"");

            // CSV and JSON Lines, as the code command reads them
            tom.post("/api/imports", Map.of("format", "csv", "text",
                    "conversation,speaker,text\r\nc1,counselor,How are you?\r\nc1,client,Fine.\r\n")).expect(201);
            tom.post("/api/imports", Map.of("format", "jsonl", "text",
                    "{\"conversation\":\"c1\",\"speaker\":\"counselor\",\"text\":\"How are you?\"}\n")).expect(201);
            int before = tom.get("/api/sessions").json().size();

            ApiClient.Response bad = tom.post("/api/imports", Map.of("format", "jsonl", "text",
                    "{\"conversation\":\"c1\",\"speaker\":\"counselor\",\"text\":\"Hi.\"}\n{oops\n"));
            bad.expect(400);
            assertThat(bad.json().path("error").asText()).isEqualTo("bad_transcript");
            assertThat(bad.json().path("detail").asText()).startsWith("line 2:");
            ApiClient.Response badTxt = tom.post("/api/imports", Map.of("format", "txt", "text",
                    "Counselor: Hello.\nClient: Hi.\nDoctor: What?\n"));
            badTxt.expect(400);
            assertThat(badTxt.json().path("detail").asText()).startsWith("line 3:");
            tom.post("/api/imports", Map.of("format", "txt", "text", "Client: Only me talking.\n")).expect(400);
            tom.post("/api/imports", Map.of("format", "docx", "text", TRANSCRIPT)).expect(400);
            // larger than the 64 KiB of other routes, within the 256 KiB of uploads
            StringBuilder long_ = new StringBuilder();
            while (long_.length() < 150 * 1024) {
                long_.append("Counselor: What would you like to talk about today?\nClient: My drinking, I suppose.\n");
            }
            tom.post("/api/imports", Map.of("format", "txt", "text", long_.toString())).expect(201);
            before++;
            String huge = "Counselor: " + "a".repeat(270 * 1024) + "\n";
            tom.post("/api/imports", Map.of("format", "txt", "text", huge)).expect(413);
            assertThat(tom.get("/api/sessions").json()).hasSize(before); // nothing partial saved
        }
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void malformedBodiesOnTheNewRoutesAre400sAndChangeNothing(Dialect dialect) {
        try (TestServer server = TestServer.start(dir, dialect)) {
            ApiClient admin = server.admin();
            ApiClient irene = admin.create("irene", "instructor");
            ApiClient tom = irene.create("tom", "trainee");
            String c = irene.post("/api/cohorts", Map.of("name", "G")).expect(201).id();
            irene.post("/api/cohorts/" + c + "/members", Map.of("username", "tom")).expect(201);
            String s = tom.post("/api/imports", Map.of("format", "txt", "text", TRANSCRIPT)).expect(201).id();
            String session = "/api/sessions/" + s;
            List<Object[]> cases = List.of(
                    new Object[]{irene, "POST", "/api/cohorts", "{\"name\": \"   \"}", "name"},
                    new Object[]{irene, "POST", "/api/cohorts", "{\"name\": 5}", "name"},
                    new Object[]{irene, "POST", "/api/cohorts", "[1]", "object"},
                    new Object[]{irene, "POST", "/api/cohorts/" + c + "/members", "{}", "username"},
                    new Object[]{irene, "POST", "/api/cohorts/" + c + "/instructors", "{\"username\": \"tom\"}", "username"},
                    new Object[]{tom, "POST", "/api/cohorts/join", "{\"inviteCode\": []}", "inviteCode"},
                    new Object[]{tom, "POST", session + "/shares", "{\"cohortId\": 1}", "cohortId"},
                    new Object[]{irene, "PUT", session + "/turns/1/codes", "{\"codes\": \"AFFIRM\"}", "codes"},
                    new Object[]{irene, "PUT", session + "/turns/1/codes", "{\"codes\": []}", "codes"},
                    new Object[]{irene, "PUT", session + "/turns/1/codes", "{\"codes\": [{\"code\": \"QUESTION\", \"question\": \"maybe\"}]}", "codes[0].question"},
                    new Object[]{irene, "POST", session + "/comments", "{\"turn\": \"1\", \"text\": \"hi\"}", "turn"},
                    new Object[]{irene, "POST", session + "/comments", "{\"turn\": 9, \"text\": \"hi\"}", "turn"},
                    new Object[]{irene, "POST", session + "/comments", "{\"turn\": 1, \"text\": \"\"}", "text"},
                    new Object[]{irene, "POST", session + "/comments", "{\"turn\": 1, \"text\": \"hi\", \"parentId\": \"nope\"}", "parentId"},
                    new Object[]{tom, "POST", "/api/imports", "{\"format\": \"txt\"}", "text"},
                    new Object[]{tom, "POST", "/api/imports", "not json", "JSON"});
            String before = tom.get(session + "/review").body() + tom.get("/api/sessions").body() + irene.get("/api/cohorts").body();
            List<String> wrong = new ArrayList<>();
            for (Object[] k : cases) {
                ApiClient.Response r = ((ApiClient) k[0]).withBody((String) k[1], (String) k[2], k[3]);
                if (r.status() != 400 || !r.json().path("detail").asText().contains((String) k[4])) {
                    wrong.add(k[1] + " " + k[2] + " " + k[3] + " -> " + r.status() + " " + r.body());
                }
            }
            assertThat(wrong).isEmpty();
            String after = tom.get(session + "/review").body() + tom.get("/api/sessions").body() + irene.get("/api/cohorts").body();
            assertThat(after).isEqualTo(before);
        }
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode n : array) {
            if (n.path(field).asText().equals(value)) {
                return n;
            }
        }
        throw new AssertionError("no " + field + "=" + value + " in " + array);
    }

    private static JsonNode find(JsonNode array, String field, String unused, String username) {
        for (JsonNode n : array) {
            if (n.path(field).path("username").asText().equals(username)) {
                return n;
            }
        }
        throw new AssertionError("no " + username + " in " + array);
    }

    /** A strict RFC 4180 reader, to check exports parse back as spreadsheets read them. */
    static final class CsvRows {
        static List<List<String>> parse(String text) {
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char ch = text.charAt(i);
                if (quoted) {
                    if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else if (ch == '"') {
                        quoted = false;
                    } else {
                        field.append(ch);
                    }
                } else if (ch == '"') {
                    quoted = true;
                } else if (ch == ',') {
                    row.add(field.toString());
                    field.setLength(0);
                } else if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    row.add(field.toString());
                    field.setLength(0);
                    rows.add(row);
                    row = new ArrayList<>();
                    i++;
                } else {
                    field.append(ch);
                }
            }
            assertThat(quoted).as("unterminated quote").isFalse();
            assertThat(field.length() + row.size()).as("last row ends in CRLF").isZero();
            return rows;
        }
    }
}
