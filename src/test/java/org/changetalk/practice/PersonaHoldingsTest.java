package org.changetalk.practice;

import org.changetalk.scenario.library.ScenarioLibrary;
import org.changetalk.scenario.model.Conversation;
import org.changetalk.scenario.read.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the persona holds, searched for a question's focus before the client says "no" (questions written for this test,
 * not from any judged script): a thing their life holds is found in their own words, by its word or the persona's topic
 * for it; a thing it does not hold is not found (so "no" is honest); a sentence the client would not say now is never
 * found.
 */
class PersonaHoldingsTest {
    private static final Conversation JOE = (Conversation) ScenarioLibrary.open(Fixtures.LIBRARY)
            .find("joe-alcohol-maintenance").orElseThrow().scenario();
    private final QuestionFocus.Reader focus = new QuestionFocus.Reader(JOE, JOE.lines());
    private final PersonaHoldings holdings = new PersonaHoldings(JOE, focus.topics());

    private Optional<PersonaHoldings.Found> find(String question) {
        return holdings.find(focus.read(question), h -> true, s -> Double.NaN);
    }

    @Test
    void whatThePersonaHoldsIsFoundInTheirWords() {
        assertThat(holdings.size()).isGreaterThan(50);
        assertThat(find("Do you ever go fishing?")).get().extracting(f -> f.held().sentence()).asString().containsIgnoringCase("fish");
        assertThat(find("Did you have a dog at one time?")).get().extracting(f -> f.held().answer()).asString().contains("Duke");
        // "your wife" is Loretta, by the persona's topic for her
        assertThat(find("Does your wife cook?")).get().extracting(f -> f.held().sentence()).asString().contains("Loretta");
    }

    @Test
    void whatItDoesNotHoldIsNotFound() {
        assertThat(find("Do you keep any bees?")).isEmpty();
        assertThat(find("Have you got a motorbike?")).isEmpty();
        // nothing asked beyond the habit and the way of asking: nothing to look for
        assertThat(find("Do you still drink much these days?")).isEmpty();
    }

    @Test
    void aSentenceTheClientWouldNotSayNowIsNeverFound() {
        assertThat(find("Do you ever go fishing?")).isPresent();
        assertThat(holdings.find(focus.read("Do you ever go fishing?"), h -> !h.line().toLowerCase().contains("fish"),
                s -> Double.NaN)).isEmpty();
    }

    @Test
    void aSentenceThatNamesTheThingNeedsNoMeaningButOneFoundByItsFactsQuestionsAloneDoes() {
        // named in its own words: found whatever its meaning
        PersonaHoldings.Found byWords = find("Did you have a dog at one time?").orElseThrow();
        assertThat(byWords.own()).isGreaterThanOrEqualTo(0.5);
        assertThat(holdings.find(focus.read("Did you have a dog at one time?"), h -> true, s -> 0.0)).isPresent();
    }

    @Test
    void aWordOfTheSameNarrowFamilyAnswersForIt() {
        // a grandson is a grandchild (question-focus.txt kin): the fact that answers "any grandchildren" is found
        assertThat(find("Is there a grandson or a granddaughter on the way?")).get().extracting(f -> f.held().line())
                .asString().contains("Not yet");
        // kids are answered by a son, a job by work; a sister is no grandchild
        assertThat(focus.read("Do you have kids?").coverage("My son is thirty.", focus.topics())).isEqualTo(1.0);
        assertThat(focus.read("Do you have a job?").coverage("I work at the training centre.", focus.topics())).isEqualTo(1.0);
        assertThat(focus.read("Do you have grandkids?").coverage("Two sisters, both in Ohio.", focus.topics())).isZero();
    }
}
