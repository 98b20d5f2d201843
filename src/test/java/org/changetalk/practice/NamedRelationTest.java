package org.changetalk.practice;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * NamedRelation on a persona invented for the test (a lighthouse keeper whose wife is Ines and whose younger brother is
 * Tavi): a person named with another relation is corrected with the one the persona's lines give, and every claim the
 * lines do not contradict is left alone.
 */
class NamedRelationTest {
    private static final List<String> LINES = List.of(
            "Ines is my wife. Thirty years on the rock together.",
            "My little brother Tavi rings on Fridays, when the boat is in.",
            "Corra, my neighbour, keeps a spare key.",
            "So, my sister never visits.");

    private final NamedRelation relations = new NamedRelation(LINES, NamedRelation.defaults());

    @Test
    void aPersonNamedWithAnotherRelationIsCorrectedWithTheirOwn() {
        NamedRelation.Slip s = relations.of("So your daughter Ines doesn't know about the bottles.").orElseThrow();
        assertThat(s.name()).isEqualTo("Ines");
        assertThat(s.actual()).isEqualTo("wife");
        assertThat(s.claimed()).isEqualTo("daughter");
        assertThat(relations.of("Tavi, your sister, has been ringing.")).hasValueSatisfying(x -> assertThat(x.actual()).isEqualTo("brother"));
        assertThat(relations.of("Corra's your cousin, then.")).hasValueSatisfying(x -> assertThat(x.actual()).isEqualTo("neighbour"));
    }

    @Test
    void theRightRelationAnotherFormOfItOrAnUnknownPersonIsLeftAlone() {
        assertThat(relations.of("Your wife Ines has been with you on the rock.")).isEmpty();
        assertThat(relations.of("Your younger brother Tavi rings on Fridays.")).isEmpty();
        assertThat(relations.of("Your neighbor Corra keeps a key.")).isEmpty(); // the American spelling is the same relation
        assertThat(relations.of("Your son Mattias worries.")).isEmpty(); // the lines say nothing of Mattias
        assertThat(relations.of("So, your brother never visits.")).isEmpty(); // "So" names nobody
    }
}
