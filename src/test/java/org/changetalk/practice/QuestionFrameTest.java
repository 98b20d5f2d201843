package org.changetalk.practice;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * QuestionFrame on turns invented for the test (none from a judged script): the question inside a frame is found and
 * read as open or closed; a frame word that sets no scene, a turn with no question, or a question with no frame is none.
 */
class QuestionFrameTest {
    @Test
    void theQuestionInsideAFrameIsFound() {
        QuestionFrame f = QuestionFrame.of("Picture the ferry home on a Sunday night. What's going on in your head?").orElseThrow();
        assertThat(f.question()).isEqualTo("What's going on in your head?");
        assertThat(f.scene()).isEqualTo("the ferry home on a Sunday night.");
        assertThat(f.open()).isTrue();
        assertThat(QuestionFrame.of("Suppose the landlord rang tomorrow: would you pick up?").orElseThrow().open()).isFalse();
        assertThat(QuestionFrame.of("Say it's the first warm evening of spring, how does the night go?").orElseThrow().question())
                .isEqualTo("how does the night go?");
        assertThat(QuestionFrame.of("Imagine a week where the van never breaks down. Where would the money go?")).isPresent();
        assertThat(QuestionFrame.of("Thanks for that. Let's say you skip the pub on Friday. What fills the evening?"))
                .hasValueSatisfying(x -> assertThat(x.question()).isEqualTo("What fills the evening?"));
    }

    @Test
    void noFrameNoQuestionOrOneSentenceIsNone() {
        assertThat(QuestionFrame.of("What do you picture when you think about the summer?")).isEmpty(); // one sentence, no frame
        assertThat(QuestionFrame.of("Imagine how tiring that must be.")).isEmpty(); // no question
        assertThat(QuestionFrame.of("Say that again? I missed it.")).isEmpty();
        assertThat(QuestionFrame.of("You said the van broke down. What happened next?")).isEmpty(); // "said" is no frame
    }
}
