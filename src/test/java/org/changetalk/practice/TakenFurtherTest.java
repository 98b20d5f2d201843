package org.changetalk.practice;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * TakenFurther's number check, on sentences invented for the test: a number given with a unit is set against the same
 * unit in the passage, in words, digits or hyphenated ("ten-hour"); a range, "one more" or a number of another unit is
 * no slip. (Which passage is nearest in meaning needs the embedder: ScriptedSessionsTest and the test plans play it.)
 */
class TakenFurtherTest {
    @Test
    void aNumberThePassageHoldsOtherwiseIsASlip() {
        TakenFurther.NumberSlip s = TakenFurther.slip("After your ten-hour watches you need a drink.",
                "Sixteen hours a watch on the bridge, then the bar by the harbour.").orElseThrow();
        assertThat(s.claimed()).isEqualTo("ten");
        assertThat(s.actual()).isEqualTo("sixteen");
        assertThat(s.unit()).isEqualTo("hour");
        assertThat(TakenFurther.slip("You've had the flat about 3 months.", "Nineteen months in the flat and the heating still bangs."))
                .hasValueSatisfying(x -> assertThat(x.actual()).isEqualTo("nineteen"));
    }

    @Test
    void theSameNumberARangeOrAnotherUnitIsNoSlip() {
        assertThat(TakenFurther.slip("Sixteen hours on the bridge wears you down.", "Sixteen hours on the bridge, then the bar.")).isEmpty();
        assertThat(TakenFurther.slip("You wake at one or two and the phone is there.", "I wake at one, and the phone is there.")).isEmpty();
        assertThat(TakenFurther.slip("Two kids and a dog at home.", "Three years at the yard.")).isEmpty();
        assertThat(TakenFurther.slip("A day of alarms wears you out.", "Two days of alarms.")).isEmpty(); // "a" is no number here
        // "ten-hour watches" counts watches: hours of sleep are another thing
        assertThat(TakenFurther.slip("After your ten-hour watches you need a drink.", "I sleep four hours after a night, with a drink.")).isEmpty();
        assertThat(TakenFurther.numbered("Just one more thing before we stop.")).isFalse();
        assertThat(TakenFurther.numbered("Four packs a week.")).isTrue();
    }
}
