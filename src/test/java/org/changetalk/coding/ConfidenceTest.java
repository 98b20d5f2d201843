package org.changetalk.coding;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConfidenceTest {
    private static final Confidence TABLE = Confidence.load("/coding/confidence-test.txt");

    @Test
    void aRuleIsAsSureAsItsRecordSmoothedLevelByLevel() {
        // overall 127 of 152 = 0.836; every "alone" decision 122 of 142 → (122 + 8 · 0.836) / 150 = 0.858; the rule
        // "reflection-opener" alone 120 of 140 → (120 + 8 · 0.858) / 148 = 0.857; its verdict "rephrase" 90 of 100 →
        // (90 + 8 · 0.857) / 108 = 0.897; lowered by 0.38 in log-odds for new material: 0.856, to two decimals 0.86
        assertThat(TABLE.overall()).isCloseTo(127.0 / 152, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(TABLE.of("reflection-opener/rephrase", false)).isEqualTo(0.86);
        // a rule seen twice is pulled toward the overall accuracy, not reported as certain
        assertThat(TABLE.of("confront", false)).isLessThan(0.9);
    }

    @Test
    void aTuneRecordIsLoweredForNewMaterial() {
        // 0.9 on tune is logit 2.197; less 0.38 is 1.817, which is 0.860
        assertThat(Confidence.forNewMaterial(0.9)).isCloseTo(0.860, org.assertj.core.data.Offset.offset(0.001));
        assertThat(Confidence.forNewMaterial(0.5)).isLessThan(0.5);
    }

    @Test
    void contestedDecisionsAreLessSure() {
        assertThat(TABLE.of("reflection-opener/rephrase", true)).isLessThan(TABLE.of("reflection-opener/rephrase", false));
    }

    @Test
    void anUnseenDepthVerdictFallsBackToItsRule() {
        // "reflection-opener/metaphor" was never seen alone: the "reflection-opener" record (120 of 140), smoothed toward
        // every "alone" decision (122 of 142, itself toward the overall accuracy), stands in
        double alone = (122 + 8 * TABLE.overall()) / 150;
        assertThat(TABLE.of("reflection-opener/metaphor", false)).isEqualTo(Confidence.round(Confidence.forNewMaterial((120 + 8 * alone) / 148)));
    }

    @Test
    void aRareRuleBacksOffToThePooledRecordOfRareRules() {
        // rare (under 5 items alone): confront 1 of 2, counter-claim 0 of 1, leading-tag 1 of 2, pooled 2 of 5. Every
        // "alone" decision: 137 of 155 = overall 0.884. counter-claim: the pool toward the tag, (2 + 8 · 0.884) / 13 =
        // 0.698, then its own 0 of 1 toward that, 8 · 0.698 / 9 = 0.621; lowered for new material, 0.53
        Confidence rare = Confidence.load("/coding/confidence-rare.txt");
        double tag = (137 + 8 * rare.overall()) / 163;
        double pool = (2 + 8 * tag) / 13;
        assertThat(rare.of("counter-claim", false)).isEqualTo(Confidence.round(Confidence.forNewMaterial(8 * pool / 9)));
        // a rule never seen at all starts from the rare rules' record, not from the common rules' accuracy
        assertThat(rare.of("a-new-rule", false)).isEqualTo(Confidence.round(Confidence.forNewMaterial(pool)));
        assertThat(rare.of("a-new-rule", false)).isLessThan(rare.of("closed-question", false));
        // a common rule is not touched by the pool
        assertThat(rare.of("closed-question", false)).isEqualTo(Confidence.round(Confidence.forNewMaterial((45 + 8 * tag) / 58)));
    }

    @Test
    void aWeakRuleIsNotLiftedTowardTheOverallAccuracy() {
        // contested decisions: 5 of 10 — a contested rule never seen is as sure as contested decisions are, not 0.84
        assertThat(TABLE.of("closed-question", true)).isEqualTo(Confidence.round(Confidence.forNewMaterial((5 + 8 * TABLE.overall()) / 18)));
        assertThat(TABLE.of("closed-question", true)).isLessThan(0.7);
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
