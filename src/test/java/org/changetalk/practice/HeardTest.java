package org.changetalk.practice;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the client reads a turn before it answers: chat spelling read as words (practice/heard/texting.txt) and the MI
 * moves heard in what results (practice/heard/moves.txt). Each line is a case with its expectation.
 */
class HeardTest {
    private static final Path DIR = Path.of("src/test/resources/practice/heard");

    @TestFactory
    Stream<DynamicTest> chatSpellingIsReadAsWords() throws IOException {
        return cases("texting.txt", (where, typed, expected) -> assertThat(Texting.read(typed)).as(where).isEqualTo(expected));
    }

    @TestFactory
    Stream<DynamicTest> movesAreHeardInWhatWasRead() throws IOException {
        return cases("moves.txt", (where, turn, expected) -> {
            String read = Texting.read(turn);
            for (String e : expected.split("\\s+")) {
                String cue = e.substring(1);
                // (moves.txt and cues-on-demand.txt alike: has() reads both, as the engine does)
                assertThat(MoveCues.has(cue, read)).as(where + ": " + cue + (e.startsWith("+") ? "" : " not") + " heard in \""
                        + turn + "\"").isEqualTo(e.startsWith("+"));
            }
        });
    }

    private interface Check {
        void run(String where, String input, String expected);
    }

    private static Stream<DynamicTest> cases(String file, Check check) throws IOException {
        Path path = DIR.resolve(file);
        List<String> lines = Files.readAllLines(path);
        return IntStream.range(0, lines.size())
                .filter(i -> !lines.get(i).isBlank() && !lines.get(i).startsWith("#"))
                .mapToObj(i -> {
                    String where = path + ":" + (i + 1);
                    String[] parts = lines.get(i).split("=>");
                    assertThat(parts).as(where + ": expected 'input => expected'").hasSize(2);
                    return DynamicTest.dynamicTest(file + ":" + (i + 1) + " " + parts[0].strip(),
                            () -> check.run(where, parts[0].strip(), parts[1].strip()));
                });
    }
}
