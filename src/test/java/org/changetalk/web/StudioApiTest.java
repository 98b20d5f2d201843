package org.changetalk.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The studio over HTTP: validation and the map, templates, playtests, test plans, saves, versions, drafts. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StudioApiTest {
    @TempDir
    static Path dir;

    private TestServer server;
    private ApiClient instructor;
    private ApiClient trainee;

    @BeforeAll
    void setUp() {
        server = TestServer.start(dir);
        ApiClient admin = server.admin();
        instructor = admin.create("irene", "instructor");
        trainee = instructor.create("tom", "trainee");
    }

    @AfterAll
    void tearDown() {
        server.close();
    }

    private String template(String stage, String id) {
        JsonNode t = instructor.get("/api/studio/template?kind=conversation&stage=" + stage + "&id=" + id).expect(200).json();
        assertThat(t.path("id").asText()).isEqualTo(id);
        return t.path("text").asText();
    }

    private JsonNode validate(String text) {
        return instructor.post("/api/studio/validate", Map.of("text", text)).expect(200).json();
    }

    @Test
    void templatesAreValid() {
        for (String stage : List.of("precontemplation", "contemplation", "preparation", "action", "maintenance")) {
            JsonNode v = validate(template(stage, "sam-vaping-" + stage));
            assertThat(v.path("valid").asBoolean()).as("%s: %s", stage, v.path("problems")).isTrue();
        }
        String drill = instructor.get("/api/studio/template?kind=drill&id=drill-new-skill").expect(200).json().path("text").asText();
        assertThat(validate(drill).path("valid").asBoolean()).isTrue();
        instructor.get("/api/studio/template?kind=poem").expect(400);
        instructor.get("/api/studio/template?stage=later").expect(400);
    }

    @Test
    void validateReportsEachErrorAtItsLineAndColumnAndDrawsTheMap() {
        String good = template("precontemplation", "sam-vaping-precontemplation");
        JsonNode ok = validate(good);
        assertThat(ok.path("valid").asBoolean()).isTrue();
        JsonNode map = ok.path("map");
        assertThat(map.path("start").asText()).isEqualTo("opening");
        List<String> beats = new ArrayList<>();
        map.path("beats").forEach(b -> beats.add(b.path("id").asText()));
        assertThat(beats).containsExactly("opening", "what-it-gives", "curious", "defends", "leaves", "wrap-up");
        JsonNode leaves = find(map.path("beats"), "id", "leaves");
        assertThat(leaves.path("terminal").asBoolean()).isTrue();
        assertThat(leaves.path("end").asText()).isEqualTo("disengaged");
        assertThat(leaves.path("ending").asText()).isEqualTo("disengage");
        assertThat(lineOf(good, "id: 'leaves'")).isEqualTo(leaves.path("line").asInt());
        boolean labelled = false;
        for (JsonNode t : map.path("transitions")) {
            if (t.path("from").asText().equals("opening") && t.path("to").asText().equals("defends")) {
                labelled = t.path("labels").toString().contains("confront");
            }
        }
        assertThat(labelled).as("opening → defends is taken by mi_inconsistent categories: %s", map.path("transitions")).isTrue();
        // what each beat is about is on the map; the template's beats all say it, so no line warns
        assertThat(find(map.path("beats"), "id", "what-it-gives").path("topics").toString()).contains("crits");
        assertThat(ok.path("problems").toString()).doesNotContain("has no 'topics'").doesNotContain("has no 'prompts'");
        String unlabelled = good.replace("      topics: ['goals'], prompts: ['what would you like to try', 'would you want to cut down'],\n", "");
        JsonNode u = validate(unlabelled);
        assertThat(u.path("valid").asBoolean()).as("a line without topics or prompts is a warning, not an error").isTrue();
        int curious = lineOf(unlabelled, "id: 'curious'");
        assertThat(hasProblem(u, curious - 1, -1, "warning", "beat 'curious' has no 'topics'")).as("%s", u.path("problems")).isTrue();
        assertThat(find(u.path("map").path("beats"), "id", "curious").path("topics").size()).isZero();

        // a typo in a key, and a beat nothing leads to
        String bad = good.replace("fallback: 'what-it-gives',", "fallbak: 'what-it-gives',")
                .replace("{ id: 'leaves',", "{ id: 'lost', talk: 'neutral', end: 'natural_close', say: ['Hm.'] },\n    { id: 'leaves',");
        JsonNode v = validate(bad);
        assertThat(v.path("valid").asBoolean()).isFalse();
        int line = lineOf(bad, "fallbak:");
        int column = columnOf(bad, "fallbak:");
        assertThat(hasProblem(v, line, column, "error", "fallbak")).as("%s at %d:%d", v.path("problems"), line, column).isTrue();
        int lostLine = lineOf(bad, "id: 'lost'");
        assertThat(hasProblem(v, lostLine, -1, "error", "unreachable")).as("%s", v.path("problems")).isTrue();
        JsonNode lost = find(v.path("map").path("beats"), "id", "lost");
        assertThat(lost.path("unreachable").asBoolean()).isTrue();
        // library rules are warnings
        assertThat(hasProblem(ok, 1, 1, "warning", "12 beats")).isTrue();

        // a syntax error stops at its place, said in plain words where the fix goes; there is no map
        String broken = good.replace("title: 'Sam, 19: sent by mum',", "title: 'Sam, 19: sent by mum'\n  title2 'x',");
        JsonNode s = validate(broken);
        assertThat(s.path("valid").asBoolean()).isFalse();
        int titleLine = lineOf(broken, "title: 'Sam, 19");
        assertThat(s.path("problems").get(0).path("line").asInt()).isEqualTo(titleLine);
        assertThat(s.path("problems").get(0).path("message").asText()).isEqualTo("missing comma after line " + titleLine + "?");
        assertThat(s.path("map").isNull()).isTrue();
    }

    @Test
    void saveIsAtomicKeepsVersionsRefusesStaleAndShowsUpForTraineesAtOnce() throws IOException {
        String id = "sam-vaping-contemplation";
        String text = template("contemplation", id);
        assertThat(trainee.get("/api/scenarios").body()).doesNotContain(id);
        JsonNode first = instructor.put("/api/studio/scenarios/" + id, Map.of("text", text)).expect(201).json();
        assertThat(first.path("status").asText()).isEqualTo("published");
        String v1 = first.path("version").asText();
        // no restart, no waiting for the watcher
        assertThat(trainee.get("/api/scenarios").body()).contains(id);
        trainee.get("/api/scenarios/" + id).expect(200);
        assertThat(Files.readString(server.scenarios.resolve(id + ".json"))).isEqualTo(text);
        assertThat(leftovers()).isEmpty();

        String edited = text.replace("Sam, 19: sent by mum", "Sam, 19: here for mum");
        JsonNode second = instructor.put("/api/studio/scenarios/" + id, Map.of("text", edited, "baseVersion", v1)).expect(200).json();
        String v2 = second.path("version").asText();
        assertThat(v2).isNotEqualTo(v1);
        assertThat(trainee.get("/api/scenarios/" + id).json().path("title").asText()).isEqualTo("Sam, 19: here for mum");

        // a second author who opened version 1 is told it is stale; nothing is written
        ApiClient.Response stale = instructor.put("/api/studio/scenarios/" + id, Map.of("text", text, "baseVersion", v1)).expect(409);
        assertThat(stale.json().path("error").asText()).isEqualTo("stale");
        assertThat(Files.readString(server.scenarios.resolve(id + ".json"))).isEqualTo(edited);
        // a new scenario's id that now exists is stale too
        instructor.put("/api/studio/scenarios/" + id, Map.of("text", text)).expect(409);

        JsonNode versions = instructor.get("/api/studio/scenarios/" + id + "/versions").expect(200).json();
        assertThat(versions.size()).isEqualTo(2);
        assertThat(versions.get(0).path("number").asInt()).isEqualTo(2);
        assertThat(versions.get(0).path("savedBy").path("username").asText()).isEqualTo("irene");
        assertThat(instructor.get("/api/studio/scenarios/" + id + "/versions/1").expect(200).json().path("text").asText()).isEqualTo(text);
        instructor.get("/api/studio/scenarios/" + id + "/versions/9").expect(404);

        // restore = save the old text on top of the current version
        JsonNode current = instructor.get("/api/studio/scenarios/" + id).expect(200).json();
        assertThat(current.path("version").asText()).isEqualTo(v2);
        assertThat(current.path("text").asText()).isEqualTo(edited);
        instructor.put("/api/studio/scenarios/" + id, Map.of("text", text, "baseVersion", v2)).expect(200);
        assertThat(trainee.get("/api/scenarios/" + id).json().path("title").asText()).isEqualTo("Sam, 19: sent by mum");
        assertThat(instructor.get("/api/studio/scenarios/" + id + "/versions").json().size()).isEqualTo(3);
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aReaderNeverSeesAHalfWrittenFile() throws Exception {
        String id = "sam-vaping-preparation";
        String small = template("preparation", id);
        // a much longer text, so a non-atomic write would be seen part-way
        String large = small.replace("summary: 'A student who vapes and did not ask to be here.',",
                "summary: '" + "A student who vapes and did not ask to be here. ".repeat(2000) + "',");
        Path file = server.scenarios.resolve(id + ".json");
        String version = instructor.put("/api/studio/scenarios/" + id, Map.of("text", small)).expect(201).json().path("version").asText();
        java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
        List<String> seen = java.util.Collections.synchronizedList(new ArrayList<>());
        Thread reader = new Thread(() -> {
            while (!stop.get()) {
                try {
                    String s = Files.readString(file);
                    if (!s.equals(small) && !s.equals(large)) {
                        seen.add(s.length() + " characters");
                    }
                } catch (IOException e) {
                    seen.add(e.toString());
                }
            }
        });
        reader.start();
        for (int i = 0; i < 10; i++) {
            String text = i % 2 == 0 ? large : small;
            version = instructor.put("/api/studio/scenarios/" + id, Map.of("text", text, "baseVersion", version))
                    .expect(200).json().path("version").asText();
        }
        stop.set(true);
        reader.join();
        assertThat(seen).isEmpty();
        assertThat(instructor.get("/api/studio/scenarios/" + id + "/versions").json().size()).isEqualTo(11);
    }

    @Test
    void aScenarioWithErrorsIsOnlyADraftAndNotOfferedToTrainees() throws IOException {
        String id = "sam-vaping-action";
        String bad = template("action", id).replace("talk: 'discord', end: 'disengaged'", "talk: 'discrd', end: 'disengaged'");
        JsonNode refused = instructor.put("/api/studio/scenarios/" + id, Map.of("text", bad)).expect(400).json();
        assertThat(refused.path("error").asText()).isEqualTo("invalid_scenario");
        Map<String, Object> asDraft = new HashMap<>(Map.of("text", bad, "draft", true));
        JsonNode saved = instructor.put("/api/studio/scenarios/" + id, asDraft).expect(201).json();
        assertThat(saved.path("status").asText()).isEqualTo("draft");
        assertThat(saved.path("valid").asBoolean()).isFalse();
        assertThat(Files.exists(server.scenarios.resolve(id + ".json"))).isFalse();
        assertThat(trainee.get("/api/scenarios").body()).doesNotContain(id);
        trainee.get("/api/scenarios/" + id).expect(404);
        JsonNode listed = find(instructor.get("/api/studio/scenarios").expect(200).json(), "id", id);
        assertThat(listed.path("status").asText()).isEqualTo("draft");
        assertThat(listed.path("errors").asInt()).isPositive();

        // a draft of a published scenario leaves the trainees' copy alone
        String teresa = "teresa-alcohol-contemplation";
        JsonNode t = instructor.get("/api/studio/scenarios/" + teresa).expect(200).json();
        assertThat(t.path("status").asText()).isEqualTo("published");
        assertThat(t.path("hasPlan").asBoolean()).isTrue();
        String broken = t.path("text").asText().replace("kind: 'conversation'", "kind: 'conversaton'");
        instructor.put("/api/studio/scenarios/" + teresa, Map.of("text", broken, "baseVersion", t.path("version").asText(),
                "draft", true)).expect(200);
        trainee.get("/api/scenarios/" + teresa).expect(200);
        assertThat(instructor.get("/api/studio/scenarios/" + teresa).json().path("status").asText()).isEqualTo("draft");
        // the first save kept the shipped file as version 1
        assertThat(instructor.get("/api/studio/scenarios/" + teresa + "/versions/1").json().path("text").asText())
                .isEqualTo(t.path("text").asText());
    }

    @Test
    void playtestIsDeterministicStartsAnywhereAndStoresNothing() {
        String text = template("precontemplation", "sam-vaping-precontemplation");
        Map<String, Object> body = Map.of("text", text, "seed", 7, "responses", List.of(
                "It wasn't your idea to come, and it's your call what you do about vaping.",
                "It helps with the nerves before crits, and lately it's crept into the whole day.",
                "This one is never played."));
        JsonNode a = instructor.post("/api/studio/playtest", body).expect(200).json();
        JsonNode b = instructor.post("/api/studio/playtest", body).expect(200).json();
        assertThat(a).isEqualTo(b);
        assertThat(a.path("opening").path("beat").asText()).isEqualTo("opening");
        assertThat(a.path("turns").size()).isEqualTo(2);
        assertThat(a.path("played").asInt()).isEqualTo(2);
        assertThat(a.path("turns").get(0).path("client").path("beat").asText()).isEqualTo("what-it-gives");
        assertThat(a.path("turns").get(0).path("category").isTextual()).isTrue();
        assertThat(a.path("turns").get(1).path("state").path("stage").asText()).isEqualTo("contemplation");
        assertThat(a.path("ending").path("kind").asText()).isEqualTo("stage_moved");
        assertThat(a.path("turns").get(1).path("ending").path("beat").asText()).isEqualTo("curious");

        JsonNode from = instructor.post("/api/studio/playtest", Map.of("text", text, "fromBeat", "defends",
                "state", Map.of("discord", 6), "responses", List.of("Stop making excuses. You are an addict."))).expect(200).json();
        assertThat(from.path("opening").path("beat").asText()).isEqualTo("defends");
        assertThat(from.path("start").path("state").path("discord").asDouble()).isEqualTo(6.0);
        assertThat(from.path("ending").path("kind").asText()).isEqualTo("disengaged");
        instructor.post("/api/studio/playtest", Map.of("text", text, "fromBeat", "nowhere")).expect(400);
        instructor.post("/api/studio/playtest", Map.of("text", "{ id: 'x',")).expect(400);

        // the probe (issue 11): which line would answer a typed line at a beat, and why
        String jaden = instructor.get("/api/studio/scenarios/jaden-cannabis-precontemplation").expect(200).json().path("text").asText();
        JsonNode mom = instructor.post("/api/studio/probe", Map.of("text", jaden, "atBeat", "tolerance",
                "say", "How does your mom fit into all this?")).expect(200).json();
        assertThat(mom.path("reply").path("move").asText()).isEqualTo("fact");
        assertThat(mom.path("reply").path("why").asText()).contains("fact");
        assertThat(mom.path("turn").path("category").asText()).isEqualTo("open_question");
        assertThat(mom.path("terms").toString()).contains("#mom");
        assertThat(mom.path("candidates").get(0).path("matched").toString()).contains("#mom");
        // a question the persona holds nothing on gets a short honest answer in its shape, never a story
        JsonNode tattoos = instructor.post("/api/studio/probe", Map.of("text", jaden, "atBeat", "tolerance",
                "say", "Have you got any tattoos?")).expect(200).json();
        assertThat(tattoos.path("reply").path("move").asText()).isEqualTo("short_answer");
        instructor.post("/api/studio/probe", Map.of("text", jaden, "atBeat", "leaves", "say", "Hi.")).expect(400);
        instructor.post("/api/studio/probe", Map.of("text", jaden, "say", " ")).expect(400);

        assertThat(instructor.get("/api/sessions").expect(200).json().size()).isZero();
        assertThat(instructor.get("/api/me/progress").expect(200).json().path("sessions").size()).isZero();
    }

    @Test
    void aDrillIsPlaytestedFromAnyLevelWithEachAttemptJudgedAndNothingStored() {
        String text = instructor.get("/api/studio/scenarios/drill-affirmation").expect(200).json().path("text").asText();
        List<String> responses = List.of("You've halved what you smoke, and that took real determination.",
                "Why did you want to cancel?");
        Map<String, Object> body = Map.of("text", text, "responses", responses);
        JsonNode r = instructor.post("/api/studio/playtest", body).expect(200).json();
        assertThat(r.path("kind").asText()).isEqualTo("drill");
        assertThat(r.path("played").asInt()).isEqualTo(2);
        JsonNode first = r.path("attempts").get(0);
        assertThat(first.path("client").asText()).isEqualTo("I've cut down from twenty a day to ten.");
        assertThat(first.path("success").asBoolean()).as("%s", first).isTrue();
        JsonNode second = r.path("attempts").get(1);
        assertThat(second.path("itemId").asText()).isEqualTo("b-turned-round");
        assertThat(second.path("success").asBoolean()).isFalse();
        assertThat(second.path("feedback").path("why").asText()).contains("coded as");
        assertThat(r.path("prompt").path("itemId").asText()).isEqualTo("b-naloxone");
        assertThat(r.path("recent").toString()).isEqualTo("[true,false]");
        // the same input plays the same way; an edit to the text is played at once
        assertThat(instructor.post("/api/studio/playtest", body).expect(200).json()).isEqualTo(r);
        String edited = text.replace("I've cut down from twenty a day to ten.", "I've cut down from twenty a day to five.");
        assertThat(instructor.post("/api/studio/playtest", Map.of("text", edited, "responses", List.of())).expect(200).json()
                .path("prompt").path("client").asText()).contains("to five");
        // from the advanced level; a level the drill does not know is refused by name
        JsonNode advanced = instructor.post("/api/studio/playtest", Map.of("text", text, "level", "advanced")).expect(200).json();
        assertThat(advanced.path("prompt").path("level").asText()).isEqualTo("advanced");
        assertThat(instructor.post("/api/studio/playtest", Map.of("text", text, "level", "expert")).expect(400).body())
                .contains("level:");
        assertThat(trainee.get("/api/drills/drill-affirmation/progress").expect(200).json().path("recent").size()).isZero();
    }

    @Test
    void runsATestPlanAgainstTheUnsavedText() {
        String text = template("precontemplation", "sam-vaping-precontemplation");
        String plan = """
                { format: 1, scenario: 'sam-vaping-precontemplation', seed: 7, paths: [
                  { name: 'mi-consistent', style: 'mi_consistent',
                    steps: [ { say: "It wasn't your idea to come, and it's your call what you do about vaping.",
                               expect: { beat: 'what-it-gives' } } ],
                    end: { ending: 'none' } },
                  { name: 'wrong', style: 'confrontational',
                    steps: [ { say: "You really need to quit vaping.", expect: { beat: 'curious' } } ],
                    end: { ending: 'disengaged' } },
                ] }
                """;
        JsonNode r = instructor.post("/api/studio/test", Map.of("text", text, "planText", plan)).expect(200).json();
        assertThat(r.path("passed").asBoolean()).isFalse();
        assertThat(find(r.path("paths"), "name", "mi-consistent").path("passed").asBoolean()).as("%s", r).isTrue();
        JsonNode wrong = find(r.path("paths"), "name", "wrong");
        assertThat(wrong.path("passed").asBoolean()).isFalse();
        assertThat(wrong.path("failures").get(0).asText()).contains("expected beat 'curious'");
        JsonNode badPlan = instructor.post("/api/studio/test", Map.of("text", text, "planText", "{ format: 1 }")).expect(200).json();
        assertThat(badPlan.path("problems").size()).isPositive();
    }

    @Test
    void aTraineeCannotUseTheStudio() {
        trainee.get("/api/studio/scenarios").expect(403);
        trainee.post("/api/studio/validate", Map.of("text", "{}")).expect(403);
        trainee.put("/api/studio/scenarios/teresa-alcohol-contemplation", Map.of("text", "{}")).expect(403);
    }

    private List<Path> leftovers() throws IOException {
        try (Stream<Path> s = Files.walk(server.scenarios)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
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

    private static boolean hasProblem(JsonNode v, int line, int column, String severity, String contains) {
        for (JsonNode p : v.path("problems")) {
            if (p.path("line").asInt() == line && (column < 0 || p.path("column").asInt() == column)
                    && p.path("severity").asText().equals(severity) && p.path("message").asText().contains(contains)) {
                return true;
            }
        }
        return false;
    }

    private static int lineOf(String text, String needle) {
        int i = text.indexOf(needle);
        return (int) text.substring(0, i).chars().filter(c -> c == '\n').count() + 1;
    }

    private static int columnOf(String text, String needle) {
        int i = text.indexOf(needle);
        return i - text.lastIndexOf('\n', i - 1);
    }
}
