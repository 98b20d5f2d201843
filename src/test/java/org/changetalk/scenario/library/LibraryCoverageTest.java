package org.changetalk.scenario.library;

import org.changetalk.scenario.model.Behaviour;
import org.changetalk.scenario.model.Conversation;
import org.changetalk.scenario.model.Drill;
import org.changetalk.scenario.model.DrillSkill;
import org.changetalk.scenario.model.Stage;
import org.changetalk.scenario.read.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The library as a whole: what a trainer needs to run a course (issue 3) — at least three conversations at every
 * stage of change, across at least seven behaviours, and at least six drills on different skills — and no file
 * in it that fails to load.
 */
class LibraryCoverageTest {
    private final ScenarioLibrary library = ScenarioLibrary.open(Fixtures.LIBRARY);

    @Test
    void everyFileLoads() {
        assertThat(library.skipped()).as("skipped files").isEmpty();
    }

    @Test
    void atLeastThreeConversationsAtEveryStageAcrossSevenBehaviours() {
        List<Conversation> conversations = library.entries().stream().map(LibraryEntry::scenario)
                .filter(Conversation.class::isInstance).map(Conversation.class::cast).toList();
        assertThat(conversations).hasSizeGreaterThanOrEqualTo(15);
        Map<Stage, Long> byStage = new EnumMap<>(Stage.class);
        conversations.forEach(c -> byStage.merge(c.stage(), 1L, Long::sum));
        for (Stage stage : Stage.values()) {
            assertThat(byStage.getOrDefault(stage, 0L)).as(stage + " conversations").isGreaterThanOrEqualTo(3);
        }
        Set<Behaviour> behaviours = conversations.stream().map(Conversation::behaviour).collect(Collectors.toSet());
        assertThat(behaviours).hasSizeGreaterThanOrEqualTo(7);
    }

    @Test
    void atLeastSixDrillsOnDifferentSkills() {
        Set<DrillSkill> skills = library.entries().stream().map(LibraryEntry::scenario)
                .filter(Drill.class::isInstance).map(d -> ((Drill) d).skill()).collect(Collectors.toSet());
        assertThat(skills).hasSizeGreaterThanOrEqualTo(6);
    }
}
