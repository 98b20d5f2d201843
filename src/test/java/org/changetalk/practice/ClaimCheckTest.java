package org.changetalk.practice;

import org.changetalk.scenario.model.Fact;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ClaimCheck on a persona invented for the test (a ferry engineer on sleeping pills, off drink): a span claimed of the
 * habit set against the spans of the same side, the true span said back, and every claim the record does not
 * contradict left alone.
 */
class ClaimCheckTest {
    private static final List<Fact> FACTS = List.of(
            new Fact(List.of("use", "pills"), List.of(), List.of("Two pills at bedtime, every night, fifteen years now.")),
            new Fact(List.of("onset", "pills"), List.of(), List.of("Fifteen years ago, after the ferry went down. The nights went first.")),
            new Fact(List.of("time-off", "drink"), List.of(), List.of("Eight months. Not a drop. Since the christening.")),
            new Fact(List.of("past-attempts"), List.of(), List.of("I tried stopping the pills once, four years ago. Three nights.")),
            new Fact(List.of("family"), List.of(), List.of("My sister Nell moved back two years ago.")));

    private final ClaimCheck check = new ClaimCheck(FACTS);

    private Optional<ClaimCheck.Finding> of(String text, String... said) {
        return check.check(text, List.of(said), s -> false);
    }

    @Test
    void aSpanOfUsingIsCorrectedWithTheSpanTheClientTells() {
        ClaimCheck.Finding f = of("So it's been about six years of them at bedtime, taking the pills.").orElseThrow();
        assertThat(f.values().get("Actual")).isEqualTo("Fifteen years");
        assertThat(f.values().get("claimed")).isEqualTo("six years");
        // the story's own sentence on it, sharing "bedtime", is said as news
        assertThat(f.values().get("line")).contains("bedtime");
    }

    @Test
    void aSpanOfStoppingIsSetAgainstTheTimeOffNotTheUse() {
        ClaimCheck.Finding f = of("So you've been off the drink for about three months.").orElseThrow();
        assertThat(f.values().get("Actual")).isEqualTo("Eight months");
        // (what they said this session counts first: a span of stopping they told is the one said back)
        assertThat(of("Three months without a drink, then.", "Nine weeks. Not a drop since the christening.").orElseThrow()
                .values().get("Actual")).isEqualTo("Nine weeks");
    }

    @Test
    void aSpanTheClientToldOfTheHabitAnywhereIsTheirs() {
        assertThat(of("So you've been taking the pills for fifteen years.")).isEmpty();
        assertThat(of("Eight months without a drink.")).isEmpty();
        // (a past attempt's span keeps it from being corrected, though it is no span of using now)
        assertThat(of("So you've been on the pills for about four years.")).isEmpty();
    }

    @Test
    void claimsNotAboutTheHabitOrNotClaimedArePassedOver() {
        assertThat(of("So Nell moved back about six years ago.")).isEmpty(); // someone else's span, not the habit
        assertThat(of("So it's been about five months since the funeral.")).isEmpty(); // no sign of the habit
        assertThat(of("If you stopped the pills for a month, what would change?")).isEmpty(); // supposed
        assertThat(of("It's not six years of the pills, it's more.")).isEmpty(); // denied before the span
        assertThat(of("How long have you been taking the pills, six years?")).isEmpty(); // asked
        assertThat(of("So you take two pills a day.")).isEmpty(); // a rate, not a span
    }

    @Test
    void aRecordWithSeveralSpansAndNoWordSharedSaysNothing() {
        // two spans of stopping told this session, neither tied to the claim by a word: which is right is not known
        assertThat(of("So you've been off it for a year.", "Two weeks clean from the pills.", "Eight months. Not a drop.")).isEmpty();
    }
}
