package org.changetalk.coding;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BandTest {

    @Test
    void goodNeedsEveryGoodThresholdIncludingTheBoundaries() {
        assertThat(Band.of(4.0, 4.0, 50.0, 2.0, true)).isEqualTo(Band.GOOD);
        assertThat(Band.of(3.95, 4.0, 50.0, 2.0, true)).isEqualTo(Band.FAIR);
        assertThat(Band.of(4.0, 3.95, 50.0, 2.0, true)).isEqualTo(Band.FAIR);
        assertThat(Band.of(4.0, 4.0, 49.9, 2.0, true)).isEqualTo(Band.FAIR);
        assertThat(Band.of(4.0, 4.0, 50.0, 1.99, true)).isEqualTo(Band.FAIR);
    }

    @Test
    void fairNeedsEveryFairThreshold() {
        assertThat(Band.of(3.0, 3.5, 40.0, 1.0, true)).isEqualTo(Band.FAIR);
        assertThat(Band.of(2.95, 3.5, 40.0, 1.0, true)).isEqualTo(Band.BELOW);
        assertThat(Band.of(3.0, 3.45, 40.0, 1.0, true)).isEqualTo(Band.BELOW);
        assertThat(Band.of(3.0, 3.5, 39.9, 1.0, true)).isEqualTo(Band.BELOW);
        assertThat(Band.of(3.0, 3.5, 40.0, 0.99, true)).isEqualTo(Band.BELOW);
    }

    @Test
    void noQuestionsMeetsTheRatioOnlyWhenThereAreReflections() {
        assertThat(Band.of(5, 5, 100.0, null, true)).isEqualTo(Band.GOOD);
        assertThat(Band.of(5, 5, 100.0, null, false)).isEqualTo(Band.BELOW);
    }

    @Test
    void noReflectionsMeetsNoComplexReflectionThreshold() {
        assertThat(Band.of(5, 5, null, 3.0, false)).isEqualTo(Band.BELOW);
    }

    @Test
    void labelsAreLowerCase() {
        assertThat(Band.GOOD.label()).isEqualTo("good");
    }
}
