package org.changetalk.practice;

import org.changetalk.coding.Coder;
import org.changetalk.scenario.model.Drill;
import org.changetalk.scenario.read.Fixtures;
import org.changetalk.scenario.model.Level;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The double-sided drill counts a reflection only when it ends on the change side (regressions/double-sided-drill.txt). */
class DoubleSidedDrillTest {
    private static final ResponseCoder CODER = ResponseCoder.of(new Coder());

    @Test
    void aReflectionCountsOnlyWhenTheChangeSideComesLast() throws IOException {
        Drill drill = (Drill) Fixtures.library("drill-double-sided-reflection");
        int index = drill.items(Level.INTERMEDIATE).stream().map(i -> i.id()).toList().indexOf("i-keeps-me-calm");
        assertThat(index).as("the drill item the regression file answers").isNotNegative();
        List<String> wrong = new ArrayList<>();
        for (String line : resource("regressions/double-sided-drill.txt").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            boolean expected = line.substring(0, line.indexOf('|')).strip().equals("yes");
            String text = line.substring(line.indexOf('|') + 1).strip();
            DrillSession s = new DrillSession(drill, CODER, new DrillProgress(Level.INTERMEDIATE, index, List.of(), false));
            DrillAttempt a = s.attempt(text);
            if (a.success() != expected || (!expected && !a.feedback().why().contains("change last"))) {
                wrong.add((expected ? "should count: " : "should not count, saying why: ") + text + " -> " + a.feedback().why());
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** The drill's own exemplars are shown as "try instead": each must pass the rule it teaches. */
    @Test
    void everyExemplarOfTheDrillEndsOnTheChangeSide() {
        Drill drill = (Drill) Fixtures.library("drill-double-sided-reflection");
        DoubleSided rule = DoubleSided.load();
        List<String> wrong = new ArrayList<>();
        for (Level level : Level.values()) {
            drill.items(level).forEach(item -> item.exemplars().forEach(e -> {
                String problem = rule.problem(e.text(), CODER, item.exemplars());
                if (problem != null) {
                    wrong.add(item.id() + ": " + e.text());
                }
            }));
        }
        assertThat(wrong).isEmpty();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = DoubleSidedDrillTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
