package org.changetalk.practice;

import org.changetalk.scenario.library.ScenarioLibrary;
import org.changetalk.scenario.model.Conversation;
import org.changetalk.scenario.read.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

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

    /**
     * A reflected number is checked against the passages nearest the turn in meaning only when some passage gives its unit
     * another value: "on one hand" counts no hand the persona counts, and the turn is not embedded to look (a model run
     * is most of a web turn's CPU, docs/benchmarks.md §36). Teresa's passages count weeks ("six weeks"), never hands.
     */
    @Test
    void aNumberNoPassageCountsOtherwiseIsNotEmbeddedToCheck() {
        Conversation teresa = ScenarioLibrary.open(Fixtures.LIBRARY).entries().stream().map(e -> e.scenario())
                .filter(c -> c.id().equals("teresa-alcohol-contemplation")).map(Conversation.class::cast).findFirst().orElseThrow();
        String hands = "On one hand the wine helps you wind down, on the other it costs you.";
        String weeks = "It has been nine weeks since you last had a dry night.";
        AtomicInteger turnEmbedded = new AtomicInteger();
        Meanings meanings = new Meanings(teresa, text -> {
            if (text.equals(hands) || text.equals(weeks)) {
                turnEmbedded.incrementAndGet();
            }
            float[] v = new float[8];
            v[Math.floorMod(text.hashCode(), 8)] = 1;
            return v;
        });
        TakenFurther further = new TakenFurther(teresa, Set.of(), TakenFurther.defaults());

        assertThat(TakenFurther.numbered(hands)).isTrue();
        assertThat(further.numberSlip(meanings.heard(hands), hands, s -> false)).isEmpty();
        assertThat(turnEmbedded).as("a unit no passage counts: not embedded").hasValue(0);
        // a unit a passage counts otherwise is looked for among the passages near the turn: embedded, once
        further.numberSlip(meanings.heard(weeks), weeks, s -> false);
        assertThat(turnEmbedded).hasValue(1);
    }
}
