package org.changetalk.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.changetalk.account.Accounts;
import org.changetalk.account.Role;
import org.changetalk.account.User;
import org.changetalk.practice.DrillService;
import org.changetalk.practice.PracticeService;
import org.changetalk.practice.PracticeService.FeedbackMode;
import org.changetalk.scenario.model.Behaviour;
import org.changetalk.scenario.model.Conversation;
import org.changetalk.scenario.model.Drill;
import org.changetalk.scenario.model.Level;
import org.changetalk.scenario.library.LibraryEntry;
import org.changetalk.scenario.model.Persona;
import org.changetalk.scenario.model.Scenario;
import org.changetalk.scenario.model.ScenarioKind;
import org.changetalk.scenario.library.ScenarioLibrary;
import org.changetalk.scenario.model.Stage;
import org.changetalk.scenario.model.Wire;
import org.changetalk.account.AuthSessionRepository.SignedIn;
import org.changetalk.account.InviteRepository.Invite;

import java.time.Instant;
import java.util.Optional;

/** Every /api route of docs/web-api.md. Handlers parse and check input, call a service, and write JSON. */
final class ApiRoutes {
    static final String COOKIE = "ct_session";
    /** A browser that has signed in before: the throttle lets its owner in however hard others guess. */
    static final String DEVICE_COOKIE = "ct_device";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    /** A turn's request key (compiled once: {@code String.matches} compiled it on every turn). */
    private static final java.util.regex.Pattern REQUEST_KEY = java.util.regex.Pattern.compile("[A-Za-z0-9_-]{8,100}");

    private final Accounts accounts;
    private final PracticeService practice;
    private final DrillService drills;
    private final ScenarioLibrary library;
    private final Health health;
    private final ClientAddress address;

    /** Whether the app is ready: the database answers and the library has loaded. */
    interface Health {
        boolean ready();

        /** Whether the start-up work is still going on (then not ready, but not broken either). */
        default boolean starting() {
            return false;
        }
    }

    ApiRoutes(Accounts accounts, PracticeService practice, DrillService drills, ScenarioLibrary library, Health health,
              ClientAddress address) {
        this.address = address;
        this.accounts = accounts;
        this.practice = practice;
        this.drills = drills;
        this.library = library;
        this.health = health;
    }

    void register(RoutesConfig r) {
        r.get("/api/health", this::health);
        r.post("/api/auth/login", this::login);
        r.post("/api/auth/logout", this::logout);
        r.get("/api/auth/me", this::me);
        // POST /api/auth/signup is in CohortRoutes: a cohort's join code works there too
        r.post("/api/users", this::createUser);
        r.get("/api/users", ctx -> {
            ArrayNode out = JSON.arrayNode();
            accounts.list(Caller.user(ctx)).forEach(u -> out.add(user(u)));
            send(ctx, 200, out);
        });
        r.put("/api/users/{id}/instructor", ctx -> {
            User admin = Caller.withRole(ctx, Role.ADMIN);
            ObjectNode body = Requests.object(ctx);
            send(ctx, 200, user(accounts.assignInstructor(admin, ctx.pathParam("id"), Requests.text(body, "instructor"))));
        });
        r.get("/api/users/{id}/sessions", ctx -> {
            User viewer = Caller.withRole(ctx, Role.INSTRUCTOR, Role.ADMIN);
            send(ctx, 200, PracticeJson.sessions(practice.listOf(viewer, ctx.pathParam("id"))));
        });
        r.post("/api/invites", this::createInvite);
        r.get("/api/invites", ctx -> {
            ArrayNode out = JSON.arrayNode();
            accounts.invites(Caller.user(ctx)).forEach(i -> out.add(invite(i)));
            send(ctx, 200, out);
        });
        r.get("/api/scenarios", this::scenarios);
        r.get("/api/scenarios/{id}", this::scenario);
        r.post("/api/sessions", this::startSession);
        r.get("/api/sessions", ctx -> send(ctx, 200, PracticeJson.sessions(practice.list(Caller.user(ctx)))));
        r.get("/api/sessions/{id}", ctx -> send(ctx, 200, PracticeJson.session(practice.get(Caller.user(ctx), ctx.pathParam("id")))));
        r.post("/api/sessions/{id}/turns", ctx -> {
            User u = Caller.user(ctx);
            ObjectNode body = Requests.object(ctx);
            String text = Requests.text(body, "text");
            String key = Requests.optionalText(body, "requestKey");
            if (key != null && !REQUEST_KEY.matcher(key).matches()) {
                throw ApiError.badRequest("requestKey: 8–100 letters, digits, '-' or '_'.");
            }
            send(ctx, 201, PracticeJson.turnResult(practice.respond(u, ctx.pathParam("id"), text, key)));
        });
        r.get("/api/sessions/{id}/choices", ctx -> send(ctx, 200,
                PracticeJson.choices(practice.choices(Caller.user(ctx), ctx.pathParam("id")))));
        r.post("/api/sessions/{id}/finish", ctx -> send(ctx, 200, PracticeJson.session(practice.finish(Caller.user(ctx), ctx.pathParam("id")))));
        r.get("/api/sessions/{id}/report", ctx -> send(ctx, 200, PracticeJson.report(practice.report(Caller.user(ctx), ctx.pathParam("id")))));
        r.get("/api/drills/{id}/progress", ctx -> send(ctx, 200, PracticeJson.drillStatus(drills.progress(Caller.user(ctx), ctx.pathParam("id")))));
        r.post("/api/drills/{id}/attempts", ctx -> {
            User u = Caller.user(ctx);
            String text = Requests.text(Requests.object(ctx), "text");
            send(ctx, 201, PracticeJson.drillAnswer(drills.attempt(u, ctx.pathParam("id"), text)));
        });
        r.get("/api/me/progress", ctx -> send(ctx, 200, PracticeJson.progress(practice.progress(Caller.user(ctx)))));
    }

    private void health(Context ctx) {
        boolean ready = health.ready();
        // still starting (the server listens before its start-up work is done), or the database is away
        String status = ready ? "ok" : health.starting() ? "starting" : "unavailable";
        // written out, not through Jackson: the first request after a start is this one, and making Jackson's
        // serialisers for it would put a few hundred classes between the server and its first "ok"
        ctx.status(ready ? 200 : 503).contentType("application/json; charset=utf-8").result("{\"status\":\"" + status + "\"}");
    }

    private void login(Context ctx) {
        ObjectNode body = Requests.object(ctx);
        String username = Requests.text(body, "username");
        String password = Requests.text(body, "password");
        signedIn(ctx, 200, accounts.login(username, password, client(ctx, address)));
    }

    private void logout(Context ctx) {
        accounts.logout(ctx.cookie(COOKIE));
        ctx.header("Set-Cookie", COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict" + secure(ctx, address));
        ctx.status(204);
    }

    private void me(Context ctx) {
        SignedIn s = Caller.signedIn(ctx);
        send(ctx, 200, session(s.user(), s.csrfToken()));
    }

    /** Who is signing in: the address through trusted proxies only, the device cookie, the browser's name. */
    static org.changetalk.account.Client client(Context ctx, ClientAddress address) {
        return new org.changetalk.account.Client(address.of(ctx), ctx.cookie(DEVICE_COOKIE), ctx.header("User-Agent"));
    }

    void signedIn(Context ctx, int status, Accounts.SignIn s) {
        ctx.res().addHeader("Set-Cookie", COOKIE + "=" + s.token() + "; Path=/; Max-Age="
                + accounts.sessionLifetime().toSeconds() + "; HttpOnly; SameSite=Strict" + secure(ctx, address));
        if (s.deviceToken() != null) {
            ctx.res().addHeader("Set-Cookie", DEVICE_COOKIE + "=" + s.deviceToken() + "; Path=/api/auth; Max-Age="
                    + 365L * 24 * 3600 + "; HttpOnly; SameSite=Strict" + secure(ctx, address));
        }
        send(ctx, status, session(s.user(), s.csrfToken()));
    }

    /**
     * Secure only over HTTPS (directly, or through a configured TLS proxy that says so): on plain
     * http://127.0.0.1 a Secure cookie would never come back.
     */
    static String secure(Context ctx, ClientAddress address) {
        return address.https(ctx) ? "; Secure" : "";
    }

    private void createUser(Context ctx) {
        User actor = Caller.withRole(ctx, Role.INSTRUCTOR, Role.ADMIN);
        ObjectNode body = Requests.object(ctx);
        String username = Requests.text(body, "username");
        String password = Requests.text(body, "password");
        String roleName = Requests.text(body, "role");
        Role role = Role.parse(roleName).orElseThrow(() ->
                ApiError.badRequest("role: must be trainee, instructor or admin, not '" + roleName + "'."));
        String displayName = Requests.optionalText(body, "displayName");
        send(ctx, 201, user(accounts.create(actor, username, password, role, displayName)));
    }

    private void createInvite(Context ctx) {
        User actor = Caller.withRole(ctx, Role.INSTRUCTOR, Role.ADMIN);
        // an empty body means the defaults
        int maxUses = Requests.blank(ctx) ? 30 : Requests.optionalInt(Requests.object(ctx), "maxUses", 1, 1000, 30);
        send(ctx, 201, invite(accounts.createInvite(actor, maxUses)));
    }

    private void scenarios(Context ctx) {
        Caller.user(ctx);
        ScenarioKind kind = filter(ctx, "kind", ScenarioKind.class);
        Stage stage = filter(ctx, "stage", Stage.class);
        Behaviour behaviour = filter(ctx, "behaviour", Behaviour.class);
        ArrayNode out = JSON.arrayNode();
        for (LibraryEntry e : library.entries()) {
            Scenario s = e.scenario();
            if ((kind == null || s.kind() == kind) && (stage == null || s.stage() == stage)
                    && (behaviour == null || s.behaviour() == behaviour)) {
                out.add(scenarioSummary(s));
            }
        }
        send(ctx, 200, out);
    }

    private void scenario(Context ctx) {
        Caller.user(ctx);
        Scenario s = library.find(ctx.pathParam("id")).map(LibraryEntry::scenario)
                .orElseThrow(() -> ApiError.notFound("No scenario '" + ctx.pathParam("id") + "'."));
        ObjectNode o = scenarioSummary(s);
        if (s instanceof Conversation c) {
            Persona p = c.persona();
            ObjectNode po = (ObjectNode) o.get("persona");
            po.put("background", p.background());
            po.put("setting", p.setting());
            ArrayNode goals = po.putArray("goals");
            p.goals().forEach(g -> goals.add(g.text()));
        } else if (s instanceof Drill d) {
            o.put("instructions", d.instructions());
            ArrayNode levels = o.putArray("levels");
            for (Level l : Level.values()) {
                ObjectNode lo = levels.addObject();
                lo.put("name", Wire.name(l));
                lo.put("items", d.items(l).size());
            }
        }
        send(ctx, 200, o);
    }

    private static <E extends Enum<E>> E filter(Context ctx, String name, Class<E> type) {
        String value = ctx.queryParam(name);
        if (value == null || value.isEmpty()) {
            return null;
        }
        Optional<E> e = Wire.parse(type, value);
        return e.orElseThrow(() -> ApiError.badRequest(name + ": must be one of " + String.join(", ", Wire.names(type))
                + ", not '" + value + "'."));
    }

    private void startSession(Context ctx) {
        User u = Caller.user(ctx);
        ObjectNode body = Requests.object(ctx);
        String scenarioId = Requests.text(body, "scenarioId");
        String fb = Requests.optionalText(body, "feedback");
        FeedbackMode mode = fb == null ? FeedbackMode.LIVE : Wire.parse(FeedbackMode.class, fb)
                .orElseThrow(() -> ApiError.badRequest("feedback: must be \"live\" or \"after\", not '" + fb + "'."));
        boolean guided = Requests.optionalBoolean(body, "guided", false);
        send(ctx, 201, PracticeJson.session(practice.start(u, scenarioId, mode, guided)));
    }

    private static ObjectNode scenarioSummary(Scenario s) {
        ObjectNode o = JSON.objectNode();
        o.put("id", s.id());
        o.put("title", s.title());
        o.put("kind", Wire.name(s.kind()));
        o.put("stage", s.stage() == null ? null : Wire.name(s.stage()));
        o.put("behaviour", s.behaviour() == null ? null : Wire.name(s.behaviour()));
        o.put("summary", s.summary());
        if (s instanceof Conversation c) {
            ObjectNode p = o.putObject("persona");
            p.put("name", c.persona().name());
            p.put("age", c.persona().age());
            p.put("pronouns", c.persona().pronouns());
            o.putNull("skill");
        } else if (s instanceof Drill d) {
            o.putNull("persona");
            o.put("skill", Wire.name(d.skill()));
        }
        return o;
    }

    static ObjectNode user(User u) {
        return UserJson.of(u);
    }

    private static ObjectNode session(User u, String csrf) {
        ObjectNode o = JSON.objectNode();
        o.set("user", user(u));
        o.put("csrfToken", csrf);
        return o;
    }

    private static ObjectNode invite(Invite i) {
        ObjectNode o = JSON.objectNode();
        o.put("code", i.code());
        o.put("maxUses", i.maxUses());
        o.put("uses", i.uses());
        o.put("createdAt", Instant.ofEpochMilli(i.createdAt()).toString());
        return o;
    }

    static void send(Context ctx, int status, JsonNode body) {
        ctx.status(status).contentType("application/json; charset=utf-8").result(body.toString());
    }
}
