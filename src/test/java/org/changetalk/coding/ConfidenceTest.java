package org.changetalk.coding;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConfidenceTest {
    private static final Confidence TABLE = Confidence.load("/coding/confidence-test.txt");

    @Test
    void aRuleIsAsSureAsItsRecordSmoothedTowardTheOverallAccuracy() {
        // overall 127 of 152 = 0.836; (90 + 8 · 0.836) / (100 + 8) = 0.895, to two decimals 0.90
        assertThat(TABLE.overall()).isCloseTo(127.0 / 152, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(TABLE.of("reflection-opener/rephrase", false)).isEqualTo(0.90);
        // a rule seen twice is pulled toward the overall accuracy, not reported as certain
        assertThat(TABLE.of("confront", false)).isLessThan(0.9);
    }

    @Test
    void contestedDecisionsAreLessSure() {
        assertThat(TABLE.of("reflection-opener/rephrase", true)).isLessThan(TABLE.of("reflection-opener/rephrase", false));
    }

    @Test
    void anUnseenDepthVerdictFallsBackToItsRule() {
        // "reflection-opener/metaphor" was never seen alone: the "reflection-opener" record (120 of 140) stands in
        assertThat(TABLE.of("reflection-opener/metaphor", false)).isEqualTo(Confidence.round((120 + 8 * TABLE.overall()) / 148));
    }

    @Test
    void aBadTableNamesTheLine() {
        assertThatThrownBy(() -> Confidence.load("/coding/confidence-bad.txt"))
                .isInstanceOf(LexiconError.class).hasMessageContaining("1");
    }

    @Test
    void theRealCoderPutsAConfidenceOnEveryCodeAndThePrimary() {
        CounselorCoding c = new Coder().codeCounselor(List.of(Turn.client("I drink to sleep, honestly.")),
                Turn.counselor("So it helps you sleep. You should really try melatonin instead."));
        assertThat(c.utterances()).allSatisfy(u -> assertThat(u.confidence()).isBetween(0.05, 0.99));
        assertThat(c.confidence()).isBetween(0.05, 0.99);
    }
}
