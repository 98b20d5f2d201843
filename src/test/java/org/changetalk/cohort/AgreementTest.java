package org.changetalk.cohort;

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
        Agreement report = DashboardService.agreement(pairs, 0, List.of());
        assertThat(report.turns()).isEqualTo(50);
        Agreement.CodeAgreement affirm = report.codes().get(1); // codes come in Code order: QUESTION before AFFIRM
        assertThat(report.codes().get(0).code()).isEqualTo("QUESTION");
        assertThat(affirm.code()).isEqualTo("AFFIRM");
        assertThat(affirm.both()).isEqualTo(20);
        assertThat(affirm.humanOnly()).isEqualTo(5);
        assertThat(affirm.autoOnly()).isEqualTo(10);
        assertThat(affirm.neither()).isEqualTo(15);
        assertThat(affirm.observed()).isCloseTo(0.7, within(1e-9));
        assertThat(affirm.kappa()).isCloseTo(0.4, within(1e-9));
        // 95 % interval: SE = sqrt(0.7 · 0.3 / (50 · 0.5²)) = 0.1296; 0.4 ± 1.96 · 0.1296
        assertThat(affirm.ci().low()).isCloseTo(0.146, within(1e-9));
        assertThat(affirm.ci().high()).isCloseTo(0.654, within(1e-9));
        // QUESTION is AFFIRM's mirror here (every turn has exactly one of the two), so the same kappa
        assertThat(report.codes().get(0).kappa()).isCloseTo(0.4, within(1e-9));
    }

    @Test
    void kappaIsNullWhenChanceAgreementIsCertain() {
        List<Set<String>[]> pairs = new ArrayList<>();
        add(pairs, 3, Set.of("AFFIRM"), Set.of("AFFIRM"));
        Agreement.CodeAgreement affirm = DashboardService.agreement(pairs, 3, List.of()).codes().get(0);
        assertThat(affirm.observed()).isEqualTo(1.0);
        assertThat(affirm.kappa()).isNull();
    }
}
