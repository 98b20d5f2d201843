package org.changetalk.practice;

import org.changetalk.coding.Coder;
import org.changetalk.scenario.read.Fixtures;
import org.changetalk.scenario.library.LibraryEntry;
import org.changetalk.scenario.library.ScenarioLibrary;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every scenario in scenarios/ is valid, has a test plan, and passes it with the real coder. */
class ScenarioTestPlansTest {
    private final ScenarioLibrary library = ScenarioLibrary.open(Fixtures.LIBRARY);
    private final TestPlanRunner runner = new TestPlanRunner(ResponseCoder.of(new Coder()));

    @Test
    void everyFileInTheLibraryIsValid() {
        assertThat(library.skipped()).as("invalid files in scenarios/").isEmpty();
        assertThat(library.entries()).isNotEmpty();
    }

    @TestFactory
    Stream<DynamicTest> everyScenarioPassesItsTestPlan() {
        return library.entries().stream().map(entry -> DynamicTest.dynamicTest(entry.scenario().id(), () -> run(entry)));
    }

    private void run(LibraryEntry entry) {
        assertThat(entry.plan()).as(entry.scenario().id() + " has no valid test plan").isNotNull();
        assertThat(runner.run(entry.scenario(), entry.plan())).extracting(PlanFailure::toString).isEmpty();
    }
}
