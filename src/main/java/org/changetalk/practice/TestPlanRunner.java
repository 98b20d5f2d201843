package org.changetalk.practice;

import org.changetalk.scenario.model.ClientState;
import org.changetalk.scenario.model.Conversation;
import org.changetalk.scenario.model.Drill;
import org.changetalk.scenario.model.Measure;
import org.changetalk.scenario.model.Numbers;
import org.changetalk.scenario.plan.PlanEnd;
import org.changetalk.scenario.plan.PlanPath;
import org.changetalk.scenario.plan.PlanStep;
import org.changetalk.scenario.model.Phrase;
import org.changetalk.scenario.model.Range;
import org.changetalk.scenario.model.Scenario;
import org.changetalk.scenario.plan.StateExpect;
import org.changetalk.scenario.plan.StepExpect;
import org.changetalk.scenario.plan.TestPlan;
import org.changetalk.scenario.model.Wire;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Plays every path of a test plan and reports each broken expectation. A path stops at its first
 * failing step: after a wrong turn the later expectations say nothing new.
 */
public final class TestPlanRunner {
    private final ResponseCoder coder;

    public TestPlanRunner(ResponseCoder coder) {
        this.coder = coder;
    }

    public List<PlanFailure> run(Scenario scenario, TestPlan plan) {
        List<PlanFailure> failures = new ArrayList<>();
        for (PlanPath path : plan.paths()) {
            if (scenario instanceof Conversation c) {
                runConversation(c, plan.seed(), path, failures);
            } else if (scenario instanceof Drill d) {
                runDrill(d, path, failures);
            }
        }
        return failures;
    }

    private void runConversation(Conversation scenario, long seed, PlanPath path, List<PlanFailure> failures) {
        Failures f = new Failures(scenario.id(), path.name(), failures);
        PracticeSession session = new PracticeSession(scenario, coder, seed);
        Set<String> said = new LinkedHashSet<>(List.of(session.opening().beat()));
        int stepNo = 0;
        for (PlanStep step : path.steps()) {
            stepNo++;
            f.at(stepNo, step.line());
            if (session.isOver()) {
                f.fail("response \"" + step.say() + "\"", "the session had already ended (" + endingName(session) + ")");
                return;
            }
            PracticeTurn turn = session.respond(step.say());
            said.add(turn.reply().beat());
            StepExpect e = step.expect();
            if (e.category() != null && e.category() != turn.category()) {
                f.fail("category " + Wire.name(e.category()), "the response was coded " + Wire.name(turn.category())
                        + " (" + turn.coding().codes() + ")");
            }
            if (e.beat() != null && !e.beat().equals(turn.reply().beat())) {
                f.fail("beat '" + e.beat() + "'", "the client said '" + turn.reply().beat() + "' (response coded "
                        + Wire.name(turn.category()) + ")");
            }
            if (e.talk() != null && e.talk() != turn.reply().talk()) {
                f.fail("talk " + Wire.name(e.talk()), "the client's talk was " + Wire.name(turn.reply().talk()));
            }
            if (e.move() != null && e.move() != turn.reply().move()) {
                f.fail("a " + Wire.name(e.move()) + " reply", "the client's reply was " + Wire.name(turn.reply().move())
                        + ": \"" + turn.reply().text() + "\"");
            }
            List<String> replyWords = Phrase.wordsOf(turn.reply().text());
            for (Phrase p : e.says()) {
                if (!p.occursIn(replyWords)) {
                    f.fail("the reply to say '" + p + "'", "it said \"" + turn.reply().text() + "\"");
                }
            }
            checkState(e.state(), turn.after(), f);
            if (f.failedHere()) {
                return;
            }
        }
        f.at(0, 0);
        PlanEnd end = path.end();
        String actualEnding = endingName(session);
        String expectedEnding = end.ending() == null ? "none" : Wire.name(end.ending());
        if (!expectedEnding.equals(actualEnding)) {
            f.fail("ending " + expectedEnding, "it was " + actualEnding);
        }
        for (String beat : end.beatsReached()) {
            if (!said.contains(beat)) {
                f.fail("beat '" + beat + "' to be reached", "the client said only " + said);
            }
        }
        for (String beat : end.beatsAvoided()) {
            if (said.contains(beat)) {
                f.fail("beat '" + beat + "' to be avoided", "the client said it");
            }
        }
        checkState(end.state(), session.state(), f);
        if (end.turns() != null && !end.turns().contains(session.turns().size())) {
            f.fail("turns " + end.turns(), "there were " + session.turns().size());
        }
    }

    private void runDrill(Drill drill, PlanPath path, List<PlanFailure> failures) {
        Failures f = new Failures(drill.id(), path.name(), failures);
        DrillSession session = new DrillSession(drill, coder);
        int stepNo = 0;
        for (PlanStep step : path.steps()) {
            stepNo++;
            f.at(stepNo, step.line());
            if (session.isMastered()) {
                f.fail("response \"" + step.say() + "\"", "the drill was already mastered");
                return;
            }
            DrillAttempt a = session.attempt(step.say());
            StepExpect e = step.expect();
            if (e.category() != null && e.category() != a.category()) {
                f.fail("category " + Wire.name(e.category()), "the response was coded " + Wire.name(a.category())
                        + " (" + a.coding().codes() + ")");
            }
            if (e.success() != null && e.success() != a.success()) {
                f.fail(e.success() ? "success" : "no success", (a.success() ? "it counted" : "it did not count: "
                        + a.feedback().why()));
            }
            if (e.level() != null && e.level() != a.levelAfter()) {
                f.fail("level " + Wire.name(e.level()), "the level after it was " + Wire.name(a.levelAfter()));
            }
            if (f.failedHere()) {
                return;
            }
        }
        f.at(0, 0);
        PlanEnd end = path.end();
        if (end.level() != null && end.level() != session.level()) {
            f.fail("level " + Wire.name(end.level()), "the trainee ended at " + Wire.name(session.level()));
        }
        if (end.mastered() != null && end.mastered() != session.isMastered()) {
            f.fail(end.mastered() ? "the drill mastered" : "the drill not yet mastered",
                    session.isMastered() ? "it was mastered" : "it was not");
        }
    }

    private static void checkState(StateExpect expect, ClientState state, Failures f) {
        if (expect == null) {
            return;
        }
        for (Map.Entry<Measure, Range> e : expect.measures().ranges().entrySet()) {
            double actual = state.get(e.getKey());
            if (!e.getValue().contains(actual)) {
                f.fail(Wire.name(e.getKey()) + " " + e.getValue(), "it was " + Numbers.format(actual));
            }
        }
        if (expect.stage() != null && expect.stage() != state.stage()) {
            f.fail("stage " + Wire.name(expect.stage()), "it was " + Wire.name(state.stage()));
        }
    }

    private static String endingName(PracticeSession session) {
        return session.outcome().map(e -> Wire.name(e.kind())).orElse("none");
    }

    /** Collects failures for one path, remembering the current step. */
    private static final class Failures {
        private final String scenario;
        private final String path;
        private final List<PlanFailure> out;
        private int step;
        private int line;
        private int sizeAtStep;

        Failures(String scenario, String path, List<PlanFailure> out) {
            this.scenario = scenario;
            this.path = path;
            this.out = out;
        }

        void at(int step, int line) {
            this.step = step;
            this.line = line;
            this.sizeAtStep = out.size();
        }

        void fail(String expected, String actual) {
            out.add(new PlanFailure(scenario, path, step, line, expected, actual));
        }

        boolean failedHere() {
            return out.size() > sizeAtStep;
        }
    }
}
