package org.changetalk.eval;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ConfusionMatrixTest {

    private static void add(ConfusionMatrix m, String gold, String predicted, int times) {
        for (int i = 0; i < times; i++) {
            m.add(gold, predicted);
        }
    }

    /**
     * rows gold, columns predicted:
     * <pre>
     *       a  b  c
     *   a   3  1  0   support 4
     *   b   1  2  0   support 3
     *   c   2  0  1   support 3
     * predicted 6  3  1
     * </pre>
     */
    private static ConfusionMatrix example() {
        ConfusionMatrix m = new ConfusionMatrix(List.of("a", "b", "c"));
        add(m, "a", "a", 3);
        add(m, "a", "b", 1);
        add(m, "b", "b", 2);
        add(m, "b", "a", 1);
        add(m, "c", "c", 1);
        add(m, "c", "a", 2);
        return m;
    }

    @Test
    void countsSupportAndPredictions() {
        ConfusionMatrix m = example();

        assertThat(m.total()).isEqualTo(10);
        assertThat(m.count("c", "a")).isEqualTo(2);
        assertThat(List.of(m.support("a"), m.support("b"), m.support("c"))).containsExactly(4, 3, 3);
        assertThat(List.of(m.predicted("a"), m.predicted("b"), m.predicted("c"))).containsExactly(6, 3, 1);
    }

    @Test
    void precisionRecallAndF1PerLabel() {
        ConfusionMatrix m = example();

        assertThat(m.precision("a")).isEqualTo(3.0 / 6);
        assertThat(m.recall("a")).isEqualTo(3.0 / 4);
        assertThat(m.f1("a")).isCloseTo(0.6, within(1e-12));        // 2·0.5·0.75 / 1.25
        assertThat(m.f1("b")).isCloseTo(2.0 / 3, within(1e-12));    // p = r = 2/3
        assertThat(m.precision("c")).isEqualTo(1.0);
        assertThat(m.recall("c")).isEqualTo(1.0 / 3);
        assertThat(m.f1("c")).isCloseTo(0.5, within(1e-12));        // 2·1·(1/3) / (4/3)
    }

    @Test
    void accuracyMacroF1AndKappa() {
        ConfusionMatrix m = example();

        assertThat(m.accuracy()).isEqualTo(0.6);
        assertThat(m.macroF1()).isCloseTo((0.6 + 2.0 / 3 + 0.5) / 3, within(1e-12));
        // chance = (4·6 + 3·3 + 3·1) / 100 = 0.36; kappa = (0.6 − 0.36) / (1 − 0.36)
        assertThat(m.kappa()).isCloseTo(0.375, within(1e-12));
    }

    @Test
    void macroF1AveragesOnlyLabelsThatOccurInTheGold() {
        ConfusionMatrix m = new ConfusionMatrix(List.of("a", "b", "unused"));
        add(m, "a", "a", 2);
        add(m, "b", "a", 1);
        add(m, "b", "b", 1);

        assertThat(m.labelsWithSupport()).containsExactly("a", "b");
        // f1(a) = 2·(2/3)·1 / (5/3) = 0.8; f1(b) = 2·1·0.5 / 1.5 = 2/3
        assertThat(m.macroF1()).isCloseTo((0.8 + 2.0 / 3) / 2, within(1e-12));
    }

    @Test
    void scoresWithNothingToDivideByAreZeroOrUndefined() {
        ConfusionMatrix empty = new ConfusionMatrix(List.of("a", "b"));
        assertThat(empty.precision("a")).isZero();
        assertThat(empty.recall("a")).isZero();
        assertThat(empty.f1("a")).isZero();
        assertThat(empty.accuracy()).isNaN();
        assertThat(empty.macroF1()).isNaN();
        assertThat(empty.kappa()).isNaN();

        ConfusionMatrix oneClass = new ConfusionMatrix(List.of("a", "b"));
        add(oneClass, "a", "a", 3);
        assertThat(oneClass.accuracy()).isEqualTo(1.0);
        assertThat(oneClass.kappa()).as("chance agreement is 1").isNaN();
    }

    @Test
    void kappaIsZeroForChanceAndNegativeBelowIt() {
        ConfusionMatrix chance = new ConfusionMatrix(List.of("a", "b"));
        add(chance, "a", "a", 1);
        add(chance, "a", "b", 1);
        add(chance, "b", "a", 1);
        add(chance, "b", "b", 1);
        assertThat(chance.kappa()).isZero();

        ConfusionMatrix swapped = new ConfusionMatrix(List.of("a", "b"));
        add(swapped, "a", "b", 2);
        add(swapped, "b", "a", 2);
        assertThat(swapped.kappa()).isEqualTo(-1.0);
    }

    @Test
    void rejectsUnknownLabels() {
        assertThatThrownBy(() -> new ConfusionMatrix(List.of("a")).add("a", "z"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'z'");
    }
}
