package org.changetalk.scenario.read;

import org.changetalk.scenario.library.LibraryEntry;
import org.changetalk.scenario.library.ScenarioLibrary;
import org.changetalk.scenario.plan.TestPlan;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Test plans under {@code scenario/invalid-plans/<case>/} are checked against the real library's
 * scenarios and must report exactly the {@code // expect: LINE:COLUMN: message} lines they contain.
 */
class InvalidPlansTest {
    private static final Path DIR = Path.of("src/test/resources/scenario/invalid-plans");
    private final ScenarioLibrary library = ScenarioLibrary.open(Fixtures.LIBRARY);

    @TestFactory
    Stream<DynamicTest> everyInvalidPlanReportsExactlyItsExpectedProblems() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(DIR)) {
            files = s.filter(ScenarioLoader::isPlanFile).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(2);
        return files.stream().map(f -> DynamicTest.dynamicTest(DIR.relativize(f).toString(), () -> check(f)));
    }

    private void check(Path file) {
        List<InvalidFilesTest.Expected> expected = InvalidFilesTest.expectations(Fixtures.read(file));
        assertThat(expected).isNotEmpty();
        LoadResult<TestPlan> r = new ScenarioLoader().loadPlan(file, id -> library.find(id).map(LibraryEntry::scenario).orElse(null));
        assertThat(r).isInstanceOf(LoadResult.Rejected.class);
        List<String> actual = ((LoadResult.Rejected<TestPlan>) r).problems().stream()
                .map(p -> p.line() + ":" + p.column() + ": " + p.message()).toList();
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(actual.get(i)).startsWith(expected.get(i).toString());
        }
    }
}
