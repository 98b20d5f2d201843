package org.changetalk.scenario.read;

import org.changetalk.scenario.model.Scenario;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each file under {@code scenario/invalid/} states the problems it must produce in comments:
 * {@code // expect: LINE:COLUMN: message} (the message may be cut short: it must start the real one).
 * The loader must report exactly those, no more and no fewer.
 */
class InvalidFilesTest {
    static final Path DIR = Path.of("src/test/resources/scenario/invalid");
    private static final Pattern EXPECT = Pattern.compile("^\\s*(?://|#)\\s*expect:\\s*(\\d+):(\\d+):\\s*(.*)$");

    record Expected(int line, int column, String message) {
        boolean matches(Problem p) {
            return p.line() == line && p.column() == column && p.message().startsWith(message);
        }

        @Override
        public String toString() {
            return line + ":" + column + ": " + message;
        }
    }

    @TestFactory
    Stream<DynamicTest> everyInvalidFileReportsExactlyItsExpectedProblems() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(DIR)) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(10);
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(f)));
    }

    private static void check(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        List<Expected> expected = expectations(new String(bytes, StandardCharsets.ISO_8859_1));
        assertThat(expected).as("a test file must state what it expects").isNotEmpty();
        LoadResult<Scenario> result = new ScenarioLoader().readScenario(file, bytes);
        assertThat(result).isInstanceOf(LoadResult.Rejected.class);
        List<Problem> problems = ((LoadResult.Rejected<Scenario>) result).problems();
        List<Expected> unmatched = new ArrayList<>(expected);
        List<Problem> unexpected = new ArrayList<>();
        for (Problem p : problems) {
            assertThat(p.file()).isEqualTo(file);
            Expected hit = unmatched.stream().filter(e -> e.matches(p)).findFirst().orElse(null);
            if (hit == null) {
                unexpected.add(p);
            } else {
                unmatched.remove(hit);
            }
        }
        assertThat(unexpected).as("problems the file does not expect").isEmpty();
        assertThat(unmatched).as("expected problems that were not reported").isEmpty();
    }

    static List<Expected> expectations(String text) {
        List<Expected> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            Matcher m = EXPECT.matcher(line);
            if (m.matches()) {
                out.add(new Expected(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m.group(3).strip()));
            }
        }
        return out;
    }
}
