package org.changetalk.practice;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The part of a long turn that a reply answers (AskingPart); turns of our own wording. */
class AskingPartTest {
    private static String part(String turn) {
        return AskingPart.of(turn, Relevance.DEFAULT, PlainWords.DEFAULT);
    }

    @Test
    void aLongTurnIsRankedByTheQuestionItEndsOn() {
        String turn = "Thanks for telling me all that, I know the move back home has been a lot, and nobody here is "
                + "going to make you do anything. What has your brother said about the money?";
        assertThat(part(turn)).isEqualTo("What has your brother said about the money?");
    }

    @Test
    void theLastQuestionWinsOverAnAsideAfterIt() {
        String turn = "It's been a hard winter on the farm with the snow and the calving and your dad's knee. How do the "
                + "evenings go once the kids are asleep? Take your time, there's no rush at all.";
        assertThat(part(turn)).isEqualTo("How do the evenings go once the kids are asleep?");
    }

    @Test
    void aBareQuestionTakesTheSentenceBeforeIt() {
        String turn = "You mentioned the trip to the coast in passing, and I got the sense it mattered more than you let "
                + "on, so I'd like to hear about the trip to the coast. What happened?";
        assertThat(part(turn)).isEqualTo("You mentioned the trip to the coast in passing, and I got the sense it mattered "
                + "more than you let on, so I'd like to hear about the trip to the coast. What happened?");
    }

    @Test
    void aQuestionAfterAColonIsItsOwnPart() {
        String turn = "I'm not here to take anything off you or report anything to anyone, and I mean that. I do "
                + "wonder, though: what do your weekends with the grandkids look like now?";
        assertThat(part(turn)).isEqualTo("what do your weekends with the grandkids look like now?");
    }

    @Test
    void withoutAQuestionTheLastSentenceIsTheOneAnswered() {
        String turn = "You've told me about the overtime and the drive and the long nights at the depot this month. It "
                + "sounds like the card games are the one place you get to laugh.";
        assertThat(part(turn)).isEqualTo("It sounds like the card games are the one place you get to laugh.");
    }

    @Test
    void aShortTurnIsReadWholeAndJargonInPlainWords() {
        String turn = "You're tired. How often does that happen?";
        assertThat(part(turn)).isSameAs(turn);
        assertThat(part("What are the triggers?")).isEqualTo("What are the what sets it off?");
    }
}
