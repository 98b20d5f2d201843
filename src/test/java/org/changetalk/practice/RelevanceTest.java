package org.changetalk.practice;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The ranking settings read from relevance.txt, and their errors at line:column. */
class RelevanceTest {
    @Test
    void theShippedSettingsReadAndKeepAReflectionsBarsInOrder() {
        Relevance r = Relevance.DEFAULT;
        // A line outside the graph's allowed ones needs a meaning at least as close as one it allows (both 9 while the
        // gist is off in the shipped file), and a margin is a margin.
        assertThat(r.gistElsewhere()).isGreaterThanOrEqualTo(r.gistFloor());
        assertThat(r.gistMargin()).isPositive();
        assertThat(r.storyKeepMargin()).isPositive();
        // The reflection's gist acts in the shipped file (round 12): below 2 a bar can be reached.
        assertThat(r.gistOn()).isTrue();
        assertThat(r.longTurn()).isPositive();
    }

    @Test
    void readsEachKey() {
        Relevance r = Relevance.read(List.of("# a comment", "story.keep_margin 0.2", "", "gist.margin 0.05",
                "gist.floor 0.4", "gist.elsewhere 0.7", "asking.long_turn 25", "asking.min_terms 3"));
        assertThat(r).isEqualTo(new Relevance(0.2, 0.05, 0.4, 0.7, 25, 3));
    }

    @Test
    void aValueThatIsNoNumberIsNamedWhereItIs() {
        assertThatThrownBy(() -> Relevance.read(List.of("story.keep_margin 0.2", "gist.margin lots")))
                .hasMessageContaining("relevance.txt:2:13").hasMessageContaining("lots");
    }

    @Test
    void aMissingKeyIsNamed() {
        assertThatThrownBy(() -> Relevance.read(List.of("story.keep_margin 0.2")))
                .hasMessageContaining("no 'gist.margin'");
    }

    @Test
    void aLineWithoutItsValueIsNamedByLine() {
        assertThatThrownBy(() -> Relevance.read(List.of("gist.margin")))
                .hasMessageContaining("relevance.txt:1:1");
    }
}
