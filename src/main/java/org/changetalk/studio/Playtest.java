package org.changetalk.studio;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.changetalk.practice.DrillAttempt;
import org.changetalk.practice.DrillProgress;
import org.changetalk.practice.DrillPrompt;
import org.changetalk.practice.DrillSession;
import org.changetalk.practice.PlanFailure;
import org.changetalk.practice.PracticeSession;
import org.changetalk.practice.PracticeTurn;
import org.changetalk.practice.ResponseCoder;
import org.changetalk.practice.TestPlanRunner;
import org.changetalk.practice.TranscriptJson;
import org.changetalk.practice.TurnJson;
import org.changetalk.scenario.ClientState;
import org.changetalk.scenario.Drill;
import org.changetalk.scenario.Level;
import org.changetalk.scenario.Conversation;
import org.changetalk.scenario.LoadResult;
import org.changetalk.scenario.PlanPath;
import org.changetalk.scenario.Problem;
import org.changetalk.scenario.Scenario;
import org.changetalk.scenario.ScenarioLoader;
import org.changetalk.scenario.TestPlan;
import org.changetalk.scenario.Wire;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Plays an unsaved scenario: replays trainee responses through a {@link PracticeSession} (a conversation) or a
 * {@link DrillSession} (a drill), or runs a test plan against it. Nothing is stored anywhere.
 */
public final class Playtest {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final ResponseCoder coder;
    private final ScenarioLoader loader;

    public Playtest(ResponseCoder coder, ScenarioLoader loader) {
        this.coder = coder;
        this.loader = loader;
    }

    /** Plays the responses in order until the conversation ends; the same input gives the same transcript. */
    public ObjectNode play(Conversation scenario, String fromBeat, ClientState start, List<String> responses, long seed) {
        PracticeSession session = new PracticeSession(scenario, coder, seed, fromBeat, start);
        ObjectNode o = JSON.objectNode();
        ObjectNode opening = o.putObject("opening");
        opening.put("beat", session.opening().beat());
        opening.put("text", session.opening().text());
        opening.put("talk", Wire.name(session.opening().talk()));
        o.putObject("start").set("state", TranscriptJson.state(start));
        ArrayNode turns = o.putArray("turns");
        int played = 0;
        for (String text : responses) {
            if (session.isOver()) {
                break;
            }
            PracticeTurn t = session.respond(text);
            played++;
            ObjectNode turn = TurnJson.turn(t);
            turn.set("ending", session.ending().filter(e -> e.turn() == t.number()).map(TurnJson::ending).orElse(null));
            turns.add(turn);
        }
        o.set("state", TranscriptJson.state(session.state()));
        o.set("ending", session.ending().map(TurnJson::ending).orElse(null));
        o.put("played", played);
        return o;
    }

    /**
     * Plays a drill as a trainee would, from a level, answering its statements in order with the responses; the
     * same input gives the same attempts. Nothing is stored: the studio replays every response after each edit.
     */
    public ObjectNode drill(Drill drill, Level from, List<String> responses) {
        DrillSession session = new DrillSession(drill, coder, new DrillProgress(from, 0, List.of(), false));
        ObjectNode o = JSON.objectNode();
        o.put("kind", "drill");
        ArrayNode attempts = o.putArray("attempts");
        int played = 0;
        for (String text : responses) {
            if (session.isMastered() || drill.items(session.level()).isEmpty()) {
                break;
            }
            DrillAttempt a = session.attempt(text);
            played++;
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
        o.put("played", played);
        o.put("level", Wire.name(session.level()));
        o.put("mastered", session.isMastered());
        ArrayNode recent = o.putArray("recent");
        session.recent().forEach(recent::add);
        o.put("window", drill.mastery().window());
        o.put("required", drill.mastery().required());
        if (session.isMastered() || drill.items(session.level()).isEmpty()) {
            o.putNull("prompt");
        } else {
            DrillPrompt p = session.prompt();
            ObjectNode po = o.putObject("prompt");
            po.put("level", Wire.name(p.level()));
            po.put("itemId", p.item().id());
            po.put("client", p.item().client());
            po.put("context", p.item().context());
        }
        return o;
    }

    /** The plan's own problems, or how each path went. */
    public ObjectNode test(Scenario scenario, String planText) {
        LoadResult<TestPlan> plan = loader.readPlan(Path.of(scenario.id() + ".test.json"),
                planText.getBytes(StandardCharsets.UTF_8), id -> id.equals(scenario.id()) ? scenario : null);
        ObjectNode o = JSON.objectNode();
        ArrayNode paths = o.putArray("paths");
        ArrayNode problems = o.putArray("problems");
        if (plan instanceof LoadResult.Rejected<TestPlan> r) {
            for (Problem p : r.problems()) {
                ObjectNode po = problems.addObject();
                po.put("line", p.line());
                po.put("column", p.column());
                po.put("severity", "error");
                po.put("message", p.message());
            }
            o.put("passed", false);
            return o;
        }
        TestPlan tp = ((LoadResult.Loaded<TestPlan>) plan).value();
        List<PlanFailure> failures = new TestPlanRunner(coder).run(scenario, tp);
        boolean all = true;
        for (PlanPath path : tp.paths()) {
            ObjectNode po = paths.addObject();
            po.put("name", path.name());
            po.put("style", path.style() == null ? null : Wire.name(path.style()));
            ArrayNode fs = po.putArray("failures");
            failures.stream().filter(f -> f.path().equals(path.name())).forEach(f -> fs.add(f.toString()));
            po.put("passed", fs.isEmpty());
            all &= fs.isEmpty();
        }
        o.put("passed", all);
        return o;
    }
}
