package org.changetalk.practice;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Each line of practice/intents/cases.txt: the question and the intent it asks for (the first one read), or none. */
class QuestionIntentTest {
    private static final Path CASES = Path.of("src/test/resources/practice/intents/cases.txt");

    @TestFactory
    Stream<DynamicTest> questionsAreReadForWhatTheyAsk() throws IOException {
        List<String> lines = Files.readAllLines(CASES);
        return java.util.stream.IntStream.range(0, lines.size())
                .filter(i -> !lines.get(i).isBlank() && !lines.get(i).startsWith("#"))
                .mapToObj(i -> {
                    String[] parts = lines.get(i).split("=>");
                    assertThat(parts).as(CASES + ":" + (i + 1) + ": expected 'question => intent'").hasSize(2);
                    String question = parts[0].strip(), expected = parts[1].strip();
                    return DynamicTest.dynamicTest(CASES.getFileName() + ":" + (i + 1) + " " + question, () -> {
                        List<QuestionIntent> read = QuestionIntent.of(question);
                        String got = read.isEmpty() ? "none" : read.get(0).name();
                        assertThat(got).as(CASES + ":" + (i + 1) + ": \"" + question + "\"").isEqualTo(expected);
                    });
                });
    }
}
