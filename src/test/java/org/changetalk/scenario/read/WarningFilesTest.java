package org.changetalk.scenario.read;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A file under {@code scenario/warnings/} is valid and loads, and states the warnings it must produce in comments,
 * {@code // warn: LINE:COLUMN: message} (the message may be cut short). Warnings say what a line lacks (topics,
 * prompts) without refusing a file saved before the rule.
 */
class WarningFilesTest {
    private static final Path FILE = Path.of("src/test/resources/scenario/warnings/unlabelled.json");
    private static final Pattern WARN = Pattern.compile("^\\s*//\\s*warn:\\s*(\\d+):(\\d+):\\s*(.*)$", Pattern.MULTILINE);

    @Test
    void aLineWithoutTopicsOrPromptsIsAWarningAtItsPositionAndTheFileStillLoads() throws IOException {
        loadsWithItsWarnings(FILE, 5);
    }

    /** The file loads, and its warnings are those its comments state (count checked, so a comment cannot go stale). */
    private static void loadsWithItsWarnings(Path file, int count) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        ScenarioLoader loader = new ScenarioLoader();
        assertThat(loader.readScenario(file, bytes)).isInstanceOf(LoadResult.Loaded.class);
        ScenarioLoader.Checked c = loader.check(file, bytes);
        assertThat(c.problems()).isEmpty();
        Matcher m = WARN.matcher(new String(bytes, StandardCharsets.UTF_8));
        List<String> expected = m.results().map(r -> r.group(1) + ":" + r.group(2) + ": " + r.group(3)).sorted().toList();
        assertThat(expected).hasSize(count);
        List<String> actual = c.warnings().stream().map(w -> w.line() + ":" + w.column() + ": " + w.message()).sorted().toList();
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(actual.get(i)).startsWith(expected.get(i));
        }
    }

    @Test
    void aPersonaWithoutItsOwnRulerPoolsIsAWarningWhereItsMovesStart() throws IOException {
        loadsWithItsWarnings(Path.of("src/test/resources/scenario/warnings/ruler-pools.json"), 3);
    }

    @Test
    void aTagThatNamesATopicCountsAsTheBeatsTopic() throws IOException {
        ScenarioLoader.Checked c = new ScenarioLoader().check(FILE, Files.readAllBytes(FILE));
        // 'close' is labelled by its tag 'bev' (a persona topic); 'softens' has only a free label, which is no topic.
        assertThat(c.warnings()).noneMatch(w -> w.message().startsWith("beat 'close'"))
                .anyMatch(w -> w.message().startsWith("beat 'softens' has no 'topics'"));
    }

    @Test
    void theShippedScenariosCarryTopicsAndPromptsOnEveryBeatAndFact() throws IOException {
        ScenarioLoader loader = new ScenarioLoader();
        try (var files = Files.list(Path.of("scenarios"))) {
            for (Path f : files.filter(ScenarioLoader::isScenarioFile).sorted().toList()) {
                ScenarioLoader.Checked c = loader.check(f, Files.readAllBytes(f));
                assertThat(c.warnings()).as(f.toString()).isEmpty();
            }
        }
    }
}
