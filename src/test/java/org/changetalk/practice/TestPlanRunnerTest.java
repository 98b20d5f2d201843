package org.changetalk.practice;

import org.changetalk.scenario.model.Conversation;
import org.changetalk.scenario.read.Fixtures;
import org.changetalk.scenario.read.LoadResult;
import org.changetalk.scenario.read.ScenarioLoader;
import org.changetalk.scenario.plan.TestPlan;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TestPlanRunnerTest {
    private final Conversation small = Fixtures.small();

    private TestPlan plan(String paths) {
        String text = "{ format: 1, scenario: 'small', seed: 3, paths: [" + paths + "] }";
        var r = new ScenarioLoader().readPlan(Path.of("small.test.json"), text.getBytes(StandardCharsets.UTF_8),
                id -> id.equals("small") ? small : null);
        assertThat(r).isInstanceOf(LoadResult.Loaded.class);
        return ((LoadResult.Loaded<TestPlan>) r).value();
    }

    private static final String CONFRONTING = """
            { name: 'push', style: 'confrontational', steps: [
                { say: 'PERSUADE+RIGHTING_REFLEX: Stop.', expect: { beat: 'cold' } },
                { say: 'CONFRONT+LABELLING: Denial.', expect: { beat: 'leaves' } } ],
              end: { ending: 'disengaged' } },
            """;

    @Test
    void aPlanThatMatchesPasses() {
        String mi = """
                { name: 'mi', style: 'mi_consistent', steps: [
                    { say: 'COMPLEX_REFLECTION: Torn.', expect: { category: 'complex_reflection', beat: 'warm', talk: 'change',
                                                            state: { importance: { min: 4.5, max: 4.5 }, stage: 'contemplation' } } },
                    { say: 'COMPLEX_REFLECTION: Less.', expect: { beat: 'ready', state: { stage: 'preparation' } } },
                    { say: 'SEEKING_COLLABORATION: Plan?', expect: { beat: 'plan' } } ],
                  end: { ending: 'plan_agreed', beats_reached: ['warm', 'ready'], beats_avoided: ['cold'], turns: { max: 3 },
                         state: { discord: { max: 0 } } } },
                """;
        assertThat(new TestPlanRunner(new FakeCoder()).run(small, plan(mi + CONFRONTING))).isEmpty();
    }

    @Test
    void failuresNameScenarioPathStepAndExpectation() {
        String wrong = """
                { name: 'mi', style: 'mi_consistent', steps: [
                    { say: 'COMPLEX_REFLECTION: Torn.', expect: { beat: 'warm' } },
                    { say: 'QUESTION/CLOSED: Daily?', expect: { beat: 'ready', talk: 'change', category: 'open_question' } },
                    { say: 'COMPLEX_REFLECTION: never played' } ],
                  end: { ending: 'plan_agreed' } },
                """;
        List<PlanFailure> failures = new TestPlanRunner(new FakeCoder()).run(small, plan(wrong + CONFRONTING));
        assertThat(failures).extracting(PlanFailure::toString).containsExactly(
                "small [mi] step 2 (line 3): expected category open_question but the response was coded closed_question ([QUESTION])",
                "small [mi] step 2 (line 3): expected beat 'ready' but the client said 'warm' (response coded closed_question)",
                "small [mi] step 2 (line 3): expected talk change but the client's talk was neutral");
    }

    @Test
    void endExpectationsAndLeftoverStepsAreChecked() {
        String early = """
                { name: 'mi', style: 'mi_consistent', steps: [ { say: 'COMPLEX_REFLECTION: Torn.' } ],
                  end: { ending: 'plan_agreed', beats_reached: ['plan'], turns: { min: 2 }, state: { stage: 'action' } } },
                { name: 'push', style: 'confrontational', steps: [
                    { say: 'PERSUADE+RIGHTING_REFLEX: Stop.' }, { say: 'CONFRONT+LABELLING: Denial.' }, { say: 'AFFIRM: too late' } ],
                  end: { ending: 'disengaged' } },
                """;
        List<PlanFailure> failures = new TestPlanRunner(new FakeCoder()).run(small, plan(early));
        assertThat(failures).extracting(PlanFailure::toString).containsExactly(
                "small [mi] end: expected ending plan_agreed but it was none",
                "small [mi] end: expected beat 'plan' to be reached but the client said only [opening, warm]",
                "small [mi] end: expected stage action but it was contemplation",
                "small [mi] end: expected turns at least 2 but there were 1",
                "small [push] step 3 (line 4): expected response \"AFFIRM: too late\" but the session had already ended (disengaged)");
    }
}
