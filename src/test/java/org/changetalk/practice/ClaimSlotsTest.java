package org.changetalk.practice;

import org.changetalk.scenario.library.ScenarioLibrary;
import org.changetalk.scenario.model.ClientTalk;
import org.changetalk.scenario.model.Conversation;
import org.changetalk.scenario.read.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ClaimSlots on two shipped personas, in wording invented for the test: a slot the persona holds otherwise is said back
 * with the true member, and every claim the persona holds (or that says it of someone else, or only wonders) passes.
 */
class ClaimSlotsTest {
    private static Conversation conversation(String id) {
        return ScenarioLibrary.open(Fixtures.LIBRARY).entries().stream().map(e -> e.scenario())
                .filter(Conversation.class::isInstance).map(Conversation.class::cast)
                .filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    private static final Conversation JOE = conversation("joe-alcohol-maintenance");
    private static final Conversation KAI = conversation("kai-stimulants-contemplation");

    private static Optional<ClaimSlots.Slip> of(Conversation c, String text) {
        // the client's first-person lines, as FalseReflection.story() reads them: facts and every beat but discord
        List<String> story = new ArrayList<>();
        c.persona().facts().forEach(f -> story.addAll(f.say()));
        c.beats().values().stream().filter(b -> b.talk() != ClientTalk.DISCORD).forEach(b -> story.addAll(b.say()));
        return new ClaimSlots(c, story, ClaimSlots.defaults()).of(text, List.of(), s -> false);
    }

    @Test
    void aJobThePersonaDoesNotHoldIsSaidBackWithTheirOwn() {
        ClaimSlots.Slip s = of(JOE, "All that time working as a welder must wear on you.").orElseThrow();
        assertThat(s.values().get("Actual")).containsIgnoringCase("electrician");
        assertThat(s.values().get("claimed")).isEqualTo("a welder");
    }

    @Test
    void aJobThePersonaHoldsOrGivesSomeoneElseIsLeftAlone() {
        assertThat(of(JOE, "Thirty-four years as an electrician, you know how to measure.")).isEmpty();
        // (Loretta is the nurse: a job the persona's text holds anywhere is never corrected)
        assertThat(of(JOE, "Your wife the nurse worries about your liver.")).isEmpty();
        // a job named with no frame that says it of the client is no claim ("a plumber came round")
        assertThat(of(JOE, "You said a plumber came round last week.")).isEmpty();
    }

    @Test
    void aThingInTheStoryIsTiedByTheHappeningAndCorrected() {
        ClaimSlots.Slip s = of(KAI, "So you burned your arm on the oven.").orElseThrow();
        assertThat(s.values().get("Actual")).containsIgnoringCase("grill");
        assertThat(of(KAI, "So you burned your arm on the grill.")).isEmpty();
    }

    @Test
    void aNameAfterARoleThePersonaFillsOtherwiseIsCorrected() {
        ClaimSlots.Slip s = of(KAI, "And your friend Marco shares the apartment with you.").orElseThrow();
        assertThat(s.values().get("Actual")).isEqualTo("Jess");
        assertThat(of(KAI, "And your friend Jess shares the apartment with you.")).isEmpty();
    }

    @Test
    void aGoodFeelingNothingHoldsIsMetWithTheirOwnButAWishIsNot() {
        ClaimSlots.Slip s = of(JOE, "After the wedding you felt pretty relieved, really.").orElseThrow();
        assertThat(s.key()).isEqualTo("correction.feeling.other");
        assertThat(of(JOE, "After the wedding you wish you'd felt relieved.")).isEmpty();
    }
}
