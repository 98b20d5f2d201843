package org.changetalk.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every API route, called by every kind of caller, on resources that belong to one trainee: the answer's
 * status is the contract's. "Other" trainee and instructor stand for someone with the right role but no
 * claim on these ids; they must get 404 (not 403), so ids of others' things do not leak.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RouteAccessTest {
    private static final String TERESA = "teresa-alcohol-contemplation";
    private static final String DRILL = "drill-complex-reflection";
    private static final String REFLECTION = "It sounds like that drive really scared you.";

    @TempDir
    static Path dir;

    /** A valid conversation (the studio's template), for the studio's routes. */
    private static String SAM;

    private TestServer server;
    /** In column order: anonymous, trainee, other trainee, instructor, other instructor, admin. */
    private final Map<String, ApiClient> callers = new LinkedHashMap<>();
    private String active;
    private String traineeId;
    private String finished;
    /** Finished and shared with the cohort, of which "other trainee" is a member too. */
    private String shared;
    private String cohort;
    private final AtomicInteger counter = new AtomicInteger();

    @BeforeAll
    void setUp() {
        server = TestServer.start(dir);
        ApiClient admin = server.admin();
        SAM = org.changetalk.studio.Templates.text(org.changetalk.scenario.model.ScenarioKind.CONVERSATION,
                org.changetalk.scenario.model.Stage.PRECONTEMPLATION, "sam-vaping-precontemplation");
        ApiClient instructor = admin.create("irene", "instructor");
        ApiClient otherInstructor = admin.create("oscar", "instructor");
        ApiClient trainee = instructor.create("tom", "trainee");
        ApiClient otherTrainee = otherInstructor.create("tara", "trainee");
        callers.put("anonymous", server.client());
        callers.put("trainee", trainee);
        callers.put("other trainee", otherTrainee);
        callers.put("instructor", instructor);
        callers.put("other instructor", otherInstructor);
        callers.put("admin", admin);
        traineeId = trainee.get("/api/auth/me").json().path("user").path("id").asText();
        active = trainee.post("/api/sessions", Map.of("scenarioId", TERESA)).expect(201).id();
        finished = trainee.post("/api/sessions", Map.of("scenarioId", TERESA)).expect(201).id();
        trainee.post("/api/sessions/" + finished + "/turns", Map.of("text", REFLECTION)).expect(201);
        trainee.post("/api/sessions/" + finished + "/finish", null).expect(200);
        shared = trainee.post("/api/sessions", Map.of("scenarioId", TERESA)).expect(201).id();
        trainee.post("/api/sessions/" + shared + "/turns", Map.of("text", REFLECTION)).expect(201);
        trainee.post("/api/sessions/" + shared + "/finish", null).expect(200);
        // a cohort of irene's with tom (added) and tara (joined with the code): tara sees only what tom shares
        ApiClient.Response c = instructor.post("/api/cohorts", Map.of("name", "Spring group")).expect(201);
        cohort = c.id();
        instructor.post("/api/cohorts/" + cohort + "/members", Map.of("username", "tom")).expect(201);
        otherTrainee.post("/api/cohorts/join", Map.of("inviteCode", c.json().path("inviteCode").asText())).expect(200);
        trainee.post("/api/sessions/" + shared + "/shares", Map.of("cohortId", cohort)).expect(201);
    }

    @AfterAll
    void tearDown() {
        server.close();
    }

    private record Route(String method, String path, Supplier<Object> body, int... expected) {}

    private List<Route> routes() {
        Supplier<Object> none = () -> null;
        List<Route> r = new ArrayList<>();
        //                                                                  anon trainee other  instr  o.instr admin
        r.add(new Route("GET", "/api/health", none, 200, 200, 200, 200, 200, 200));
        r.add(new Route("GET", "/api/auth/me", none, 401, 200, 200, 200, 200, 200));
        r.add(new Route("POST", "/api/auth/login", () -> Map.of("username", "who" + counter.incrementAndGet(), "password", "wrong-password"),
                401, 401, 401, 401, 401, 401));
        r.add(new Route("POST", "/api/auth/signup", () -> Map.of("inviteCode", "no-such-code", "username", "new" + counter.incrementAndGet(),
                "password", "long-enough-pw"), 400, 400, 400, 400, 400, 400));
        r.add(new Route("GET", "/api/users", none, 401, 403, 403, 200, 200, 200));
        r.add(new Route("POST", "/api/users", () -> Map.of("username", "made" + counter.incrementAndGet(),
                "password", "long-enough-pw", "role", "trainee"), 401, 403, 403, 201, 201, 201));
        r.add(new Route("POST", "/api/users", () -> Map.of("username", "boss" + counter.incrementAndGet(),
                "password", "long-enough-pw", "role", "instructor"), 401, 403, 403, 403, 403, 201));
        r.add(new Route("GET", "/api/users/" + traineeId + "/sessions", none, 401, 403, 403, 200, 404, 200));
        r.add(new Route("GET", "/api/users/no-such-user/sessions", none, 401, 403, 403, 404, 404, 404));
        r.add(new Route("GET", "/api/invites", none, 401, 403, 403, 200, 200, 200));
        r.add(new Route("POST", "/api/invites", () -> Map.of("maxUses", 2), 401, 403, 403, 201, 201, 201));
        r.add(new Route("GET", "/api/scenarios", none, 401, 200, 200, 200, 200, 200));
        r.add(new Route("GET", "/api/scenarios/" + TERESA, none, 401, 200, 200, 200, 200, 200));
        r.add(new Route("GET", "/api/scenarios/no-such-scenario", none, 401, 404, 404, 404, 404, 404));
        r.add(new Route("POST", "/api/sessions", () -> Map.of("scenarioId", TERESA, "feedback", "after"),
                401, 201, 201, 201, 201, 201));
        r.add(new Route("GET", "/api/sessions", none, 401, 200, 200, 200, 200, 200));
        r.add(new Route("GET", "/api/sessions/" + active, none, 401, 200, 404, 200, 404, 200));
        r.add(new Route("GET", "/api/sessions/no-such-session", none, 401, 404, 404, 404, 404, 404));
        r.add(new Route("POST", "/api/sessions/" + active + "/turns", () -> Map.of("text", REFLECTION),
                401, 201, 404, 403, 404, 403));
        r.add(new Route("POST", "/api/sessions/no-such-session/turns", () -> Map.of("text", REFLECTION),
                401, 404, 404, 404, 404, 404));
        r.add(new Route("GET", "/api/sessions/" + active + "/report", none, 401, 409, 404, 409, 404, 409));
        r.add(new Route("GET", "/api/sessions/" + finished + "/report", none, 401, 200, 404, 200, 404, 200));
        r.add(new Route("POST", "/api/sessions/" + finished + "/finish", none, 401, 200, 404, 403, 404, 403));
        r.add(new Route("POST", "/api/sessions/" + finished + "/turns", () -> Map.of("text", REFLECTION),
                401, 409, 404, 403, 404, 403));
        r.add(new Route("GET", "/api/drills/" + DRILL + "/progress", none, 401, 200, 200, 200, 200, 200));
        r.add(new Route("GET", "/api/drills/" + TERESA + "/progress", none, 401, 404, 404, 404, 404, 404));
        r.add(new Route("POST", "/api/drills/" + DRILL + "/attempts", () -> Map.of("text", "You're worn out."),
                401, 201, 201, 201, 201, 201));
        r.add(new Route("GET", "/api/me/progress", none, 401, 200, 200, 200, 200, 200));
        // issue 5: cohorts ("other trainee" is a member of the cohort; "other instructor" has nothing to do with it)
        String c = "/api/cohorts/" + cohort;
        String sh = "/api/sessions/" + shared;
        String un = "/api/sessions/" + finished;
        Supplier<Object> recode = () -> Map.of("codes", List.of(Map.of("code", "COMPLEX_REFLECTION")));
        Supplier<Object> comment = () -> Map.of("turn", 1, "text", "Nice reflection.");
        r.add(new Route("POST", "/api/cohorts", () -> Map.of("name", "Group " + counter.incrementAndGet()), 401, 403, 403, 201, 201, 201));
        r.add(new Route("GET", "/api/cohorts", none, 401, 200, 200, 200, 200, 200));
        r.add(new Route("GET", c, none, 401, 200, 200, 200, 404, 200));
        r.add(new Route("GET", "/api/cohorts/no-such-cohort", none, 401, 404, 404, 404, 404, 404));
        r.add(new Route("POST", c + "/members", () -> Map.of("username", "tom"), 401, 403, 403, 200, 404, 200));
        // tara joined with irene's code, so irene may add her (issue 13); she is a member already, so nothing changes
        r.add(new Route("POST", c + "/members", () -> Map.of("username", "tara"), 401, 403, 403, 200, 404, 200));
        r.add(new Route("POST", c + "/instructors", () -> Map.of("username", "irene"), 401, 403, 403, 200, 404, 200));
        r.add(new Route("POST", "/api/cohorts/join", () -> Map.of("inviteCode", "no-such-code"), 401, 400, 400, 403, 403, 403));
        r.add(new Route("POST", c + "/invite-code", none, 401, 403, 403, 200, 404, 200));
        r.add(new Route("DELETE", c + "/members/no-such-user", none, 401, 403, 403, 204, 404, 204));
        r.add(new Route("GET", c + "/sessions", none, 401, 200, 200, 200, 404, 200));
        r.add(new Route("GET", c + "/sessions/export?format=csv", none, 401, 200, 200, 200, 404, 200));
        r.add(new Route("GET", c + "/agreement", none, 401, 403, 403, 200, 404, 200));
        r.add(new Route("GET", c + "/dashboard", none, 401, 403, 403, 200, 404, 200));
        r.add(new Route("GET", c + "/dashboard/export?format=csv", none, 401, 403, 403, 200, 404, 200));
        r.add(new Route("GET", "/api/me/dashboard", none, 401, 200, 200, 200, 200, 200));
        r.add(new Route("GET", "/api/me/dashboard/export?format=json", none, 401, 200, 200, 200, 200, 200));
        r.add(new Route("GET", sh + "/shares", none, 401, 200, 404, 404, 404, 404));
        r.add(new Route("POST", sh + "/shares", () -> Map.of("cohortId", cohort), 401, 200, 404, 404, 404, 404));
        r.add(new Route("POST", "/api/sessions/" + active + "/shares", () -> Map.of("cohortId", cohort), 401, 409, 404, 404, 404, 404));
        r.add(new Route("DELETE", un + "/shares/" + cohort, none, 401, 204, 404, 404, 404, 404));
        r.add(new Route("GET", sh + "/review", none, 401, 200, 200, 200, 404, 200));
        r.add(new Route("GET", sh + "/review?codes=auto", none, 401, 200, 200, 200, 404, 200));
        r.add(new Route("GET", un + "/review", none, 401, 200, 404, 200, 404, 200));
        r.add(new Route("GET", "/api/sessions/" + active + "/review", none, 401, 409, 404, 409, 404, 409));
        r.add(new Route("PUT", sh + "/turns/1/codes", recode, 401, 403, 403, 200, 404, 200));
        r.add(new Route("PUT", un + "/turns/1/codes", recode, 401, 403, 404, 200, 404, 200));
        r.add(new Route("PUT", sh + "/turns/99/codes", recode, 401, 403, 403, 404, 404, 404));
        r.add(new Route("DELETE", un + "/turns/1/codes", none, 401, 403, 404, 204, 404, 204));
        r.add(new Route("GET", sh + "/comments", none, 401, 200, 200, 200, 404, 200));
        r.add(new Route("GET", un + "/comments", none, 401, 200, 404, 200, 404, 200));
        r.add(new Route("POST", sh + "/comments", comment, 401, 201, 201, 201, 404, 201));
        r.add(new Route("POST", un + "/comments", comment, 401, 201, 404, 201, 404, 201));
        r.add(new Route("GET", sh + "/export?format=csv", none, 401, 200, 200, 200, 404, 200));
        r.add(new Route("GET", un + "/export?format=json", none, 401, 200, 404, 200, 404, 200));
        r.add(new Route("GET", sh + "/xapi", none, 401, 200, 200, 200, 404, 200));
        r.add(new Route("GET", un + "/xapi", none, 401, 200, 404, 200, 404, 200));
        r.add(new Route("POST", "/api/imports", () -> Map.of("format", "txt", "text", "Counselor: What brings you in?\nClient: My wife.\n"),
                401, 201, 201, 201, 201, 201));
        r.add(new Route("POST", "/api/imports", () -> Map.of("format", "jsonl", "text", "{not json\n"), 401, 400, 400, 400, 400, 400));
        // issue 6: the studio, for instructors and admins only
        String st = "/api/studio/scenarios/";
        Supplier<Object> draft = () -> Map.of("text", "{ id: 'studio-walk', kind: 'conversation' ", "draft", true,
                "baseVersion", "no-such-version");
        Supplier<Object> validText = () -> Map.of("text", SAM);
        r.add(new Route("GET", "/api/studio/scenarios", none, 401, 403, 403, 200, 200, 200));
        r.add(new Route("GET", st + TERESA, none, 401, 403, 403, 200, 200, 200));
        r.add(new Route("GET", st + "no-such-scenario", none, 401, 403, 403, 404, 404, 404));
        r.add(new Route("GET", st + "Bad_Id", none, 401, 403, 403, 400, 400, 400));
        r.add(new Route("PUT", st + "studio-walk", draft, 401, 403, 403, 409, 409, 409));
        r.add(new Route("GET", st + TERESA + "/versions", none, 401, 403, 403, 200, 200, 200));
        r.add(new Route("GET", st + TERESA + "/versions/99", none, 401, 403, 403, 404, 404, 404));
        r.add(new Route("POST", "/api/studio/validate", validText, 401, 403, 403, 200, 200, 200));
        r.add(new Route("POST", "/api/studio/validate", () -> Map.of("nope", 1), 401, 403, 403, 400, 400, 400));
        r.add(new Route("GET", "/api/studio/template?kind=drill", none, 401, 403, 403, 200, 200, 200));
        r.add(new Route("GET", "/api/studio/template?kind=conversation&stage=action", none, 401, 403, 403, 200, 200, 200));
        r.add(new Route("POST", "/api/studio/playtest", () -> Map.of("text", SAM, "responses", List.of(REFLECTION)),
                401, 403, 403, 200, 200, 200));
        r.add(new Route("POST", "/api/studio/test", () -> Map.of("text", SAM, "planText", "{ format: 1 }"),
                401, 403, 403, 200, 200, 200));
        // deleting needs the version being deleted (a lost-update guard), so a bare DELETE is a bad request
        r.add(new Route("DELETE", st + TERESA, none, 401, 403, 403, 400, 400, 400));
        // issue 13: what a delete touches, renames and plans checked before anything moves, deleted ones, the schema
        r.add(new Route("GET", st + TERESA + "/uses", none, 401, 403, 403, 200, 200, 200));
        r.add(new Route("GET", st + "no-such-scenario/uses", none, 401, 403, 403, 404, 404, 404));
        r.add(new Route("POST", st + TERESA + "/rename", () -> Map.of("to", "Bad Id", "baseVersion", "x"), 401, 403, 403, 400, 400, 400));
        r.add(new Route("POST", st + TERESA + "/rename", () -> Map.of("to", "teresa-renamed", "baseVersion", "no-such-version"),
                401, 403, 403, 409, 409, 409));
        r.add(new Route("PUT", st + TERESA + "/plan", () -> Map.of("text", "{ format: 1 }"), 401, 403, 403, 400, 400, 400));
        r.add(new Route("GET", "/api/studio/deleted", none, 401, 403, 403, 200, 200, 200));
        r.add(new Route("GET", "/api/studio/schema", none, 401, 403, 403, 200, 200, 200));
        r.add(new Route("GET", "/api/no-such-route", none, 401, 404, 404, 404, 404, 404));
        r.add(new Route("GET", "/api/auth/login", none, 405, 405, 405, 405, 405, 405));
        r.add(new Route("POST", "/api/scenarios", () -> Map.of(), 401, 405, 405, 405, 405, 405));
        return r;
    }

    @Test
    void everyRouteAnswersEveryCallerAsTheContractSays() {
        List<String> wrong = new ArrayList<>();
        for (Route route : routes()) {
            int i = 0;
            for (Map.Entry<String, ApiClient> caller : callers.entrySet()) {
                Object body = route.body().get();
                ApiClient.Response r = route.method().equals("GET") ? caller.getValue().get(route.path())
                        : caller.getValue().withBody(route.method(), route.path(), body);
                int expected = route.expected()[i++];
                if (r.status() != expected) {
                    wrong.add(route.method() + " " + route.path() + " as " + caller.getKey() + ": " + r.status()
                            + " (expected " + expected + ") " + r.body());
                }
                if (r.status() >= 400) {
                    assertThat(r.json().path("error").isTextual()).as("error body of %s %s: %s", route.method(),
                            route.path(), r.body()).isTrue();
                    assertThat(r.json().path("detail").asText()).isNotBlank();
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void logoutAnswers204ForEveryoneAndEndsTheSignIn() {
        ApiClient admin = server.admin();
        ApiClient anonymous = server.client();
        anonymous.post("/api/auth/logout", null).expect(204);
        String cookie = admin.cookie;
        admin.post("/api/auth/logout", null).expect(204);
        assertThat(admin.cookie).isNull();
        ApiClient stale = server.client();
        stale.cookie = cookie;
        stale.get("/api/auth/me").expect(401);
    }

    @Test
    void listsShowOnlyWhatTheCallerMaysee() {
        assertThat(callers.get("other trainee").get("/api/sessions").body()).doesNotContain(active);
        assertThat(callers.get("trainee").get("/api/sessions").body()).contains(active, finished);
        assertThat(callers.get("instructor").get("/api/users/" + traineeId + "/sessions").body()).contains(active, finished);
        assertThat(callers.get("other instructor").get("/api/users").body()).doesNotContain("\"tom\"").contains("\"tara\"");
        assertThat(callers.get("instructor").get("/api/users").body()).contains("\"tom\"").doesNotContain("\"tara\"", "\"admin\"");
        assertThat(callers.get("admin").get("/api/users").body()).contains("\"tom\"", "\"tara\"", "\"irene\"", "\"admin\"");
        String invite = callers.get("instructor").post("/api/invites", Map.of()).expect(201).json().path("code").asText();
        assertThat(callers.get("other instructor").get("/api/invites").body()).doesNotContain(invite);
        assertThat(callers.get("admin").get("/api/invites").body()).contains(invite);
    }
}
