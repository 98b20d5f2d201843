package org.changetalk.practice;

import org.changetalk.scenario.library.ScenarioLibrary;
import org.changetalk.scenario.model.ClientTalk;
import org.changetalk.scenario.model.Conversation;
import org.changetalk.scenario.model.ReplyKind;
import org.changetalk.scenario.read.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A closed question's answer decided before a line stands (ClosedAnswer, closed-answers.txt), on sentences and
 * questions written for this test: the polarity a sentence gives a question, the yes or no a reply opens with, the two
 * choices of a choice question, and a reply that says yes or no against what is held giving way (Joe's persona, read
 * without an embedder, so a sentence must name half of what was asked).
 */
class ClosedAnswerTest {
    private static final Conversation JOE = (Conversation) ScenarioLibrary.open(Fixtures.LIBRARY)
            .find("joe-alcohol-maintenance").orElseThrow().scenario();

    private static final QuestionFocus.Reader FOCUS = new QuestionFocus.Reader(JOE, JOE.lines());

    /** Joe's closed answers with a memory of the session, read without an embedder. */
    private static ClosedAnswer closedAnswer(ClientMemory memory) {
        Voice voice = new Voice(memory, JOE.lines(), new Random(1), new ProperNouns(JOE), JOE.persona().moves());
        return new ClosedAnswer(new PersonaHoldings(JOE, FOCUS.topics()), FOCUS, memory, voice);
    }

    @Test
    void aSentenceThatDeniesIsANoToAPlainQuestion() {
        assertThat(ClosedAnswer.of("I haven't said a word to Marta about the money.", "Have you told Marta about the money?", false))
                .isEqualTo(ClosedAnswer.Polarity.NO);
        assertThat(ClosedAnswer.of("Nobody at the depot knows.", "Does anyone at the depot know?", false))
                .isEqualTo(ClosedAnswer.Polarity.NO);
        assertThat(ClosedAnswer.of("Marta knows every last bit of it.", "Does Marta know?", false))
                .isEqualTo(ClosedAnswer.Polarity.YES);
    }

    @Test
    void aQuestionAskedInTheNegativeHasThePlainYesAndNo() {
        // "Haven't you told him?" "No, I haven't." — the negative asks the same as "Have you told him?"
        assertThat(ClosedAnswer.of("I haven't told my brother.", "Haven't you told your brother yet?", true))
                .isEqualTo(ClosedAnswer.Polarity.NO);
        // a question that itself denies ("is there nobody…?") turns the answer round
        assertThat(ClosedAnswer.of("My cousin picks up at any hour.", "Is there nobody you can ring at night?", false))
                .isEqualTo(ClosedAnswer.Polarity.NO);
    }

    @Test
    void somethingStoppedIsANoToStill() {
        assertThat(ClosedAnswer.of("I gave up the needle in the spring.", "Are you still using the needle?", false))
                .isEqualTo(ClosedAnswer.Polarity.NO);
        // ("stopped" answers "still" only: "have you stopped before?" is a yes to "I stopped for a month")
        assertThat(ClosedAnswer.of("I stopped for a whole month last winter.", "Have you stopped before?", false))
                .isEqualTo(ClosedAnswer.Polarity.YES);
    }

    @Test
    void aReplyOpensWithItsYesNoOrPartly() {
        Map<String, ClosedAnswer.Polarity> opens = Map.of(
                "Mm. Yeah, that's about right.", ClosedAnswer.Polarity.YES,
                "Honestly? Not really.", ClosedAnswer.Polarity.NO,
                "Nah. Not my scene.", ClosedAnswer.Polarity.NO,
                "Nothing since the spring.", ClosedAnswer.Polarity.NO,
                "Depends on the rota, honestly.", ClosedAnswer.Polarity.PARTLY,
                "Cigarettes, a pack a day.", ClosedAnswer.Polarity.UNKNOWN);
        opens.forEach((reply, polarity) -> assertThat(ClosedAnswer.lead(reply)).as(reply).isEqualTo(polarity));
    }

    @Test
    void aChoiceQuestionHasTwoChoices() {
        QuestionFocus.Reader reader = FOCUS;
        List<QuestionFocus> choices = reader.choices("Was it beer or whiskey at the reception?");
        assertThat(choices).hasSize(2);
        assertThat(choices.get(0).words()).containsOnlyKeys("beer");
        assertThat(choices.get(1).words()).containsOnlyKeys("whiskey");
        // the comma before "or", and the habit's own word kept (smoking is a choice here)
        assertThat(reader.choices("Do you mostly drink it, or skip it?")).hasSize(2);
        assertThat(reader.choices("Do you drink at home, or out at the bar?").get(0).words()).containsOnlyKeys("home");
        // "or not", "or anything": no choice offered
        assertThat(reader.choices("Are you going to the cookout or not?")).isEmpty();
        assertThat(reader.choices("Any fishing or anything lately?")).isEmpty();
        assertThat(reader.choices("Do you fish on Sundays?")).isEmpty();
    }

    @Test
    void aYesAgainstWhatIsHeldGivesWayAndAgreementStands() {
        ClientMemory memory = new ClientMemory();
        ClosedAnswer closed = closedAnswer(memory);
        Question.Reader questions = new Question.Reader(FOCUS);
        Question drive = questions.read("Do you ever drive after a few?");
        Optional<ClosedAnswer.Settled> against = closed.settle("Yeah. Once or twice, after the cookout.", ReplyKind.SHORT_ANSWER, drive, h -> true,
                s -> Double.NaN);
        assertThat(against).isPresent();
        assertThat(against.get().text()).startsWith("No").contains("drive");
        assertThat(closed.settle("No. Loretta has the keys on a big night.", ReplyKind.SHORT_ANSWER, drive, h -> true, s -> Double.NaN)).isEmpty();
        // a reply with no yes or no of its own was chosen by what it means, and stands
        assertThat(closed.settle("Loretta has the keys on a big night.", ReplyKind.SHORT_ANSWER, drive, h -> true, s -> Double.NaN)).isEmpty();
        // nothing held on it: no polarity is guessed
        assertThat(closed.settle("Yeah. Twice a year.", ReplyKind.SHORT_ANSWER, questions.read("Do you ever go bowling?"), h -> true, s -> Double.NaN))
                .isEmpty();
    }

    @Test
    void aLineOfTheStoryThatNamesNothingAskedGivesWayToWhatIsHeld() {
        ClientMemory memory = new ClientMemory();
        ClosedAnswer closed = closedAnswer(memory);
        Question weeknights = new Question.Reader(FOCUS).read("A beer or two on weeknights?");
        Optional<ClosedAnswer.Settled> settled = closed.settle("Ray pours like it's his job, and Loretta keeps score.", ReplyKind.BEAT,
                weeknights, h -> true, s -> Double.NaN);
        assertThat(settled).isPresent();
        assertThat(settled.get().text()).startsWith("No").containsIgnoringCase("weeknights");
        // the same words as a fact chosen for the question stand: it was chosen by what it means
        assertThat(closed.settle("Ray pours like it's his job, and Loretta keeps score.", ReplyKind.FACT, weeknights, h -> true,
                s -> Double.NaN)).isEmpty();
    }

    @Test
    void whatTheClientSaidThisSessionComesFirst() {
        ClientMemory memory = new ClientMemory();
        ClosedAnswer closed = closedAnswer(memory);
        Question asked = new Question.Reader(FOCUS).read("Has Russell brought up the toast with you?");
        // Joe's own line of the honeymoon says Russell has not said a word about the toast
        String told = JOE.persona().facts().stream().flatMap(f -> f.say().stream())
                .filter(l -> l.contains("hasn't said a word about the toast")).findFirst().orElseThrow();
        memory.client("facts", told, ClientTalk.NEUTRAL, false);
        Optional<ClosedAnswer.Settled> settled = closed.settle("Yeah. Russell's my son.", ReplyKind.SHORT_ANSWER, asked, h -> true, s -> Double.NaN);
        assertThat(settled).isPresent();
        assertThat(settled.get().text()).startsWith("No").containsIgnoringCase("toast");
        assertThat(settled.get().why()).contains("what they said");
    }
}
