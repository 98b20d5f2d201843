package org.changetalk.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.changetalk.scenario.read.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ScenariosCommandTest {
    @TempDir
    Path dir;

    @Test
    void jsonListsEveryValidScenarioAndNamesSkippedFilesOnStderr() throws Exception {
        Files.copy(Fixtures.LIBRARY.resolve("teresa-alcohol-contemplation.json"), dir.resolve("teresa-alcohol-contemplation.json"));
        Files.copy(Fixtures.LIBRARY.resolve("drill-complex-reflection.json"), dir.resolve("drill-complex-reflection.json"));
        Files.writeString(dir.resolve("bad.json"), "[");
        Run run = Run.of(new ScenariosCommand(), "--json", "--scenarios", dir.toString());
        assertThat(run.exit()).isZero();
        JsonNode array = new ObjectMapper().readTree(run.out());
        assertThat(array).hasSize(2);
        JsonNode teresa = array.get(1);
        assertThat(teresa.get("id").asText()).isEqualTo("teresa-alcohol-contemplation");
        assertThat(teresa.get("title").asText()).isEqualTo("Teresa, 46: the drive she can't remember");
        assertThat(teresa.get("kind").asText()).isEqualTo("conversation");
        assertThat(teresa.get("stage").asText()).isEqualTo("contemplation");
        assertThat(teresa.get("behaviour").asText()).isEqualTo("alcohol");
        assertThat(teresa.get("file").asText()).isEqualTo(dir.resolve("teresa-alcohol-contemplation.json").toString());
        JsonNode drill = array.get(0);
        assertThat(drill.get("kind").asText()).isEqualTo("drill");
        assertThat(drill.get("stage").isNull()).isTrue();
        assertThat(run.err()).contains("skipped " + dir.resolve("bad.json"));
    }

    @Test
    void mainRegistersEveryScenarioCommand() {
        Console quiet = new Console(new java.io.ByteArrayInputStream(new byte[0]), new java.io.ByteArrayOutputStream(),
                new java.io.PrintWriter(new java.io.StringWriter()));
        assertThat(Main.commandLine(quiet, new org.changetalk.practice.FakeCoder()).getSubcommands().keySet())
                .contains("validate", "scenarios", "practice", "test-scenarios");
    }
}
