package org.changetalk.cli;

import org.changetalk.scenario.read.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ValidateCommandTest {
    @TempDir
    Path dir;

    @Test
    void theShippedLibraryIsValid() {
        Run run = Run.of(new ValidateCommand(), "--scenarios", Fixtures.LIBRARY.toString());
        assertThat(run.exit()).as(run.out()).isZero();
        assertThat(run.out()).startsWith("ok: ");
    }

    @Test
    void everyProblemOfEveryFileIsPrintedAndTheExitCodeIsOne() throws IOException {
        Files.copy(Fixtures.LIBRARY.resolve("teresa-alcohol-contemplation.json"), dir.resolve("teresa-alcohol-contemplation.json"));
        Path structure = Path.of("src/test/resources/scenario/invalid/structure.json");
        Files.copy(structure, dir.resolve("structure.json"));
        Run run = Run.of(new ValidateCommand(), dir.toString());
        assertThat(run.exit()).isEqualTo(1);
        String[] lines = run.out().split("\n");
        assertThat(lines).hasSize(11 + 1);
        assertThat(lines[0]).isEqualTo(dir.resolve("structure.json")
                + ":27:5: beat 'opening' has no 'fallback': where does the client go when no rule matches?");
        assertThat(lines[11]).isEqualTo("11 problem(s) in 1 of 2 file(s)");
    }

    @Test
    void filesAndFoldersCanBeNamedAndMissingOnesAreProblems() {
        Path graph = Path.of("src/test/resources/scenario/invalid/graph.json");
        Run run = Run.of(new ValidateCommand(), graph.toString(), dir.resolve("missing.json").toString(),
                "scenarios/teresa-alcohol-contemplation.test.json");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains(graph + ":22:11: beat 'stuck' has no way out")
                .contains(dir.resolve("missing.json") + ":1:1: no such file or folder")
                .doesNotContain("teresa-alcohol-contemplation.test.json:")
                .endsWith("5 problem(s) in 2 of 3 file(s)\n");
    }

    @Test
    void aValidFilesWarningsArePrintedWithoutFailingTheRun() {
        Path unlabelled = Path.of("src/test/resources/scenario/warnings/unlabelled.json");
        Run run = Run.of(new ValidateCommand(), unlabelled.toString());
        assertThat(run.exit()).as(run.out()).isZero();
        assertThat(run.out()).contains(unlabelled + ":22:5: warning: beat 'opening' has no 'prompts'")
                .endsWith("ok: 1 file(s) valid (5 warning(s))\n");
    }
}
