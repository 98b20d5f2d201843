package org.changetalk.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.changetalk.practice.DrillAttempt;
import org.changetalk.practice.DrillPrompt;
import org.changetalk.practice.PracticeTurn;
import org.changetalk.scenario.read.Problem;
import org.changetalk.scenario.model.Wire;
import org.changetalk.studio.BeatMap;
import org.changetalk.studio.Playtest;
import org.changetalk.studio.StudioCheck;

/** The studio's answers as the web API writes them (docs/web-api.md#studio-issue-6): checks, the map, playtests. */
final class StudioJson {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private StudioJson() {
    }

    /** The validator's errors and the library's warnings: {@code [{line, column, severity, message}]}. */
    static ArrayNode problems(StudioCheck.Result r) {
        ArrayNode out = JSON.arrayNode();
        for (StudioCheck.Finding f : r.findings()) {
            problem(out.addObject(), f.line(), f.column(), f.severity() == StudioCheck.Severity.ERROR ? "error" : "warning",
                    f.message());
        }
        return out;
    }

    /** {@code {start, beats: [...], transitions: [...], fromAnyBeat: [{to, labels, except}]}}, or JSON null when there is no map. */
    static ObjectNode map(BeatMap m) {
        if (m == null) {
            return null;
        }
        ObjectNode o = JSON.objectNode();
        o.put("start", m.start());
        ArrayNode bs = o.putArray("beats");
        for (BeatMap.Node b : m.beats()) {
            ObjectNode bo = bs.addObject();
            bo.put("id", b.id());
            bo.put("talk", b.talk());
            bo.put("stage", b.stage());
            bo.put("end", b.end());
            bo.put("terminal", b.terminal());
            bo.put("unreachable", b.unreachable());
            bo.put("deadEnd", b.deadEnd());
            bo.put("ending", b.ending());
            bo.put("say", b.say());
            bo.put("line", b.line());
            bo.put("column", b.column());
            ArrayNode about = bo.putArray("topics");
            b.topics().forEach(about::add);
            bo.put("prompts", b.prompts());
        }
        ArrayNode ts = o.putArray("transitions");
        for (BeatMap.Edge e : m.transitions()) {
            ObjectNode to = ts.addObject();
            to.put("from", e.from());
            to.put("to", e.to());
            ArrayNode labels = to.putArray("labels");
            e.labels().forEach(labels::add);
            to.put("fallback", e.fallback());
        }
        ArrayNode any = o.putArray("fromAnyBeat");
        for (BeatMap.AnyEdge e : m.fromAnyBeat()) {
            ObjectNode ao = any.addObject();
            ao.put("to", e.to());
            ArrayNode labels = ao.putArray("labels");
            e.labels().forEach(labels::add);
            ArrayNode except = ao.putArray("except");
            e.except().forEach(except::add);
        }
        return o;
    }

    /** A replay: {@code {opening, start: {state}, turns: [turn + ending], state, ending, played}}. */
    static ObjectNode played(Playtest.Played p) {
        ObjectNode o = JSON.objectNode();
        ObjectNode opening = o.putObject("opening");
        opening.put("beat", p.opening().beat());
        opening.put("text", p.opening().text());
        opening.put("talk", Wire.name(p.opening().talk()));
        o.putObject("start").set("state", TurnJson.state(p.start()));
        ArrayNode turns = o.putArray("turns");
        for (PracticeTurn t : p.turns()) {
            ObjectNode turn = TurnJson.turn(t);
            turn.set("ending", p.endingAt(t).map(TurnJson::ending).orElse(null));
            turns.add(turn);
        }
        o.set("state", TurnJson.state(p.state()));
        o.set("ending", p.ending().map(TurnJson::ending).orElse(null));
        o.put("played", p.turns().size());
        return o;
    }

    /**
     * The playtest probe: {@code {terms, turn: (a turn as played), reply: {move, why}, candidates:
     * [{kind, id, coverage, matched}]}}.
     */
    static ObjectNode probe(Playtest.Probe p) {
        ObjectNode o = JSON.objectNode();
        ArrayNode terms = o.putArray("terms");
        p.terms().forEach(terms::add);
        o.set("turn", TurnJson.turn(p.turn()));
        // what trainees never see: the kind of reply the engine chose and why
        ObjectNode reply = o.putObject("reply");
        reply.put("move", Wire.name(p.turn().reply().move()));
        reply.put("why", p.turn().reply().why());
        ArrayNode list = o.putArray("candidates");
        for (Playtest.Candidate c : p.candidates()) {
            ObjectNode co = list.addObject();
            co.put("kind", c.kind());
            co.put("id", c.id());
            co.put("coverage", Math.round(c.coverage() * 100) / 100.0);
            ArrayNode matched = co.putArray("matched");
            c.matched().forEach(matched::add);
        }
        return o;
    }

    /**
     * A drill replay: {@code {kind: "drill", attempts: [{number, level, itemId, client, text, category, success,
     * feedback, levelAfter, mastered}], played, level, mastered, recent, window, required, prompt}}.
     */
    static ObjectNode drilled(Playtest.Drilled d) {
        ObjectNode o = JSON.objectNode();
        o.put("kind", "drill");
        ArrayNode attempts = o.putArray("attempts");
        for (DrillAttempt a : d.attempts()) {
            ObjectNode ao = attempts.addObject();
            ao.put("number", a.number());
            ao.put("level", Wire.name(a.level()));
            ao.put("itemId", a.item().id());
            ao.put("client", a.item().client());
            ao.put("text", a.response());
            ao.put("category", Wire.name(a.category()));
            ao.put("success", a.success());
            ao.set("feedback", TurnJson.feedback(a.feedback()));
            ao.put("levelAfter", Wire.name(a.levelAfter()));
            ao.put("mastered", a.mastered());
        }
        o.put("played", d.attempts().size());
        o.put("level", Wire.name(d.level()));
        o.put("mastered", d.mastered());
        ArrayNode recent = o.putArray("recent");
        d.recent().forEach(recent::add);
        o.put("window", d.window());
        o.put("required", d.required());
        if (d.prompt().isEmpty()) {
            o.putNull("prompt");
        } else {
            DrillPrompt p = d.prompt().get();
            ObjectNode po = o.putObject("prompt");
            po.put("level", Wire.name(p.level()));
            po.put("itemId", p.item().id());
            po.put("client", p.item().client());
            po.put("context", p.item().context());
        }
        return o;
    }

    /** A test plan's run: {@code {paths: [{name, style, failures, passed}], problems, passed}}. */
    static ObjectNode planReport(Playtest.PlanReport r) {
        ObjectNode o = JSON.objectNode();
        ArrayNode paths = o.putArray("paths");
        for (Playtest.PathResult path : r.paths()) {
            ObjectNode po = paths.addObject();
            po.put("name", path.name());
            po.put("style", path.style() == null ? null : Wire.name(path.style()));
            ArrayNode fs = po.putArray("failures");
            path.failures().forEach(fs::add);
            po.put("passed", path.passed());
        }
        ArrayNode problems = o.putArray("problems");
        for (Problem p : r.problems()) {
            problem(problems.addObject(), p.line(), p.column(), "error", p.message());
        }
        o.put("passed", r.passed());
        return o;
    }

    private static void problem(ObjectNode o, int line, int column, String severity, String message) {
        o.put("line", line);
        o.put("column", column);
        o.put("severity", severity);
        o.put("message", message);
    }
}
