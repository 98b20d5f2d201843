package org.changetalk.cohort;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Cohen's kappa per code on a table worked out by hand. */
class AgreementTest {
    @SuppressWarnings("unchecked")
    private static void add(List<Set<String>[]> pairs, int times, Set<String> human, Set<String> auto) {
        for (int i = 0; i < times; i++) {
            pairs.add(new Set[]{human, auto});
        }
    }

    @Test
    void kappaMatchesAHandComputedTable() {
        // AFFIRM over 50 turns: both 20, human only 5, coder only 10, neither 15.
        // observed = 35/50 = 0.7; chance = (25/50)(30/50) + (25/50)(20/50) = 0.3 + 0.2 = 0.5;
        // kappa = (0.7 - 0.5) / (1 - 0.5) = 0.4
        List<Set<String>[]> pairs = new ArrayList<>();
        add(pairs, 20, Set.of("AFFIRM"), Set.of("AFFIRM"));
        add(pairs, 5, Set.of("AFFIRM"), Set.of("QUESTION"));
        add(pairs, 10, Set.of("QUESTION"), Set.of("AFFIRM"));
        add(pairs, 15, Set.of("QUESTION"), Set.of("QUESTION"));
        JsonNode report = DashboardService.agreement(pairs);
        assertThat(report.path("turns").asInt()).isEqualTo(50);
        JsonNode affirm = report.path("codes").get(1); // codes come in Code order: QUESTION before AFFIRM
        assertThat(report.path("codes").get(0).path("code").asText()).isEqualTo("QUESTION");
        assertThat(affirm.path("code").asText()).isEqualTo("AFFIRM");
        assertThat(affirm.path("both").asInt()).isEqualTo(20);
        assertThat(affirm.path("humanOnly").asInt()).isEqualTo(5);
        assertThat(affirm.path("autoOnly").asInt()).isEqualTo(10);
        assertThat(affirm.path("neither").asInt()).isEqualTo(15);
        assertThat(affirm.path("observed").asDouble()).isCloseTo(0.7, within(1e-9));
        assertThat(affirm.path("kappa").asDouble()).isCloseTo(0.4, within(1e-9));
        // 95 % interval: SE = sqrt(0.7 · 0.3 / (50 · 0.5²)) = 0.1296; 0.4 ± 1.96 · 0.1296
        assertThat(affirm.path("ci").get(0).asDouble()).isCloseTo(0.146, within(1e-9));
        assertThat(affirm.path("ci").get(1).asDouble()).isCloseTo(0.654, within(1e-9));
        // QUESTION is AFFIRM's mirror here (every turn has exactly one of the two), so the same kappa
        assertThat(report.path("codes").get(0).path("kappa").asDouble()).isCloseTo(0.4, within(1e-9));
    }

    @Test
    void kappaIsNullWhenChanceAgreementIsCertain() {
        List<Set<String>[]> pairs = new ArrayList<>();
        add(pairs, 3, Set.of("AFFIRM"), Set.of("AFFIRM"));
        JsonNode affirm = DashboardService.agreement(pairs).path("codes").get(0);
        assertThat(affirm.path("observed").asDouble()).isEqualTo(1.0);
        assertThat(affirm.path("kappa").isNull()).isTrue();
    }
}
