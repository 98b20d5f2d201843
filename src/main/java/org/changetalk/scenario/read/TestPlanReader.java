package org.changetalk.scenario.read;

import org.changetalk.scenario.model.ClientTalk;
import org.changetalk.scenario.model.Conversation;
import org.changetalk.scenario.model.Drill;
import org.changetalk.scenario.model.EndKind;
import org.changetalk.scenario.model.Level;
import org.changetalk.scenario.model.ReplyKind;
import org.changetalk.scenario.model.Scenario;
import org.changetalk.scenario.model.ScenarioKind;
import org.changetalk.scenario.model.Stage;
import org.changetalk.scenario.model.StateGuard;
import org.changetalk.scenario.model.Wire;
import org.changetalk.scenario.plan.PathStyle;
import org.changetalk.scenario.plan.PlanEnd;
import org.changetalk.scenario.plan.PlanPath;
import org.changetalk.scenario.plan.PlanStep;
import org.changetalk.scenario.plan.StateExpect;
import org.changetalk.scenario.plan.StepExpect;
import org.changetalk.scenario.plan.TestPlan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/** Reads a test plan and checks it against its scenario: beat ids, keys that fit the scenario's kind, required paths. */
final class TestPlanReader {
    private final Values v;
    private final Parts parts;
    private final Function<String, Scenario> scenarios;

    /** @param scenarios finds a loaded scenario by id, or returns null */
    TestPlanReader(Values v, Function<String, Scenario> scenarios) {
        this.v = v;
        this.parts = new Parts(v);
        this.scenarios = scenarios;
    }

    TestPlan read(Fields top, String fileId) {
        Node format = top.require("format");
        checkFormat(v, format);
        Node scenarioNode = top.require("scenario");
        String id = v.id(scenarioNode, "scenario");
        Scenario scenario = null;
        if (id != null) {
            if (fileId != null && !fileId.equals(id)) {
                v.problem(scenarioNode.pos(), "a test plan is named after its scenario: expected scenario '" + fileId
                        + "' for this file, got '" + id + "'");
            }
            scenario = scenarios.apply(id);
            if (scenario == null) {
                v.problem(scenarioNode.pos(), "no valid scenario '" + id + "' to test (is " + id + ".json missing or invalid?)");
            }
        }
        Long seed = v.wholeNumber(top.get("seed"), "seed");
        Node pathsNode = top.require("paths");
        List<PlanPath> paths = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Node n : v.list(pathsNode, "paths", true)) {
            PlanPath p = path(n, scenario);
            if (p != null && p.name() != null && !names.add(p.name())) {
                v.problem(n.pos(), "path name '" + p.name() + "' is used twice");
            }
            if (p != null) {
                paths.add(p);
            }
        }
        if (scenario instanceof Conversation && pathsNode instanceof Node.Arr) {
            for (PathStyle needed : List.of(PathStyle.MI_CONSISTENT, PathStyle.CONFRONTATIONAL)) {
                if (paths.stream().noneMatch(p -> p.style() == needed)) {
                    v.problem(pathsNode.pos(), "a conversation's test plan needs at least one path with style '"
                            + Wire.name(needed) + "'");
                }
            }
        }
        return new TestPlan(id, seed == null ? 1 : seed, paths);
    }

    static void checkFormat(Values v, Node format) {
        if (format != null && !(format instanceof Node.Num num && num.value() == 1)) {
            v.problem(format.pos(), "'format' must be 1 (the only version there is)");
        }
    }

    private PlanPath path(Node n, Scenario scenario) {
        Fields f = v.fields(n, "path");
        if (f == null) {
            return null;
        }
        String name = v.id(f.require("name"), "name");
        PathStyle style = v.choice(f.require("style"), "style", PathStyle.class);
        String description = v.text(f.get("description"), "description");
        List<PlanStep> steps = v.each(f.require("steps"), "steps", true, s -> step(s, scenario));
        PlanEnd end = end(f.require("end"), scenario);
        f.finish();
        return new PlanPath(name, style, description, steps, end);
    }

    private PlanStep step(Node n, Scenario scenario) {
        Fields f = v.fields(n, "step");
        if (f == null) {
            return null;
        }
        String say = v.text(f.require("say"), "say");
        StepExpect expect = StepExpect.NOTHING;
        Fields e = v.fields(f.get("expect"), "expect");
        if (e != null) {
            Node beat = e.get("beat");
            Node talk = e.get("talk");
            Node state = e.get("state");
            Node success = e.get("success");
            Node level = e.get("level");
            Node move = e.get("move");
            Node says = e.get("says");
            expect = new StepExpect(parts.category(e.get("category"), "category"),
                    beatRef(beat, "beat", scenario), v.choice(talk, "talk", ClientTalk.class),
                    stateExpect(state), v.bool(success, "success"), v.choice(level, "level", Level.class),
                    v.choice(move, "move", ReplyKind.class), says == null ? List.of() : parts.phrases(says, "says"));
            onlyFor(scenario, ScenarioKind.CONVERSATION, move, "move");
            onlyFor(scenario, ScenarioKind.CONVERSATION, says, "says");
            onlyFor(scenario, ScenarioKind.CONVERSATION, beat, "beat");
            onlyFor(scenario, ScenarioKind.CONVERSATION, talk, "talk");
            onlyFor(scenario, ScenarioKind.CONVERSATION, state, "state");
            onlyFor(scenario, ScenarioKind.DRILL, success, "success");
            onlyFor(scenario, ScenarioKind.DRILL, level, "level");
            e.finish();
        }
        f.finish();
        return say == null ? null : new PlanStep(n.pos().line(), say, expect);
    }

    private PlanEnd end(Node n, Scenario scenario) {
        Fields f = v.fields(n, "end");
        if (f == null) {
            return null;
        }
        Node endingNode = f.get("ending");
        EndKind ending = null;
        String endingText = v.text(endingNode, "ending");
        if (endingText != null && !endingText.equals("none")) {
            ending = v.choice(endingNode, "ending", EndKind.class);
        }
        Node reached = f.get("beats_reached");
        Node avoided = f.get("beats_avoided");
        Node state = f.get("state");
        Node turns = f.get("turns");
        Node level = f.get("level");
        Node mastered = f.get("mastered");
        PlanEnd end = new PlanEnd(ending,
                v.each(reached, "beats_reached", false, b -> beatRef(b, "beats_reached", scenario)),
                v.each(avoided, "beats_avoided", false, b -> beatRef(b, "beats_avoided", scenario)),
                stateExpect(state),
                turns == null ? null : parts.range(turns, "turns", 0, 200),
                v.choice(level, "level", Level.class), v.bool(mastered, "mastered"));
        for (var key : List.of("beats_reached", "beats_avoided", "state", "turns")) {
            onlyFor(scenario, ScenarioKind.CONVERSATION, f.get(key), key);
        }
        onlyFor(scenario, ScenarioKind.CONVERSATION, endingNode, "ending");
        onlyFor(scenario, ScenarioKind.DRILL, level, "level");
        onlyFor(scenario, ScenarioKind.DRILL, mastered, "mastered");
        if (scenario instanceof Conversation && endingNode == null) {
            v.problem(f.pos(), "end is missing required key 'ending' (plan_agreed, stage_moved, disengaged, natural_close or none)");
        }
        if (scenario instanceof Drill && level == null) {
            v.problem(f.pos(), "end is missing required key 'level' (the level the trainee should have reached)");
        }
        f.finish();
        return end;
    }

    private StateExpect stateExpect(Node n) {
        Fields f = v.fields(n, "state");
        if (f == null) {
            return null;
        }
        StateGuard measures = parts.guardFrom(f);
        Stage stage = v.choice(f.get("stage"), "stage", Stage.class);
        f.finish();
        return new StateExpect(measures, stage);
    }

    private String beatRef(Node n, String name, Scenario scenario) {
        String id = v.id(n, name);
        if (id != null && scenario instanceof Conversation c && !c.beats().containsKey(id)) {
            v.problem(n.pos(), "unknown beat '" + id + "' in scenario '" + c.id() + "'"
                    + Suggest.didYouMean(id, c.beats().keySet()));
        }
        return id;
    }

    private void onlyFor(Scenario scenario, ScenarioKind kind, Node n, String key) {
        if (n != null && scenario != null && scenario.kind() != kind) {
            v.problem(n.pos(), "'" + key + "' applies to " + Wire.name(kind) + " plans only; '"
                    + Objects.requireNonNull(scenario).id() + "' is a " + Wire.name(scenario.kind()));
        }
    }
}
