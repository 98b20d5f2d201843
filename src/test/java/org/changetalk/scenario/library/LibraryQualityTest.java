package org.changetalk.scenario.library;

import org.changetalk.scenario.model.ClientTalk;
import org.changetalk.scenario.model.Conversation;
import org.changetalk.scenario.model.Drill;
import org.changetalk.scenario.model.EndKind;
import org.changetalk.scenario.model.Level;
import org.changetalk.scenario.read.Fixtures;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The library's own bar, stricter than the format's: conversations of at least 12 beats, feedback material on every beat. */
class LibraryQualityTest {
    private final ScenarioLibrary library = ScenarioLibrary.open(Fixtures.LIBRARY);

    @TestFactory
    Stream<DynamicTest> everyLibraryScenarioMeetsTheBar() {
        return library.entries().stream().map(e -> DynamicTest.dynamicTest(e.scenario().id(), () -> {
            if (e.scenario() instanceof Conversation c) {
                assertThat(c.beats()).as("beats").hasSizeGreaterThanOrEqualTo(12);
                c.beats().values().stream().filter(b -> !b.isTerminal()).forEach(b -> {
                    assertThat(b.exemplars()).as(b.id() + " exemplars").isNotEmpty();
                    assertThat(b.pitfalls()).as(b.id() + " pitfalls").isNotEmpty();
                });
                assertThat(c.beats().values()).as("an ending a good session can reach")
                        .anyMatch(b -> b.end() == EndKind.PLAN_AGREED || b.end() == EndKind.STAGE_MOVED);
                assertThat(c.beats().values()).as("change talk to draw out").anyMatch(b -> b.talk() == ClientTalk.CHANGE);
            } else {
                Drill d = (Drill) e.scenario();
                for (Level level : Level.values()) {
                    assertThat(d.items(level)).as(level + " items").hasSizeGreaterThanOrEqualTo(5);
                }
            }
        }));
    }
}
