package org.changetalk.studio;

import org.changetalk.scenario.model.LineIndex;
import org.changetalk.practice.Mood;
import org.changetalk.practice.DrillAttempt;
import org.changetalk.practice.DrillProgress;
import org.changetalk.practice.DrillPrompt;
import org.changetalk.practice.DrillSession;
import org.changetalk.practice.PlanFailure;
import org.changetalk.practice.PracticeSession;
import org.changetalk.practice.PracticeTurn;
import org.changetalk.practice.ResponseCoder;
import org.changetalk.practice.TestPlanRunner;
import org.changetalk.scenario.model.ClientState;
import org.changetalk.scenario.model.Drill;
import org.changetalk.scenario.model.Level;
import org.changetalk.scenario.model.Conversation;
import org.changetalk.scenario.read.LoadResult;
import org.changetalk.scenario.plan.PathStyle;
import org.changetalk.scenario.plan.PlanPath;
import org.changetalk.scenario.read.Problem;
import org.changetalk.scenario.model.Scenario;
import org.changetalk.scenario.read.ScenarioLoader;
import org.changetalk.scenario.plan.TestPlan;
import org.changetalk.session.ClientLine;
import org.changetalk.session.Ending;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Plays an unsaved scenario: replays trainee responses through a {@link PracticeSession} (a conversation) or a
 * {@link DrillSession} (a drill), or runs a test plan against it. Nothing is stored anywhere; the results
 * are values, written as JSON by the web layer.
 */
public final class Playtest {
    private final ResponseCoder coder;
    private final ScenarioLoader loader;

    /** A replay: the opening, the state it started from, each turn played, and where it ended up. */
    public record Played(ClientLine opening, ClientState start, List<PracticeTurn> turns, ClientState state,
                         Optional<Ending> ending) {
        public Played {
            turns = List.copyOf(turns);
        }

        /** The ending, on the turn it happened on. */
        public Optional<Ending> endingAt(PracticeTurn turn) {
            return ending.filter(e -> e.turn() == turn.number());
        }
    }

    /** A test plan's own problems (then nothing ran), or how each of its paths went. */
    public record PlanReport(List<Problem> problems, List<PathResult> paths) {
        public PlanReport {
            problems = List.copyOf(problems);
            paths = List.copyOf(paths);
        }

        public boolean passed() {
            return problems.isEmpty() && paths.stream().allMatch(PathResult::passed);
        }
    }

    /** One path of a plan: its failures, none when it passed. */
    public record PathResult(String name, PathStyle style, List<String> failures) {
        public PathResult {
            failures = List.copyOf(failures);
        }

        public boolean passed() {
            return failures.isEmpty();
        }
    }

    public Playtest(ResponseCoder coder, ScenarioLoader loader) {
        this.coder = coder;
        this.loader = loader;
    }

    /** Plays the responses in order until the conversation ends; the same input gives the same transcript. */
    public Played play(Conversation scenario, String fromBeat, ClientState start, List<String> responses, long seed) {
        PracticeSession session = new PracticeSession(scenario, coder, seed, fromBeat, start);
        List<PracticeTurn> turns = new ArrayList<>();
        for (String text : responses) {
            if (session.isOver()) {
                break;
            }
            turns.add(session.respond(text));
        }
        return new Played(session.opening(), start, turns, session.state(), session.ending());
    }

    /**
     * The playtest probe: which client line would answer a typed trainee line at a beat, and why. The line is
     * played from that beat and state on a steady day (no seeded mood), and every beat and fact is ranked by its
     * relevance to the words, so an author sees what the words matched and what came close.
     *
     * @param terms      the content terms and topics (#id) read from the trainee's words
     * @param turn       the coded response and the client's reply, with its kind and why
     * @param candidates the five lines most relevant to the words, best first
     */
    public record Probe(List<String> terms, PracticeTurn turn, List<Candidate> candidates) {
        public Probe {
            terms = List.copyOf(terms);
            candidates = List.copyOf(candidates);
        }
    }

    /** A beat ("beat") or a persona fact ("fact", id "fact-N" from 1), its coverage of the words and the terms matched. */
    public record Candidate(String kind, String id, double coverage, List<String> matched) {
        public Candidate {
            matched = List.copyOf(matched);
        }
    }

    public Probe probe(Conversation scenario, String atBeat, ClientState state, String say, long seed) {
        PracticeSession session = new PracticeSession(scenario, coder, seed, atBeat, state, Mood.STEADY);
        PracticeTurn turn = session.respond(say);
        LineIndex index = scenario.lines();
        LineIndex.Query q = index.query(say);
        List<Candidate> all = new ArrayList<>();
        for (String beat : scenario.beats().keySet()) {
            LineIndex.Score sc = index.beat(q, beat);
            if (sc.coverage() > 0) {
                all.add(new Candidate("beat", beat, sc.coverage(), sc.matched()));
            }
        }
        for (int i = 0; i < scenario.persona().facts().size(); i++) {
            LineIndex.Score sc = index.fact(q, i);
            if (sc.coverage() > 0) {
                all.add(new Candidate("fact", "fact-" + (i + 1), sc.coverage(), sc.matched()));
            }
        }
        all.sort(java.util.Comparator.comparingDouble(Candidate::coverage).reversed());
        return new Probe(new ArrayList<>(q.terms().keySet()), turn, all.subList(0, Math.min(5, all.size())));
    }

    /**
     * Plays a drill as a trainee would, from a level, answering its statements in order with the responses; the
     * same input gives the same attempts. Nothing is stored: the studio replays every response after each edit.
     */
    public Drilled drill(Drill drill, Level from, List<String> responses) {
        DrillSession session = new DrillSession(drill, coder, new DrillProgress(from, 0, List.of(), false));
        List<DrillAttempt> attempts = new ArrayList<>();
        for (String text : responses) {
            if (isOver(session, drill)) {
                break;
            }
            attempts.add(session.attempt(text));
        }
        return new Drilled(attempts, session.level(), session.isMastered(), List.copyOf(session.recent()),
                drill.mastery().window(), drill.mastery().required(),
                isOver(session, drill) ? Optional.empty() : Optional.of(session.prompt()));
    }

    /** A drill ends when it is mastered or its level has no statements left to answer. */
    private static boolean isOver(DrillSession session, Drill drill) {
        return session.isMastered() || drill.items(session.level()).isEmpty();
    }

    /** A drill played from the studio: each attempt, where the trainee stands, and the next prompt if any. */
    public record Drilled(List<DrillAttempt> attempts, Level level, boolean mastered, List<Boolean> recent,
                          int window, int required, Optional<DrillPrompt> prompt) {
    }

    /** The plan's own problems, or how each path went. */
    public PlanReport test(Scenario scenario, String planText) {
        LoadResult<TestPlan> plan = loader.readPlan(Path.of(scenario.id() + ".test.json"),
                planText.getBytes(StandardCharsets.UTF_8), id -> id.equals(scenario.id()) ? scenario : null);
        if (plan instanceof LoadResult.Rejected<TestPlan> r) {
            return new PlanReport(r.problems(), List.of());
        }
        TestPlan tp = ((LoadResult.Loaded<TestPlan>) plan).value();
        List<PlanFailure> failures = new TestPlanRunner(coder).run(scenario, tp);
        List<PathResult> paths = new ArrayList<>();
        for (PlanPath path : tp.paths()) {
            paths.add(new PathResult(path.name(), path.style(), failures.stream()
                    .filter(f -> f.path().equals(path.name())).map(PlanFailure::toString).toList()));
        }
        return new PlanReport(List.of(), paths);
    }
}
