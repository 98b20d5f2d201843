package org.changetalk.practice;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link Explain#format} prints what {@code String.format(Locale.ROOT, …)} prints, for the conversions it reads. */
class ExplainTest {
    @Test
    void twoPlacesAsTheFormatterRoundsThem() {
        List<Double> values = new ArrayList<>(List.of(0.0, -0.0, 0.005, 0.015, 0.125, 0.285, 0.995, 1.005, 2.675, -0.001,
                -0.005, -1.255, 1e-9, 9.999999, 123456.785, Double.MIN_VALUE, 1e15 + 0.5, Double.NaN,
                Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY));
        for (int i = 0; i <= 20_000; i++) {
            values.add(i / 2000.0); // every 0.0005 from 0 to 10: each half-way case the scores can hit
        }
        Random random = new Random(7);
        for (int i = 0; i < 5_000; i++) {
            values.add(random.nextDouble() * 20 - 10);
        }
        List<String> differences = new ArrayList<>();
        for (double d : values) {
            String expected = String.format(Locale.ROOT, "%.2f", d);
            if (!Explain.twoPlaces(d).equals(expected)) {
                differences.add(d + ": " + Explain.twoPlaces(d) + " instead of " + expected);
            }
        }
        assertThat(differences).isEmpty();
    }

    @Test
    void theEnginesPatterns() {
        assertThat(Explain.format(" (relevance %.2f%s)", 0.4249999, ", following")).isEqualTo(" (relevance 0.42, following)");
        assertThat(Explain.format("a direct question on a story already told (%s %.2f, graph's line %.2f)", "b3", 0.5, 1.0 / 3))
                .isEqualTo(String.format(Locale.ROOT, "a direct question on a story already told (%s %.2f, graph's line %.2f)",
                        "b3", 0.5, 1.0 / 3));
        assertThat(Explain.format("%d%% sure of %s", 42, null)).isEqualTo("42% sure of null");
    }

    @Test
    void refusesWhatItDoesNotRead() {
        assertThatThrownBy(() -> Explain.format("%.3f", 1.0)).hasMessageContaining("'%.3f'");
        assertThatThrownBy(() -> Explain.format("%d", 1.5)).hasMessageContaining("'%d'");
        assertThatThrownBy(() -> Explain.format("%s", "a", "b")).hasMessageContaining("2 arguments for 1");
    }
}
