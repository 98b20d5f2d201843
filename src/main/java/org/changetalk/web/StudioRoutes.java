package org.changetalk.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.changetalk.account.Role;
import org.changetalk.account.User;
import org.changetalk.scenario.model.ClientState;
import org.changetalk.scenario.model.Conversation;
import org.changetalk.scenario.model.Drill;
import org.changetalk.scenario.model.Level;
import org.changetalk.scenario.model.ScenarioKind;
import org.changetalk.scenario.model.Stage;
import org.changetalk.scenario.model.Wire;
import org.changetalk.scenario.read.FolderFiles;
import org.changetalk.scenario.read.LoadResult;
import org.changetalk.scenario.read.Problem;
import org.changetalk.scenario.read.ScenarioLoader;
import org.changetalk.scenario.plan.TestPlan;
import org.changetalk.storage.ScenarioReferences;
import org.changetalk.studio.Playtest;
import org.changetalk.studio.StudioCheck;
import org.changetalk.studio.ScenarioStore;
import org.changetalk.studio.StudioStore;
import org.changetalk.studio.Templates;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The studio's routes (issue 6, docs/web-api.md#studio-issue-6): instructors and admins only. */
final class StudioRoutes {
    /** Scenario texts may be this long (characters); bodies up to {@link WebServer#MAX_UPLOAD_BODY}. */
    static final int MAX_TEXT = 256 * 1024;
    private static final int MAX_RESPONSES = 200;
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final ScenarioStore store;
    private final StudioCheck check;
    private final Playtest playtest;
    private final ScenarioLoader loader;
    private final ScenarioReferences references;
    /** Sessions and drill places, moved in the same step as a renamed scenario. */
    private final ScenarioStore.Uses uses;

    /** The format's JSON Schema beside the scenarios: the editor's completion and hover help are read from it. */
    private final Path schema;

    StudioRoutes(ScenarioStore store, StudioCheck check, Playtest playtest, ScenarioLoader loader, ScenarioReferences references,
                 Path schema) {
        this.schema = schema;
        this.uses = new ScenarioStore.Uses() {
            @Override
            public void move(java.sql.Connection c, String from, String to) throws java.sql.SQLException {
                ScenarioReferences.rename(c, from, to);
            }

            @Override
            public void moveCommitted(String from, String to) {
                references.rename(from, to);
            }
        };
        this.store = store;
        this.check = check;
        this.playtest = playtest;
        this.loader = loader;
        this.references = references;
    }

    void register(RoutesConfig r) {
        r.get("/api/studio/scenarios", this::list);
        r.get("/api/studio/scenarios/{id}", this::get);
        r.put("/api/studio/scenarios/{id}", this::save);
        r.delete("/api/studio/scenarios/{id}", this::delete);
        r.post("/api/studio/scenarios/{id}/rename", this::rename);
        r.get("/api/studio/scenarios/{id}/uses", this::uses);
        r.get("/api/studio/deleted", this::deleted);
        r.put("/api/studio/scenarios/{id}/plan", this::savePlan);
        r.get("/api/studio/scenarios/{id}/versions", this::versions);
        r.get("/api/studio/scenarios/{id}/versions/{number}", this::version);
        r.get("/api/studio/scenarios/{id}/plan/versions", this::planVersions);
        r.get("/api/studio/scenarios/{id}/plan/versions/{number}", this::planVersion);
        r.post("/api/studio/validate", this::validate);
        r.get("/api/studio/schema", this::schema);
        r.get("/api/studio/template", this::template);
        r.post("/api/studio/playtest", this::playtest);
        r.post("/api/studio/test", this::test);
        r.post("/api/studio/probe", this::probe);
    }

    private static User author(Context ctx) {
        return Caller.withRole(ctx, Role.INSTRUCTOR, Role.ADMIN);
    }

    private void list(Context ctx) {
        author(ctx);
        ArrayNode out = JSON.arrayNode();
        for (String id : store.ids()) {
            store.current(id).ifPresent(c -> {
                StudioCheck.Result res = check.check(c.text(), id);
                ObjectNode o = out.addObject();
                o.put("id", id);
                var s = res.checked().scenario();
                o.put("title", s == null ? null : s.title());
                o.put("kind", s == null || s.kind() == null ? null : Wire.name(s.kind()));
                o.put("status", c.draft() ? "draft" : "published");
                o.put("valid", res.valid());
                o.put("errors", res.errors());
                o.put("warnings", res.warnings());
                o.put("version", c.version());
                o.put("updatedAt", c.updatedAt().toString());
            });
        }
        ApiRoutes.send(ctx, 200, out);
    }

    private void get(Context ctx) {
        author(ctx);
        String id = id(ctx);
        StudioStore.Current c = store.current(id).orElseThrow(() -> ApiError.notFound("No scenario '" + id + "'."));
        ObjectNode o = JSON.objectNode();
        o.put("id", id);
        o.put("status", c.draft() ? "draft" : "published");
        o.put("text", c.text());
        o.put("version", c.version());
        o.set("problems", StudioJson.problems(check.check(c.text(), id)));
        Optional<String> plan = store.plan(id);
        o.put("hasPlan", plan.isPresent());
        o.put("planText", plan.orElse(null));
        ApiRoutes.send(ctx, 200, o);
    }

    private void validate(Context ctx) {
        author(ctx);
        ObjectNode body = body(ctx);
        String text = scenarioText(body, "text");
        String id = optionalId(body);
        if (id == null) {
            String declared = StudioCheck.declaredId(text);
            id = StudioStore.usableId(declared) ? declared : "scenario";
        }
        StudioCheck.Result res = check.check(text, id);
        ObjectNode o = JSON.objectNode();
        o.put("valid", res.valid());
        o.set("problems", StudioJson.problems(res));
        o.set("map", StudioJson.map(StudioCheck.map(res)));
        ApiRoutes.send(ctx, 200, o);
    }

    private void schema(Context ctx) {
        author(ctx);
        String text;
        try {
            text = FolderFiles.isFile(schema) ? FolderFiles.readString(schema) : null;
        } catch (java.io.IOException e) {
            text = null;
        }
        if (text == null) {
            throw ApiError.notFound("No schema.json beside the scenarios: the editor works without completion.");
        }
        ctx.status(200).contentType("application/schema+json").header("Cache-Control", "no-cache").result(text);
    }

    private void template(Context ctx) {
        author(ctx);
        String k = ctx.queryParam("kind");
        ScenarioKind kind = k == null || k.isEmpty() ? ScenarioKind.CONVERSATION : Wire.parse(ScenarioKind.class, k)
                .orElseThrow(() -> ApiError.badRequest("kind: must be conversation or drill, not '" + k + "'."));
        String st = ctx.queryParam("stage");
        Stage stage = st == null || st.isEmpty() ? Stage.CONTEMPLATION : Wire.parse(Stage.class, st)
                .orElseThrow(() -> ApiError.badRequest("stage: must be one of " + String.join(", ", Wire.names(Stage.class))
                        + ", not '" + st + "'."));
        String id = ctx.queryParam("id");
        if (id == null || id.isEmpty()) {
            id = Templates.defaultId(kind, stage);
        } else if (!StudioStore.usableId(id)) {
            throw ApiError.badRequest("id: must be lower-case kebab-case (a-z, 0-9 and single hyphens), at most "
                    + StudioStore.MAX_ID_LENGTH + " characters and not ending in 'schema'.");
        }
        ObjectNode o = JSON.objectNode();
        o.put("id", id);
        o.put("text", Templates.text(kind, stage, id));
        ApiRoutes.send(ctx, 200, o);
    }

    private void playtest(Context ctx) {
        author(ctx);
        ObjectNode body = body(ctx);
        String text = scenarioText(body, "text");
        List<String> responses = responses(body);
        long seed = seed(body);
        var scenarioRead = checked(text).checked().scenario();
        if (scenarioRead instanceof Drill drill) {
            String level = Requests.optionalText(body, "level");
            Level from = level == null ? Level.BEGINNER : Wire.parse(Level.class, level).orElseThrow(() -> ApiError.badRequest(
                    "level: must be one of " + String.join(", ", Wire.names(Level.class)) + ", not '" + level + "'."));
            if (drill.items(from).isEmpty()) {
                throw ApiError.badRequest("level: this drill has no " + level + " statements.");
            }
            ApiRoutes.send(ctx, 200, StudioJson.drilled(playtest.drill(drill, from, responses)));
            return;
        }
        if (!(scenarioRead instanceof Conversation scenario)) {
            throw ApiError.badRequest("text: only conversations and drills can be playtested.");
        }
        String fromBeat = Requests.optionalText(body, "fromBeat");
        if (fromBeat == null) {
            fromBeat = scenario.start().beat();
        } else if (!scenario.beats().containsKey(fromBeat)) {
            throw ApiError.badRequest("fromBeat: no beat '" + fromBeat + "' in this scenario.");
        }
        ClientState start = state(body, scenario.startState());
        ApiRoutes.send(ctx, 200, StudioJson.played(playtest.play(scenario, fromBeat, start, responses, seed)));
    }

    /** The playtest probe: {@code {text, atBeat?, say, state?, seed?}} → which line would answer {@code say}, and why. */
    private void probe(Context ctx) {
        author(ctx);
        ObjectNode body = body(ctx);
        String text = scenarioText(body, "text");
        String say = Requests.text(body, "say");
        if (say.isBlank() || say.length() > 2000) {
            throw ApiError.badRequest("say: a trainee line of 1 to 2000 characters.");
        }
        if (!(checked(text).checked().scenario() instanceof Conversation scenario)) {
            throw ApiError.badRequest("text: only a conversation can be probed.");
        }
        String atBeat = Requests.optionalText(body, "atBeat");
        if (atBeat == null) {
            atBeat = scenario.start().beat();
        } else if (!scenario.beats().containsKey(atBeat)) {
            throw ApiError.badRequest("atBeat: no beat '" + atBeat + "' in this scenario.");
        }
        if (scenario.beat(atBeat).isTerminal()) {
            throw ApiError.badRequest("atBeat: '" + atBeat + "' ends the conversation; probe a beat the trainee can answer.");
        }
        ClientState start = state(body, scenario.startState());
        ApiRoutes.send(ctx, 200, StudioJson.probe(playtest.probe(scenario, atBeat, start, say, seed(body))));
    }

    private void test(Context ctx) {
        author(ctx);
        ObjectNode body = body(ctx);
        String text = scenarioText(body, "text");
        String planText = scenarioText(body, "planText");
        String declared = StudioCheck.declaredId(text);
        String id = StudioStore.usableId(declared) ? declared : "scenario";
        StudioCheck.Result res = check.check(text, id);
        if (!res.valid()) {
            throw invalid(res);
        }
        ApiRoutes.send(ctx, 200, StudioJson.planReport(playtest.test(res.checked().scenario(), planText)));
    }

    private void save(Context ctx) {
        User u = author(ctx);
        String id = id(ctx);
        ObjectNode body = body(ctx);
        String text = scenarioText(body, "text");
        JsonNode base = body.get("baseVersion");
        if (base != null && !base.isNull() && !base.isTextual()) {
            throw ApiError.badRequest("baseVersion: must be a string or null.");
        }
        String baseVersion = base == null || base.isNull() ? null : base.asText();
        JsonNode d = body.get("draft");
        if (d != null && !d.isNull() && !d.isBoolean()) {
            throw ApiError.badRequest("draft: must be true or false.");
        }
        boolean draft = d != null && d.asBoolean(false);
        StudioCheck.Result res = check.check(text, id);
        if (!res.valid() && !draft) {
            throw invalid(res);
        }
        StudioStore.Saved saved;
        try {
            saved = store.save(id, text, baseVersion, draft, res.valid(), u);
        } catch (StudioStore.StaleException e) {
            throw new ApiError(409, "stale", "Someone saved '" + id + "' after you opened it (current version "
                    + e.current() + "); reload it and apply your changes again.");
        }
        ObjectNode o = JSON.objectNode();
        o.put("id", id);
        o.put("status", saved.draft() ? "draft" : "published");
        o.put("version", saved.version());
        o.put("number", saved.number());
        o.put("valid", res.valid());
        o.set("problems", StudioJson.problems(res));
        ApiRoutes.send(ctx, saved.created() ? 201 : 200, o);
    }

    /** Deleted scenarios whose versions are kept, to bring one back. */
    private void deleted(Context ctx) {
        author(ctx);
        ArrayNode out = JSON.arrayNode();
        for (String id : store.deleted()) {
            List<StudioStore.VersionInfo> vs = store.versions(id);
            ObjectNode o = out.addObject();
            o.put("id", id);
            o.put("versions", vs.size());
            o.put("lastSavedAt", vs.isEmpty() ? null : vs.get(0).savedAt().toString());
        }
        ApiRoutes.send(ctx, 200, out);
    }

    /** What a delete or rename touches, for the author's confirmation. */
    private void uses(Context ctx) {
        author(ctx);
        String id = id(ctx);
        if (store.current(id).isEmpty()) {
            throw ApiError.notFound("No scenario '" + id + "'.");
        }
        ApiRoutes.send(ctx, 200, usesJson(id, references.uses(id)));
    }

    private static ObjectNode usesJson(String id, ScenarioReferences.Uses uses) {
        ObjectNode o = JSON.objectNode();
        o.put("id", id);
        o.put("finishedSessions", uses.finished());
        o.put("unfinishedSessions", uses.unfinished());
        o.put("drillProgress", uses.drillProgress());
        return o;
    }

    /** DELETE with ?version= the author saw: the scenario leaves the library; its versions and sessions stay. */
    private void delete(Context ctx) {
        User u = author(ctx);
        String id = id(ctx);
        String version = ctx.queryParam("version");
        if (version == null || version.isBlank()) {
            throw ApiError.badRequest("version: give the version you are deleting (from GET /api/studio/scenarios/" + id + ").");
        }
        ScenarioReferences.Uses uses = references.uses(id);
        ScenarioStore.Deleted deleted;
        try {
            deleted = store.delete(id, version, u);
        } catch (StudioStore.StaleException e) {
            throw stale(id, e);
        }
        ObjectNode o = usesJson(id, uses);
        o.put("deleted", true);
        o.put("versionsKept", deleted.versionsKept());
        ApiRoutes.send(ctx, 200, o);
    }

    /** POST {to, baseVersion}: the scenario, its draft, plan and versions move to the new id, and so do its sessions. */
    private void rename(Context ctx) {
        User u = author(ctx);
        String id = id(ctx);
        ObjectNode body = body(ctx);
        String to = Requests.optionalText(body, "to");
        if (to == null || !StudioStore.usableId(to)) {
            throw ApiError.badRequest("to: the new id must be lower-case kebab-case (a-z, 0-9 and single hyphens), at most "
                    + StudioStore.MAX_ID_LENGTH + " characters and not ending in 'schema'.");
        }
        if (to.equals(id)) {
            throw ApiError.badRequest("to: '" + to + "' is already this scenario's id.");
        }
        String baseVersion = Requests.optionalText(body, "baseVersion");
        if (baseVersion == null) {
            throw ApiError.badRequest("baseVersion: give the version you are renaming.");
        }
        ScenarioStore.Renamed renamed;
        try {
            renamed = store.rename(id, to, baseVersion, u, uses);
        } catch (StudioStore.StaleException e) {
            throw stale(id, e);
        }
        ObjectNode o = usesJson(to, references.uses(to));
        o.put("from", id);
        o.put("version", renamed.version());
        o.put("number", renamed.number());
        ApiRoutes.send(ctx, 200, o);
    }

    /** PUT {text}: the test plan, checked against the published scenario, saved beside it where the library reads it. */
    private void savePlan(Context ctx) {
        User u = author(ctx);
        String id = id(ctx);
        String text = scenarioText(body(ctx), "text");
        String published = store.published(id).orElseThrow(() -> store.current(id).isPresent()
                ? new ApiError(409, "not_published", "'" + id + "' is only a draft: publish it before saving its test plan.")
                : ApiError.notFound("No scenario '" + id + "'."));
        StudioCheck.Result res = check.check(published, id);
        if (!res.valid()) {
            throw new ApiError(409, "not_published", "The published text of '" + id + "' has errors, so no plan can be checked against it.");
        }
        LoadResult<TestPlan> plan = loader.readPlan(Path.of(id + ".test.json"), text.getBytes(StandardCharsets.UTF_8),
                s -> s.equals(id) ? res.checked().scenario() : null);
        if (plan instanceof LoadResult.Rejected<TestPlan> r) {
            Problem first = r.problems().get(0);
            ObjectNode err = JSON.objectNode();
            err.put("error", "invalid_plan");
            err.put("detail", "text: " + r.problems().size() + " error(s) in the test plan; the first at " + first.line() + ":"
                    + first.column() + ": " + first.message());
            ArrayNode problems = err.putArray("problems");
            for (Problem p : r.problems()) {
                ObjectNode po = problems.addObject();
                po.put("line", p.line());
                po.put("column", p.column());
                po.put("severity", "error");
                po.put("message", p.message());
            }
            ApiRoutes.send(ctx, 400, err);
            return;
        }
        int number = store.savePlan(id, text, u);
        ObjectNode o = JSON.objectNode();
        o.put("id", id);
        o.put("saved", true);
        o.put("number", number);
        ApiRoutes.send(ctx, 200, o);
    }

    private static ApiError stale(String id, StudioStore.StaleException e) {
        return new ApiError(409, "stale", "Someone saved '" + id + "' after you opened it (current version "
                + e.current() + "); reload it and look again.");
    }

    private void versions(Context ctx) {
        author(ctx);
        String id = id(ctx);
        versions(ctx, id, id);
    }

    private void version(Context ctx) {
        author(ctx);
        String id = id(ctx);
        version(ctx, id, id, "");
    }

    /** A scenario's saved test plans, browsable like its versions (kept under {@link org.changetalk.studio.ScenarioStore#planKey}). */
    private void planVersions(Context ctx) {
        author(ctx);
        String id = id(ctx);
        versions(ctx, id, org.changetalk.studio.ScenarioStore.planKey(id));
    }

    private void planVersion(Context ctx) {
        author(ctx);
        String id = id(ctx);
        version(ctx, id, org.changetalk.studio.ScenarioStore.planKey(id), "test plan ");
    }

    /** The versions kept under {@code key}: an empty list for a scenario that has none, 404 for no scenario at all. */
    private void versions(Context ctx, String id, String key) {
        List<StudioStore.VersionInfo> vs = store.versions(key);
        if (vs.isEmpty() && store.current(id).isEmpty() && store.versions(id).isEmpty()) {
            throw ApiError.notFound("No scenario '" + id + "'.");
        }
        ArrayNode out = JSON.arrayNode();
        vs.forEach(v -> out.add(versionJson(v)));
        ApiRoutes.send(ctx, 200, out);
    }

    private void version(Context ctx, String id, String key, String what) {
        int number;
        try {
            number = Integer.parseInt(ctx.pathParam("number"));
        } catch (NumberFormatException e) {
            throw ApiError.notFound("No " + what + "version '" + ctx.pathParam("number") + "' of '" + id + "'.");
        }
        StudioStore.VersionInfo v = store.meta(key, number)
                .orElseThrow(() -> ApiError.notFound("No " + what + "version " + number + " of '" + id + "'."));
        ObjectNode o = versionJson(v);
        o.put("text", store.versionText(key, number).orElse(""));
        ApiRoutes.send(ctx, 200, o);
    }

    private static ObjectNode versionJson(StudioStore.VersionInfo v) {
        ObjectNode o = JSON.objectNode();
        o.put("version", v.version());
        o.put("number", v.number());
        o.put("savedAt", v.savedAt().toString());
        if (v.savedById() == null) {
            o.putNull("savedBy");
        } else {
            ObjectNode by = o.putObject("savedBy");
            by.put("id", v.savedById());
            by.put("username", v.savedByName());
        }
        o.put("status", v.draft() ? "draft" : "published");
        o.put("valid", v.valid());
        return o;
    }

    /** The text checked under the id it declares; refused with its first error when it is not valid. */
    private StudioCheck.Result checked(String text) {
        String declared = StudioCheck.declaredId(text);
        String id = StudioStore.usableId(declared) ? declared : "scenario";
        StudioCheck.Result res = check.check(text, id);
        if (!res.valid()) {
            throw invalid(res);
        }
        return res;
    }

    private static ApiError invalid(StudioCheck.Result res) {
        StudioCheck.Finding f = res.firstError();
        return new ApiError(400, "invalid_scenario", "text: " + res.errors() + " error(s); the first at " + f.line() + ":"
                + f.column() + ": " + f.message());
    }

    private static String id(Context ctx) {
        String id = ctx.pathParam("id");
        if (!StudioStore.usableId(id)) {
            throw ApiError.badRequest("id: must be lower-case kebab-case (a-z, 0-9 and single hyphens), at most "
                    + StudioStore.MAX_ID_LENGTH + " characters and not ending in 'schema', not '"
                    + (id.length() > 100 ? id.substring(0, 100) + "…" : id) + "'.");
        }
        return id;
    }

    private static String optionalId(ObjectNode body) {
        String id = Requests.optionalText(body, "id");
        if (id != null && !StudioStore.usableId(id)) {
            throw ApiError.badRequest("id: must be lower-case kebab-case (a-z, 0-9 and single hyphens), at most "
                    + StudioStore.MAX_ID_LENGTH + " characters and not ending in 'schema'.");
        }
        return id;
    }

    private static ObjectNode body(Context ctx) {
        return Requests.upload(ctx, WebServer.MAX_UPLOAD_BODY);
    }

    private static String scenarioText(ObjectNode body, String field) {
        String text = Requests.text(body, field);
        if (text.length() > MAX_TEXT) {
            throw new ApiError(413, "too_large", field + ": at most " + MAX_TEXT / 1024 + " KiB.");
        }
        return text;
    }

    private static List<String> responses(ObjectNode body) {
        JsonNode n = body.get("responses");
        if (n == null || n.isNull()) {
            return List.of();
        }
        if (!n.isArray() || n.size() > MAX_RESPONSES) {
            throw ApiError.badRequest("responses: must be a list of at most " + MAX_RESPONSES + " strings.");
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n.size(); i++) {
            JsonNode e = n.get(i);
            if (!e.isTextual() || e.asText().isBlank() || e.asText().length() > 2000) {
                throw ApiError.badRequest("responses[" + i + "]: must be text of 1–2,000 characters.");
            }
            out.add(e.asText());
        }
        return out;
    }

    private static long seed(ObjectNode body) {
        JsonNode n = body.get("seed");
        if (n == null || n.isNull()) {
            return 1;
        }
        if (!n.isIntegralNumber() || !n.canConvertToLong()) {
            throw ApiError.badRequest("seed: must be a whole number.");
        }
        return n.asLong();
    }

    private static ClientState state(ObjectNode body, ClientState base) {
        JsonNode n = body.get("state");
        if (n == null || n.isNull()) {
            return base;
        }
        if (!n.isObject()) {
            throw ApiError.badRequest("state: must be an object.");
        }
        double e = measure(n, "engagement", base.engagement());
        double d = measure(n, "discord", base.discord());
        double i = measure(n, "importance", base.importance());
        double c = measure(n, "confidence", base.confidence());
        Stage stage = base.stage();
        JsonNode s = n.get("stage");
        if (s != null && !s.isNull()) {
            stage = Wire.parse(Stage.class, s.asText()).orElseThrow(() -> ApiError.badRequest("state.stage: must be one of "
                    + String.join(", ", Wire.names(Stage.class)) + "."));
        }
        return new ClientState(e, d, i, c, stage);
    }

    private static double measure(JsonNode state, String name, double fallback) {
        JsonNode v = state.get(name);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.isNumber() || v.asDouble() < 0 || v.asDouble() > 10) {
            throw ApiError.badRequest("state." + name + ": must be a number from 0 to 10.");
        }
        return v.asDouble();
    }
}
