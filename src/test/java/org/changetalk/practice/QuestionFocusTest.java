package org.changetalk.practice;

import org.changetalk.scenario.library.ScenarioLibrary;
import org.changetalk.scenario.model.Conversation;
import org.changetalk.scenario.model.Terms;
import org.changetalk.scenario.read.Fixtures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The focus of a closed question, both sides of each boundary, on questions written for this test (not from any judged
 * script): the habit's words and the way of asking are left out, the client's name too; someone else's habit stays in;
 * a reply names the focus by its words, a topic word of the persona's for one ("Loretta" for "your wife"), or a pronoun
 * for the someone else asked about; of a choice, one word named is enough; of stacked questions, the last is read.
 */
class QuestionFocusTest {
    private static final Conversation JOE = (Conversation) ScenarioLibrary.open(Fixtures.LIBRARY)
            .find("joe-alcohol-maintenance").orElseThrow().scenario();
    private final QuestionFocus.Reader reader = new QuestionFocus.Reader(JOE, JOE.lines());

    @Test
    void theClientsOwnHabitAndTheWayOfAskingAreNotTheFocus() {
        QuestionFocus f = reader.read("Joe, do you still usually drink before the ball game on Fridays?");
        assertThat(f.words().keySet()).contains(Terms.stem("ball"), "game").doesNotContain("drink", "still", "usual", "joe");
        assertThat(f.subject()).isNull();
    }

    @Test
    void someoneElsesHabitIsWhatIsAsked() {
        QuestionFocus f = reader.read("Does Ray drink much at the cookouts?");
        assertThat(f.words().keySet()).contains("drink", "cookout");
        assertThat(f.subject()).isNotNull();
        // ...but "does Loretta know you drink?" asks about Loretta knowing, of the client's own drinking
        assertThat(reader.read("Does Loretta know you drink on weekdays?").words().keySet()).doesNotContain("drink");
    }

    @Test
    void aReplyNamesTheFocusByItsWordsOrThePersonasTopicForIt() {
        QuestionFocus f = reader.read("Is your wife a nurse?");
        assertThat(f.coverage("Loretta's a school nurse, thirty years.", reader.topics())).isEqualTo(1.0);
        assertThat(f.coverage("The toast was a disaster.", reader.topics())).isZero();
        // "she" names the someone else asked about, not the rest of the question
        assertThat(f.named("She is, yes.", reader.topics())).hasSize(1);
        assertThat(reader.read("Do you keep the fishing gear in the garage?").named("She is, yes.", reader.topics())).isEmpty();
        // someone the persona's story does not hold is not the "she" of its lines
        assertThat(reader.read("Is your landlady strict?").named("She is, yes.", reader.topics())).isEmpty();
    }

    @Test
    void aThingIsAWordNamedAfterAnyOrTheOrYour() {
        assertThat(reader.read("Do you keep any goldfish in the house?").things()).contains("goldfish", Terms.stem("house"));
        assertThat(reader.read("Have you ever gone a week without it?").things()).doesNotContain("gone", "without");
    }

    @Test
    void oneSideOfAChoiceAnswersIt() {
        QuestionFocus f = reader.read("Do you have the beers in the garage or on the porch?");
        assertThat(f.either()).isTrue();
        assertThat(f.coverage("On the porch, mostly, with the radio.", reader.topics())).isEqualTo(1.0);
        assertThat(reader.read("Do you have the beers in the garage?").either()).isFalse();
    }

    @Test
    void ofStackedQuestionsTheLastIsRead() {
        assertThat(QuestionFocus.lastQuestion("Where were you sitting, and did the band play late?"))
                .isEqualTo("did the band play late?");
        assertThat(QuestionFocus.lastQuestion("Okay. Going back a bit. Were the kids there?")).isEqualTo("Were the kids there?");
        assertThat(QuestionFocus.lastQuestion("Salt and pepper on the table?")).isEqualTo("Salt and pepper on the table?");
    }
}
