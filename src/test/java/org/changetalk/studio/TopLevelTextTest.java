package org.changetalk.studio;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** A rename changes only the top-level id, nothing else in the text: the cases are in top-level-id-cases.txt. */
class TopLevelTextTest {
    @TestFactory
    List<DynamicTest> eachCaseBecomesWhatItSays() throws IOException {
        String all;
        try (InputStream in = TopLevelTextTest.class.getResourceAsStream("top-level-id-cases.txt")) {
            all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (String block : all.split("(?m)^=== ")) {
            if (block.startsWith("#") || block.isBlank()) {
                continue;
            }
            String name = block.substring(0, block.indexOf('\n'));
            String rest = block.substring(block.indexOf('\n') + 1);
            int split = rest.indexOf("--- becomes");
            String input = rest.substring(0, split);
            String expectation = rest.substring(split + "--- becomes".length());
            Optional<String> expected = expectation.startsWith(" nothing") ? Optional.empty()
                    : Optional.of(expectation.substring(1));
            tests.add(DynamicTest.dynamicTest(name, () -> assertThat(TopLevelText.replace(input, "id", "new-id")).isEqualTo(expected)));
        }
        assertThat(tests).hasSize(6);
        return tests;
    }
}
