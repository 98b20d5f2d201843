package org.changetalk.practice;

import org.changetalk.scenario.library.ScenarioLibrary;
import org.changetalk.scenario.model.Conversation;
import org.changetalk.scenario.model.Terms;
import org.changetalk.scenario.read.Fixtures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A question read once (question-kinds.txt, QuestionFocus, intents.txt), on questions written for this test: the shape
 * of answer it asks for, each question stacked in it with its own focus (the last the main one), and whether it was
 * asked in the negative.
 */
class QuestionTest {
    private static final Conversation JOE = (Conversation) ScenarioLibrary.open(Fixtures.LIBRARY)
            .find("joe-alcohol-maintenance").orElseThrow().scenario();
    private final Question.Reader reader = new Question.Reader(new QuestionFocus.Reader(JOE, JOE.lines()));

    @Test
    void theKindIsTheShapeOfAnswerAsked() {
        assertThat(Question.kindOf("Do you have a part-time job?")).isEqualTo(Question.Kind.YES_NO);
        assertThat(Question.kindOf("Any pets at your place?")).isEqualTo(Question.Kind.YES_NO);
        assertThat(Question.kindOf("It was the one time?")).isEqualTo(Question.Kind.YES_NO);
        assertThat(Question.kindOf("Who usually drives you home?")).isEqualTo(Question.Kind.WHO);
        assertThat(Question.kindOf("And who were you with?")).isEqualTo(Question.Kind.WHO);
        assertThat(Question.kindOf("When did the headaches begin?")).isEqualTo(Question.Kind.WHEN);
        assertThat(Question.kindOf("What time does your shift end?")).isEqualTo(Question.Kind.WHEN);
        assertThat(Question.kindOf("Where do you keep the bottles?")).isEqualTo(Question.Kind.WHERE);
        assertThat(Question.kindOf("How many cans on a Friday?")).isEqualTo(Question.Kind.HOW_MANY);
        assertThat(Question.kindOf("How long were you at the plant?")).isEqualTo(Question.Kind.HOW_MANY);
        assertThat(Question.kindOf("What kind of beer do you buy?")).isEqualTo(Question.Kind.WHICH);
        assertThat(Question.kindOf("Why the garage, of all places?")).isEqualTo(Question.Kind.WHY);
        assertThat(Question.kindOf("What's a Friday like for you?")).isEqualTo(Question.Kind.OPEN);
        assertThat(Question.kindOf("Tell me about the cookouts.")).isEqualTo(Question.Kind.OPEN);
        // a question word after a clause: that question, not a yes or no
        assertThat(Question.kindOf("Since the toast, what's been different at home?")).isEqualTo(Question.Kind.OPEN);
        assertThat(Question.kindOf("After the reception, who drove?")).isEqualTo(Question.Kind.WHO);
        assertThat(Question.kindOf("Is that what Loretta wants?")).isEqualTo(Question.Kind.YES_NO);
        assertThat(Question.Kind.YES_NO.closed()).isTrue();
        assertThat(Question.Kind.WHERE.closed()).isTrue();
        assertThat(Question.Kind.OPEN.closed()).isFalse();
        assertThat(Question.Kind.WHY.closed()).isFalse();
    }

    @Test
    void stackedQuestionsAreEachReadAndTheLastIsTheMainOne() {
        Question q = reader.read("Good to see you. What time does the training centre open, and do you drive there yourself?");
        assertThat(q.stacked()).isTrue();
        assertThat(q.parts()).extracting(Question.Part::kind).containsExactly(Question.Kind.WHEN, Question.Kind.YES_NO);
        assertThat(q.kind()).isEqualTo(Question.Kind.YES_NO);
        assertThat(q.asked()).startsWith("do you drive");
        assertThat(q.parts().get(0).focus().words().keySet()).contains(Terms.stem("centre"));
        assertThat(q.focus().words().keySet()).doesNotContain(Terms.stem("centre"));
        // one question is one part, however long the turn before it
        Question one = reader.read("That sounds like a long year. Do you still keep the card in your wallet?");
        assertThat(one.stacked()).isFalse();
        assertThat(one.kind()).isEqualTo(Question.Kind.YES_NO);
    }

    @Test
    void aNegativeQuestionIsMarked() {
        assertThat(reader.read("Don't you work Saturdays?").negative()).isTrue();
        assertThat(reader.read("You go fishing with Len, don't you?").negative()).isTrue();
        assertThat(reader.read("Do you work Saturdays?").negative()).isFalse();
    }

    @Test
    void whatItAsksForIsReadWithIt() {
        assertThat(reader.read("How many beers on a Saturday these days?").intents()).extracting(QuestionIntent::name).contains("quantity");
        assertThat(reader.read("Do you keep the fishing gear in the garage?").intents()).extracting(QuestionIntent::name)
                .doesNotContain("quantity");
    }
}
