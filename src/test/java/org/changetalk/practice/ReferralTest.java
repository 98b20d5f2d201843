package org.changetalk.practice;

import org.changetalk.scenario.library.ScenarioLibrary;
import org.changetalk.scenario.model.Conversation;
import org.changetalk.scenario.read.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A referral back must answer what was asked (questions written for this test on Joe's persona, not from any judged
 * script). The meaning of each sentence is given here as a table, so each case says which sentence means the question.
 */
class ReferralTest {
    private static final Conversation JOE = (Conversation) ScenarioLibrary.open(Fixtures.LIBRARY)
            .find("joe-alcohol-maintenance").orElseThrow().scenario();
    private final QuestionFocus.Reader focus = new QuestionFocus.Reader(JOE, JOE.lines());
    private final PersonaHoldings holdings = new PersonaHoldings(JOE, focus.topics());

    /** The first sentence the persona holds that contains a word (and is long enough to be quoted). */
    private PersonaHoldings.Held holding(String word) {
        return holdings.all().stream()
                .filter(h -> h.sentence().toLowerCase(Locale.ROOT).contains(word) && h.sentence().length() >= 12
                        && h.words().stems().size() >= Referral.MIN_TERMS)
                .findFirst().orElseThrow(() -> new AssertionError("Joe holds no sentence with '" + word + "'"));
    }

    private static String quoting(PersonaHoldings.Held h) {
        return "Like I said, " + h.sentence().substring(0, 1).toLowerCase(Locale.ROOT) + h.sentence().substring(1);
    }

    private Optional<Referral.Check> check(String question, String reply, ToDoubleFunction<String> meaning) {
        return Referral.check(reply, holdings, focus.read(question), focus.topics(), s -> true, h -> true, meaning);
    }

    @Test
    void aQuoteThatMeansTheQuestionStands() {
        PersonaHoldings.Held loretta = holding("loretta");
        assertThat(check("What does your wife think?", quoting(loretta), s -> s.equals(loretta.sentence()) ? 0.7 : 0.2)).isEmpty();
    }

    @Test
    void aQuoteThatDoesNotGivesWayToTheSentenceThatMeansIt() {
        PersonaHoldings.Held loretta = holding("loretta");
        PersonaHoldings.Held fish = holding("fish");
        Referral.Check c = check("What do you do on a Saturday morning?", quoting(loretta),
                s -> s.equals(fish.sentence()) ? 0.72 : 0.2).orElseThrow();
        assertThat(c.better()).get().isEqualTo(fish);
        assertThat(c.told()).isTrue(); // every sentence counts as said here: it is referred back to
        assertThat(c.why()).contains("did not answer");
    }

    @Test
    void meaningAloneBelowPlainGivesWayToTheSentenceThatNamesWhatWasAsked() {
        PersonaHoldings.Held loretta = holding("loretta");
        // nothing means "fishing" plainly (0.4 everywhere), but one sentence names it in its own words
        Referral.Check c = check("Do you ever go fishing?", quoting(loretta), s -> 0.4).orElseThrow();
        assertThat(c.better()).get().extracting(h -> h.sentence().toLowerCase(Locale.ROOT)).asString().contains("fish");
    }

    @Test
    void nothingThatAnswersLeavesAnHonestPauseNotAnotherStory() {
        PersonaHoldings.Held loretta = holding("loretta");
        Referral.Check c = check("Do you keep any bees?", quoting(loretta), s -> 0.1).orElseThrow();
        assertThat(c.better()).isEmpty();
        assertThat(c.why()).contains("honest pause");
    }

    @Test
    void aLineSaidWholeOrNoMeaningKnownIsLeftAlone() {
        PersonaHoldings.Held loretta = holding("loretta");
        assertThat(check("Do you keep any bees?", loretta.line(), s -> 0.1)).isEmpty();
        assertThat(check("Do you keep any bees?", quoting(loretta), s -> Double.NaN)).isEmpty();
        // a sentence never said is no referral back
        assertThat(Referral.check(quoting(loretta), holdings, focus.read("Do you keep any bees?"), focus.topics(), s -> false,
                h -> true, s -> 0.1)).isEmpty();
        // a quote that names what was asked answers it in some way, whatever its meaning
        assertThat(check("How is Loretta these days?", quoting(loretta), s -> 0.1)).isEmpty();
    }
}
