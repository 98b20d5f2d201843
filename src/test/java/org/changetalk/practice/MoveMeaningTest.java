package org.changetalk.practice;

import org.changetalk.scenario.model.Measure;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * How a move is read from its nearest examples (MoveMeaning), with closeness made up for the test: the floor, the
 * margin over none and other moves, the rulers as one family, the situation, and the words deciding first.
 */
class MoveMeaningTest {
    private static final MoveMeaning.Tuning TUNING = new MoveMeaning.Tuning(2, 0.5, 0.05, 4, 0.6);
    private static final List<MoveMeaning.Example> EXAMPLES = List.of(
            ex("why-not-lower", "w1"), ex("why-not-lower", "w2"), ex("why-not-lower", "w3"),
            ex("what-higher", "h1"), ex("what-higher", "h2"),
            ex("ruler-importance", "i1"), ex("ruler-importance", "i2"),
            ex("ruler-confidence", "c1"), ex("ruler-confidence", "c2"),
            ex("closing", "x1"), ex("closing", "x2"),
            ex("none", "n1"), ex("none", "n2"));
    private final MoveMeaning reader = new MoveMeaning(EXAMPLES, TUNING);
    private static final MoveMeaning.Situation AFTER_RULER = new MoveMeaning.Situation(true, 8, true, true, true);

    private static MoveMeaning.Example ex(String move, String text) {
        return new MoveMeaning.Example(move, text, "test:1");
    }

    /** Each example as close as the map says, the rest 0.2. */
    private static ToDoubleFunction<String> near(Map<String, Double> close) {
        return s -> close.getOrDefault(s, 0.2);
    }

    @Test
    void aMoveWhoseNearestExamplesAreCloseAndClearlyClosestIsRead() {
        Optional<MoveMeaning.Reading> r = reader.read(near(Map.of("w1", 0.8, "w2", 0.7, "h1", 0.5)), AFTER_RULER);
        assertThat(r).map(MoveMeaning.Reading::move).contains("why-not-lower");
        assertThat(r.get().why()).contains("why-not-lower").contains("what-higher");
    }

    @Test
    void tooFarOrTooNearNoneIsNoMove() {
        assertThat(reader.read(near(Map.of("w1", 0.45, "w2", 0.45)), AFTER_RULER)).isEmpty();
        assertThat(reader.read(near(Map.of("w1", 0.8, "w2", 0.7, "n1", 0.78, "n2", 0.7)), AFTER_RULER)).isEmpty();
        assertThat(reader.read(near(Map.of("w1", 0.8, "w2", 0.7, "h1", 0.78, "h2", 0.7)), AFTER_RULER)).isEmpty();
    }

    @Test
    void theSituationDecidesWhatMayBeRead() {
        Map<String, Double> lower = Map.of("w1", 0.8, "w2", 0.8);
        assertThat(reader.read(near(lower), new MoveMeaning.Situation(false, 8, true, true, true))).isEmpty();
        assertThat(reader.read(near(lower), new MoveMeaning.Situation(true, 8, false, true, true))).isEmpty();
        Map<String, Double> closing = Map.of("x1", 0.8, "x2", 0.8);
        assertThat(reader.read(near(closing), new MoveMeaning.Situation(false, 2, true, true, true))).isEmpty();
        assertThat(reader.read(near(closing), new MoveMeaning.Situation(false, 4, false, true, true))).map(MoveMeaning.Reading::move)
                .contains("closing");
    }

    @Test
    void theTwoRulersAreOneMoveTheNearerMeasureIsAsked() {
        // each ruler alone within the margin of the other: together a ruler, the confidence one nearer
        Optional<MoveMeaning.Reading> r = reader.read(near(Map.of("c1", 0.75, "c2", 0.7, "i1", 0.72, "i2", 0.6)), AFTER_RULER);
        assertThat(r).map(MoveMeaning.Reading::move).contains("ruler-confidence");
    }

    @Test
    void aRulerIsReadOnlyOnAScaleTheTurnNames() {
        Map<String, Double> ruler = Map.of("i1", 0.8, "i2", 0.8);
        assertThat(reader.read(near(ruler), new MoveMeaning.Situation(false, 3, true, false, true))).isEmpty();
        assertThat(MoveMeaning.Situation.of("What made you decide to cut back?", false, 1).scaled()).isFalse();
        assertThat(MoveMeaning.Situation.of("Pick a figure for how much it counts, nothing up to everything.", false, 1).scaled()).isTrue();
    }

    @Test
    void aStatementSayingBackAsksNothingARequestOrQuestionDoes() {
        assertThat(MoveMeaning.Situation.of("So it matters to you because of your kids.", true, 5).asks()).isFalse();
        assertThat(MoveMeaning.Situation.of("Rate it for me, zero to ten.", true, 5).asks()).isTrue();
        assertThat(MoveMeaning.Situation.of("You've gone with a six. What's in it?", true, 5).asks()).isTrue();
        assertThat(MoveMeaning.Situation.of("I'd like to hear what keeps it up there.", true, 5).asks()).isTrue();
        // a turn the coder read as a reflection asks only with a question mark or a request, however it opens
        assertThat(MoveMeaning.Situation.of("Those ten minutes are the one part of the day that's yours.", false, 5, true).asks())
                .isFalse();
        assertThat(MoveMeaning.Situation.of("Those ten minutes are the one part of the day that's yours?", false, 5, true).asks())
                .isTrue();
    }

    @Test
    void aTurnInWhichNoMoveIsAllowedIsNotReadForOne() {
        // A reflection said back late in a session, with no scale and no word of an ending: nothing to read, so the turn
        // is not embedded to ask (the web turn pays one model run, and most reflections none).
        assertThat(reader.anyAllowed(MoveMeaning.Situation.of("So the Tuesdays have been getting darker.", false, 8))).isFalse();
        assertThat(reader.anyAllowed(MoveMeaning.Situation.of("So the Tuesdays have been getting darker.", true, 8))).isFalse();
        // the same situation with a word of an ending may close; a question may ask permission or for the goal menu
        assertThat(reader.anyAllowed(MoveMeaning.Situation.of("So we're just about at the end for today.", false, 8))).isTrue();
        assertThat(reader.anyAllowed(MoveMeaning.Situation.of("Okay if I run something by you?", false, 2))).isTrue();
        // and a closing is never read before the session has begun, whatever its words
        assertThat(reader.anyAllowed(MoveMeaning.Situation.of("You'll take that home with you.", false, 1))).isFalse();
        // a statement (autonomy, an affirmation), let in late only as a possible closing, asks nothing without a question
        // mark or a request: no permission question or goal menu to read in it (speed13: every such line was embedded)
        assertThat(reader.anyAllowed(MoveMeaning.Situation.of("Whatever you decide is up to you.", false, 8, true))).isFalse();
        assertThat(reader.anyAllowed(MoveMeaning.Situation.of("Whatever you decide is up to you.", false, 8, false))).isTrue();
        assertThat(reader.anyAllowed(MoveMeaning.Situation.of("It's your call; tell me what you'd like to look at.", false, 8, true)))
                .as("a request asks").isTrue();
    }

    @Test
    void theWordsDecideFirst() {
        assertThat(words("We're almost out of time.", Map.of())).contains("closing");
        assertThat(words("On a scale of 0 to 10, how important is it to you to stop?", Map.of())).contains("ruler-importance");
        assertThat(words("Why not lower?", Map.of(Measure.IMPORTANCE, 6))).contains("why-not-lower");
        assertThat(words("What's stopping that from being a two, in your view?", Map.of())).isEmpty();
        assertThat(words("What do you enjoy about the weekends?", Map.of(Measure.IMPORTANCE, 6))).isEmpty();
    }

    private static Optional<String> words(String text, Map<Measure, Integer> given) {
        Set<String> cues = ClientMind.offerAsked(MoveCues.in(text), text);
        return MoveMeaning.byWords(text, cues, given, given.keySet().stream().findFirst());
    }

    @Test
    void aMoveReadByMeaningIsHandedOnAsTheCueItsWordsWouldGive() {
        assertThat(MoveMeaning.cuesOf("why-not-lower", Set.of())).containsExactly(MoveMeaning.MEANT_LOWER);
        assertThat(MoveMeaning.cuesOf("what-higher", Set.of())).containsExactly("higher");
        assertThat(MoveMeaning.cuesOf("ruler-confidence", Set.of())).containsExactlyInAnyOrder("ruler", "ruler-confidence");
        // the measure the words name stays theirs
        assertThat(MoveMeaning.cuesOf("ruler-confidence", Set.of("ruler-importance"))).doesNotContain("ruler-confidence");
        assertThat(MoveMeaning.cuesOf("closing", Set.of("feeling"))).containsExactlyInAnyOrder("closing", "feeling");
    }

    @Test
    void aWhyNotLowerReadByMeaningIsAnsweredAsOneOnceARulerWasAnswered() {
        Set<String> cues = MoveMeaning.cuesOf("why-not-lower", Set.of());
        assertThat(RulerMove.read("What's stopping that from being a two?", cues, Map.of(Measure.IMPORTANCE, 6),
                Optional.of(Measure.IMPORTANCE))).containsInstanceOf(RulerMove.WhyNotLower.class);
        assertThat(RulerMove.read("What's stopping that from being a two?", cues, Map.of(), Optional.empty())).isEmpty();
    }

    @Test
    void theShippedExamplesCoverEveryMoveInNumber() {
        Map<String, Long> count = MoveMeaning.EXAMPLES.stream()
                .collect(Collectors.groupingBy(MoveMeaning.Example::move, Collectors.counting()));
        assertThat(count.keySet()).containsExactlyInAnyOrder("ruler-importance", "ruler-confidence", "why-not-lower",
                "what-higher", "permission", "closing", "goal-menu", "none");
        count.forEach((move, n) -> assertThat(n).as(move).isGreaterThanOrEqualTo(35));
        assertThat(MoveMeaning.texts()).hasSameSizeAs(MoveMeaning.EXAMPLES.stream().map(MoveMeaning.Example::text).distinct().toList());
    }

    @Test
    void anUnknownMoveInTheExamplesIsNamedWhereItStands() {
        assertThatThrownBy(() -> MoveMeaning.load(List.of(new KeyedLine("move-examples.txt", 7, "rular", "How important?"))))
                .hasMessageContaining("move-examples.txt:7:1").hasMessageContaining("rular");
    }
}
