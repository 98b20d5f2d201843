package org.changetalk.cli;

import org.changetalk.practice.PlanFailure;
import org.changetalk.practice.ResponseCoder;
import org.changetalk.practice.TestPlanRunner;
import org.changetalk.scenario.library.LibraryEntry;
import org.changetalk.scenario.read.Problem;
import org.changetalk.scenario.library.ScenarioLibrary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code changetalk test-scenarios}: runs every scenario's test plan with the real coder. Fails on
 * a broken expectation (naming scenario, path, step and expectation), a missing plan, or a skipped file.
 */
@Command(name = "test-scenarios", description = "Run every scenario's test plan.")
public final class TestScenariosCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ScenariosFolder scenarios;

    private final ResponseCoder coder;

    public TestScenariosCommand() {
        this(new LazyCoder().counselor());
    }

    TestScenariosCommand(ResponseCoder coder) {
        this.coder = coder;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ScenarioLibrary library = ScenarioLibrary.open(scenarios.folder);
        TestPlanRunner runner = new TestPlanRunner(coder);
        int failed = 0;
        for (Map.Entry<Path, List<Problem>> skipped : library.skipped().entrySet()) {
            failed++;
            out.println("INVALID " + skipped.getKey());
            skipped.getValue().forEach(p -> out.println("  " + p));
        }
        List<LibraryEntry> entries = library.entries();
        for (LibraryEntry entry : entries) {
            String id = entry.scenario().id();
            if (entry.plan() == null) {
                failed++;
                out.println("FAIL " + id + ": no valid test plan (" + id + ".test.json)");
                continue;
            }
            List<PlanFailure> failures = runner.run(entry.scenario(), entry.plan());
            if (failures.isEmpty()) {
                out.println("ok   " + id + " (" + entry.plan().paths().size() + " paths)");
            } else {
                failed++;
                out.println("FAIL " + id);
                failures.forEach(f -> out.println("  " + f));
            }
        }
        out.println(failed == 0 ? "all " + entries.size() + " scenario(s) pass their test plans"
                : failed + " problem(s): scenarios failing, without plans, or invalid files");
        out.flush();
        return failed == 0 ? 0 : 1;
    }
}
