package org.changetalk.cli;

import org.changetalk.scenario.read.FolderFiles;
import org.changetalk.scenario.read.LoadResult;
import org.changetalk.scenario.read.Problem;
import org.changetalk.scenario.library.ScenarioLibrary;
import org.changetalk.scenario.read.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code changetalk validate [PATH…]}: every problem in every file as path:line:column: message; exit 1 if any. A valid
 * scenario's warnings (a line with no topics or prompts) follow as path:line:column: warning: message and do not fail
 * the run: files written before the rule must still load and pass.
 */
@Command(name = "validate", description = "Check scenario files and test plans; print every problem as path:line:column: message"
        + " (and a valid scenario's warnings as path:line:column: warning: message, which do not fail the run).")
public final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ScenariosFolder scenarios;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files or folders (default: the scenarios folder).")
    List<Path> paths = new ArrayList<>();

    private final ScenarioLoader loader = new ScenarioLoader();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<Path> targets = paths.isEmpty() ? List.of(scenarios.folder) : paths;
        List<Problem> problems = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>();
        int files = 0;
        for (Path target : targets) {
            if (Files.isDirectory(target)) {
                ScenarioLibrary library = ScenarioLibrary.open(target);
                files += library.fileCount();
                library.skipped().values().forEach(problems::addAll);
                library.entries().forEach(e -> warnings.addAll(warnings(e.file())));
            } else if (!Files.exists(target)) {
                files++;
                problems.add(new Problem(target, 1, 1, "no such file or folder"));
            } else {
                files++;
                List<Problem> found = validateFile(target);
                problems.addAll(found);
                if (found.isEmpty()) {
                    warnings.addAll(warnings(target));
                }
            }
        }
        problems.forEach(out::println);
        warnings.forEach(w -> out.println(w.file() + ":" + w.line() + ":" + w.column() + ": warning: " + w.message()));
        long bad = problems.stream().map(Problem::file).distinct().count();
        String warned = warnings.isEmpty() ? "" : " (" + warnings.size() + " warning(s))";
        out.println(problems.isEmpty() ? "ok: " + files + " file(s) valid" + warned
                : problems.size() + " problem(s) in " + bad + " of " + files + " file(s)" + warned);
        return problems.isEmpty() ? 0 : 1;
    }

    /** A valid scenario file's warnings (a plan has none); a file that cannot be read again gives none. */
    private List<Problem> warnings(Path file) {
        if (file == null || !ScenarioLoader.isScenarioFile(file)) {
            return List.of();
        }
        try {
            return loader.check(file, FolderFiles.read(file)).warnings();
        } catch (IOException e) {
            return List.of(); // it was read a moment ago; a file gone since has nothing to warn about
        }
    }

    /** A test plan is checked against the scenarios beside it; a scenario on its own. */
    private List<Problem> validateFile(Path file) {
        LoadResult<?> result;
        if (ScenarioLoader.isPlanFile(file)) {
            Path folder = file.toAbsolutePath().getParent();
            ScenarioLibrary library = ScenarioLibrary.open(folder);
            result = loader.loadPlan(file, id -> library.find(id).map(e -> e.scenario()).orElse(null));
        } else {
            result = loader.loadScenario(file);
        }
        return result instanceof LoadResult.Rejected<?> r ? r.problems() : List.of();
    }
}
