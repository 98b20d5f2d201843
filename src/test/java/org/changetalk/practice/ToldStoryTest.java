package org.changetalk.practice;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A question that points back at a story told, read for what it points at and the angle it asks from, in wording
 * written for this test (not the judged scripts'); and the sentence that answers an angle.
 */
class ToldStoryTest {

    @ParameterizedTest(name = "{0} -> {1} / {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Going back to your brother for a second. Why did he stop calling?          | your brother      | why
            Back to the parking lot: who was with you?                                 | the parking lot   | who
            Circling back to the night shift, how did that feel at the time?           | the night shift   | feel
            You mentioned the pool hall. What's changed there since the summer?        | the pool hall     | change
            The garage again. What's the hardest part of being out there?              | The garage        | hard
            Coming back to the pills, what do they do for you at night?                | the pills         | gives
            Returning to your ex, when did things start to go wrong?                   | your ex           | when
            I keep thinking about your dad. How is it sitting with you now?            | your dad          | feel
            Sorry to go back to it, but the card table again: why that one?            | the card table    | why
            You mentioned your uncle earlier. Who was he to you?                        | your uncle        | who
            """)
    void readsFocusAndAngle(String question, String focus, String angle) {
        Optional<ToldStory.Asked> asked = ToldStory.asked(question);
        assertThat(asked).as(question).isPresent();
        assertThat(asked.get().focus()).isEqualTo(focus);
        assertThat(asked.get().angle().name()).isEqualTo(angle);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            What do you do on weekends?
            Go back to it. Tell me more.
            Back to it: why?
            How did you get back to work after that?
            """)
    void noStoryPointedAtOrNoAngle(String question) {
        assertThat(ToldStory.asked(question)).as(question).isEmpty();
    }

    @Test
    void theFocusIsSaidBackAsTheClients() {
        assertThat(ToldStory.asOwn("your sister")).contains("My sister");
        assertThat(ToldStory.asOwn("the app on your phone")).contains("The app on my phone");
        assertThat(ToldStory.asOwn("the long drive home from the coast after the wedding")).isEmpty();
    }

    @Test
    void picksTheSentenceThatAnswersTheAngleOverOneThatOnlySharesTheTopic() {
        ToldStory.Angle why = ToldStory.angleOf("why did he leave?").orElseThrow();
        List<ToldStory.Candidate> told = List.of(
                new ToldStory.Candidate("My brother has a boat down at the marina.", true),
                new ToldStory.Candidate("He left because he was scared of what I'd turned into.", false),
                new ToldStory.Candidate("Ok.", false));
        // (meaning here: a stand-in that prefers the boat, so only the angle can choose the other)
        Optional<ToldStory.Pick> pick = ToldStory.pick(why, told, s -> s.contains("boat") ? 0.9 : 0.5, s -> true, s -> false, 0);
        assertThat(pick).isPresent();
        assertThat(pick.get().sentence()).startsWith("He left because");
        assertThat(pick.get().said()).isFalse();
    }

    @Test
    void aSentenceNamingWhatNobodyIntroducedIsNotPicked() {
        ToldStory.Angle who = ToldStory.angleOf("who was there?").orElseThrow();
        List<ToldStory.Candidate> lines = List.of(new ToldStory.Candidate("Dario was there, and his brother too.", false));
        assertThat(ToldStory.pick(who, lines, s -> 0.8, s -> !s.contains("Dario"), s -> s.contains("Dario"), 0)).isEmpty();
        // said already by the client, it is theirs to refer back to
        List<ToldStory.Candidate> said = List.of(new ToldStory.Candidate("Dario was there, and his brother too.", true));
        assertThat(ToldStory.pick(who, said, s -> 0.8, s -> !s.contains("Dario"), s -> s.contains("Dario"), 0)).isPresent();
    }

    @Test
    void nothingAnswersBelowTheBar() {
        ToldStory.Angle feel = ToldStory.angleOf("how did that feel?").orElseThrow();
        List<ToldStory.Candidate> lines = List.of(new ToldStory.Candidate("I felt like a stranger in my own kitchen.", false));
        assertThat(ToldStory.pick(feel, lines, s -> 0.1, s -> true, s -> false, 0.25)).isEmpty();
        assertThat(ToldStory.pick(feel, lines, s -> 0.4, s -> true, s -> false, 0.25)).isPresent();
    }
}
