package org.changetalk.practice;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** FactSwap on a persona invented for the test: the right fact said back, and accurate or unrelated claims left alone. */
class FactSwapTest {
    private static final List<String> STORY = List.of(
            "When my uncle Tobias died I stopped sleeping. That's when the pills started.",
            "Nell's my older sister. She drove me here today.",
            "Eight months without a drink, since the christening.",
            "I still do the crossword with Nell on Sundays.",
            "Two years of hurting before the pills, every single morning.",
            "My wife Gwen left a note on the door. Gwen always leaves a note.",
            "Our daughter Fern is moving back in with the baby. Fern's due in May.");
    private static final List<String> BACKGROUND = List.of(
            "A retired ferry engineer. His sister Nell made this appointment after he fell on the slipway.");
    private static final List<String> USE = List.of("Two pills at bedtime. Evenings only, never in the day.");

    private final FactSwap swaps = new FactSwap(STORY, BACKGROUND, "", USE, java.util.Map.of("tobias", List.of("tobias", "uncle")));

    private Optional<FactSwap.Swap> of(String text, String... said) {
        return swaps.of(text, List.of(said), s -> false);
    }

    @Test
    void aRelativeSwappedIsCorrectedWithTheOneTheStoryNames() {
        FactSwap.Swap s = of("So it was your dad's death that started it.").orElseThrow();
        assertThat(s.values().get("Actual")).isEqualTo("My uncle Tobias");
        assertThat(s.values().get("claimed")).isEqualTo("my dad");
        // the talk goes on on that topic: the story's own sentence about it
        assertThat(s.values().get("line")).contains("died");
        assertThat(of("So your brother booked this for you.").orElseThrow().values().get("actual")).isEqualTo("my sister Nell");
    }

    @Test
    void theSentenceSharingMostOfTheHappeningNamesTheRightOne() {
        // ("left" is no moving; the daughter moving in with the baby shares both words)
        assertThat(of("So it's your son who's moving in with the baby.").orElseThrow().values().get("actual")).isEqualTo("my daughter Fern");
    }

    @Test
    void aDurationOrATimeSwappedIsCorrected() {
        assertThat(of("So you've been off it about eight weeks now.").orElseThrow().values().get("Actual"))
                .isEqualToIgnoringCase("eight months");
        assertThat(of("So now it's mornings only.").orElseThrow().values().get("Actual")).isEqualToIgnoringCase("evenings");
    }

    @Test
    void accurateClaimsAndFairGuessesPass() {
        assertThat(of("So it was your uncle's death that started it.")).isEmpty();
        assertThat(of("Your sister Nell set this up.")).isEmpty();
        assertThat(of("Eight months off it, and you're proud of that.")).isEmpty();
        assertThat(of("It sounds like the nights are the hardest.")).isEmpty();
        assertThat(of("You miss Tobias.")).isEmpty();
    }

    @Test
    void aTimeOrACountSharingOnlyCommonWordsIsNoSwap() {
        // ("hurting" and "morning" are in the story with another count and time; no happening ties them to the claim)
        assertThat(of("It sounds like three weeks of hurting wore you down.")).isEmpty();
        assertThat(of("Sounds like Sunday night was the worst of it.")).isEmpty();
        assertThat(of("It took strength to stop after one night.")).isEmpty();
        // a count the story holds anywhere is the client's, whatever it is tied to
        assertThat(of("Two years off the pills would mean a lot.")).isEmpty();
    }

    @Test
    void aCapitalisedWordAfterARelationOnceIsNoName() {
        FactSwap other = new FactSwap(List.of("My mom Venmos me on Fridays.", "My dad moved out when I was six."),
                List.of(), "", List.of(), java.util.Map.of());
        assertThat(other.of("So your mom moved out when you were six.", List.of(), s -> false).orElseThrow()
                .values().get("Actual")).isEqualTo("My dad");
        assertThat(other.of("So your dad Venmos you.", List.of(), s -> false).orElseThrow().values().get("Actual")).isEqualTo("My mom");
    }

    @Test
    void questionsWishesAndDenialsAreNoClaims() {
        assertThat(of("Did your dad smoke?")).isEmpty();
        assertThat(of("What was your dad like?")).isEmpty();
        assertThat(of("If your brother found out, what would happen?")).isEmpty();
        assertThat(of("So it wasn't your dad who died.")).isEmpty();
    }

    @Test
    void whatTheClientSaidThisSessionCounts() {
        assertThat(of("So your cousin plays cards with you.", "My cousin Ray and I play cards on Fridays.")).isEmpty();
        FactSwap.Swap s = of("So your neighbour plays cards with you.", "My cousin Ray and I play cards on Fridays.").orElseThrow();
        assertThat(s.values().get("actual")).startsWith("my cousin");
    }

    @Test
    void aLineReadForOneSessionCountsOnlyInTheSessionsThatSaidIt() {
        // one FactSwap serves every session of a conversation and keeps how it read the lines said: what one session
        // said must not reach another, and a line read before must count as it did when read afresh
        String said = "My cousin Ray and I play cards on Fridays.";
        FactSwap.Swap first = of("So your neighbour plays cards with you.", said).orElseThrow();
        assertThat(of("So your neighbour plays cards with you.")).isEmpty();
        assertThat(of("So your neighbour plays cards with you.", said)).contains(first);
        FactSwap fresh = new FactSwap(STORY, BACKGROUND, "", USE, java.util.Map.of("tobias", List.of("tobias", "uncle")));
        assertThat(fresh.of("So your neighbour plays cards with you.", List.of(said), s -> false)).contains(first);
    }

    // ------------------------------------------------------------------ client18: like with like

    /** A second invented persona: a substance, a place, spans in several units, someone else's span, a promise. */
    private static final List<String> STORY2 = List.of(
            "I've been on methadone for a year and a half now.",
            "My brother Cal quit drinking ten years back. He never talks about it.",
            "I went six weeks without a hit last spring.",
            "It's crystal, mostly. I smoke it in the van before shifts.",
            "My mum died two years ago this winter.",
            "Ada, my daughter, is getting married in June. I gave her my word I'd be there sober.",
            "My neighbour gave me a lift to the clinic.");
    private final FactSwap swaps2 = new FactSwap(STORY2, List.of("A courier who was found asleep in the van at the depot."),
            "Crystal, smoked, most days before work.", List.of("Crystal, smoked, most days before work."), java.util.Map.of());

    private Optional<FactSwap.Swap> of2(String text) {
        return swaps2.of(text, List.of(), s -> false);
    }

    @Test
    void aSubstanceSwappedIsCorrectedWithTheOneTheyUse() {
        assertThat(of2("So it's mainly heroin you're using.").orElseThrow().values().get("actual")).isEqualTo("crystal");
        assertThat(of2("So the coke is what gets you through the shifts.").orElseThrow().values().get("actual")).isEqualTo("crystal");
    }

    @Test
    void spansCompareAcrossUnitsAndAsAgoOrSince() {
        assertThat(of2("So you've been on methadone about nine months.").orElseThrow().values().get("actual"))
                .isEqualTo("a year and a half");
        assertThat(of2("So you went six months without a hit.").orElseThrow().values().get("actual")).isEqualTo("six weeks");
        assertThat(of2("It's been about five years since your mum died.").orElseThrow().values().get("actual"))
                .isEqualTo("two years ago");
        // eighteen months is a year and a half
        assertThat(of2("Eighteen months on methadone.")).isEmpty();
    }

    @Test
    void aSpanClaimedOfTheClientIsNeverAnsweredWithSomeoneElses() {
        // "My brother Cal quit drinking ten years back" is Cal's span: the client's own is six weeks
        Optional<FactSwap.Swap> s = of2("So you quit for about ten years.");
        assertThat(s.map(x -> x.values().get("actual")).orElse("")).isNotEqualTo("ten years");
        assertThat(s.map(x -> x.values().get("actual")).orElse("six weeks")).isEqualTo("six weeks");
    }

    @Test
    void aPlaceSwappedIsCorrectedOnlyWhereTheSameThingHappened() {
        assertThat(of2("So you smoke it in the kitchen before shifts.").orElseThrow().values().get("actual")).isEqualTo("van");
        // named in passing, not as where it happened: no claim
        assertThat(of2("The kitchen sounds like a hard place to be.")).isEmpty();
    }

    @Test
    void aWordTheStoryUsesOfSomeoneElseIsNoTie() {
        // ("gave" ties the daughter to the neighbour's lift only by a common verb; the passage about Ada says it)
        assertThat(of2("You gave your daughter your word.")).isEmpty();
    }

    /** True reflections of the second persona, in several wordings: none is ever corrected. */
    @Test
    void trueReflectionsAreNeverCorrected() {
        for (String t : List.of(
                "You've been on methadone a year and a half.",
                "A year and a half on methadone, and you're still going.",
                "Crystal is what you use, mostly before work.",
                "You smoke it in the van before shifts.",
                "Your mum died two years ago.",
                "It's been two years since your mum died.",
                "You went six weeks without a hit.",
                "Ada's wedding is in June and you promised to be there sober.",
                "You gave Ada your word.",
                "You gave your daughter your word that you'd be sober.",
                "Your neighbour gave you a lift to the clinic.",
                "Your brother Cal quit drinking years back.",
                "It sounds like the van is the one place that's yours.",
                "You're worried about the wedding.",
                "Six weeks without it showed you something.")) {
            assertThat(of2(t)).as(t).isEmpty();
        }
    }
}
