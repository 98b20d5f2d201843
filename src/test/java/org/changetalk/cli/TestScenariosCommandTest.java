package org.changetalk.cli;

import org.changetalk.practice.ResponseCoder;
import org.changetalk.coding.Coder;
import org.changetalk.scenario.read.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TestScenariosCommandTest {
    @TempDir
    Path dir;

    private void copy(String file) throws IOException {
        Files.copy(Fixtures.LIBRARY.resolve(file), dir.resolve(file));
    }

    /**
     * The command over shipped scenarios and their plans: each says "ok" with its plan's count of paths, the summary
     * counts them, and the run exits 0. A conversation and a drill, not the whole library: that every shipped
     * scenario passes its plan with this same coder is ScenarioTestPlansTest's (one test per scenario, the same
     * TestPlanRunner and coder), and running the whole library here too did that work twice (docs/benchmarks.md §33).
     */
    @Test
    void shippedPlansPassEachSayingOk() throws IOException {
        for (String id : List.of("teresa-alcohol-contemplation", "drill-complex-reflection")) {
            copy(id + ".json");
            copy(id + ".test.json");
        }
        Run run = Run.of(new TestScenariosCommand(ResponseCoder.of(new Coder())), "--scenarios", dir.toString());
        assertThat(run.exit()).as(run.out()).isZero();
        // the count of paths is the plan's, not the command's: any number, but every scenario's line says "ok"
        assertThat(run.out()).containsPattern("ok   teresa-alcohol-contemplation \\(\\d+ paths\\)")
                .containsPattern("ok   drill-complex-reflection \\(\\d+ paths\\)")
                .contains("all 2 scenario(s) pass their test plans").doesNotContain("FAIL");
    }

    @Test
    void aBrokenExpectationFailsNamingScenarioPathStepAndExpectation() throws IOException {
        copy("teresa-alcohol-contemplation.json");
        copy("teresa-alcohol-contemplation.test.json");
        copy("drill-complex-reflection.json");
        Path plan = dir.resolve("teresa-alcohol-contemplation.test.json");
        Files.writeString(plan, Fixtures.read(plan).replace("expect: { beat: 'driving-fear' }", "expect: { beat: 'values' }"));
        Run run = Run.of(new TestScenariosCommand(ResponseCoder.of(new Coder())), "--scenarios", dir.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out())
                .contains("FAIL teresa-alcohol-contemplation")
                .contains("teresa-alcohol-contemplation [mi-consistent] step 3 (line 17): expected beat 'values' but the client said 'driving-fear'")
                .contains("FAIL drill-complex-reflection: no valid test plan");
    }
}
