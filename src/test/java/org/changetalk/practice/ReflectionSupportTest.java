package org.changetalk.practice;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The support check for reflections, both sides of each boundary: what the client never owned is corrected, what
 * their story holds (or a fair guess at a soft feeling) is not. A made-up persona, so no scenario's lines are tuned to.
 */
class ReflectionSupportTest {
    /** A persona's first-person lines: a roofer who drinks, fell off a ladder twice, is fed up with his foreman. */
    private static final List<String> STORY = List.of(
            "Six cans a night, more on Fridays.",
            "I've come off the ladder twice this year. Both times after a late one.",
            "My wife's worried. She doesn't say much but I see her counting the cans.",
            "Last winter I nearly put the van in a ditch on the way home. I pulled it back just in time.",
            "I went over on the bathroom floor in March. The paramedics had to bring me round.",
            "Drinking's not something I'm ashamed of. Everybody on the crew has a few.");
    private static final List<String> BACKGROUND = List.of("Dev is a roofer in his forties; he was let go by his first firm.");

    /** The same persona with a complaint about his foreman: anger owned, in milder words. */
    private static final List<String> FOREMAN = java.util.stream.Stream.concat(STORY.stream(), java.util.stream.Stream.of(
            "The foreman keeps on at me about the mornings. It gets to me, the way he talks to me in front of the lads.")).toList();

    private final ReflectionSupport support = new ReflectionSupport(STORY, BACKGROUND);

    private Optional<ReflectionSupport.Finding> check(String reflection) {
        return support.check(reflection, List.of(), false, false);
    }

    private static Optional<ReflectionSupport.Finding> checkForeman(String reflection) {
        return new ReflectionSupport(FOREMAN, BACKGROUND).check(reflection, List.of(), false, false);
    }

    @Test
    void anInventedFeelingIsCorrectedMildly() {
        Optional<ReflectionSupport.Finding> f = check("So you're angry with your wife for counting.");
        assertThat(f).isPresent();
        assertThat(f.get().key()).isEqualTo("correction.feeling");
        assertThat(f.get().values()).containsEntry("Feeling", "Angry");
    }

    @Test
    void aFeelingTheStoryOwnsAboutTheSameThingIsAFairReflection() {
        // "It gets to me, the way he talks to me": anger at the foreman is his, in milder words
        assertThat(checkForeman("It sounds like you're angry at the foreman.")).isEmpty();
        assertThat(checkForeman("So you're angry with your wife, too.")).isEmpty(); // his story owns anger: a fair guess
    }

    @Test
    void aStrongerWordThanTheClientsOwnIsOfferedTheirs() {
        Optional<ReflectionSupport.Finding> f = checkForeman("You're furious with the foreman.");
        assertThat(f).isPresent();
        assertThat(f.get().key()).isEqualTo("correction.feeling.milder");
        assertThat(f.get().values().get("own")).isEqualTo("annoyed"); // "it gets to me" offered back as the family's mild word
    }

    @Test
    void aSoftFeelingIsAGuessAComplexReflectionMayMake() {
        assertThat(check("You're worried about where this is heading.")).isEmpty();
        assertThat(check("Part of you is tired of it, and part of you can't picture a Friday without it.")).isEmpty();
    }

    @Test
    void aFeelingTheStoryDeniesIsSaidBackWithTheDenial() {
        Optional<ReflectionSupport.Finding> f = check("So you feel ashamed of the drinking.");
        assertThat(f).isPresent();
        assertThat(f.get().key()).isEqualTo("correction.feeling.denied");
        assertThat(f.get().values().get("line")).contains("not something I'm ashamed of");
    }

    @Test
    void aFeelingOfSomeoneElseOrNegatedOrInASummaryIsNotTheClientsToDeny() {
        assertThat(check("So your wife is angry about the cans.")).isEmpty();
        assertThat(check("You're not angry with her, you're worried.")).isEmpty();
        assertThat(support.check("So far: six cans, two falls, and you resent the foreman. Did I miss anything?", List.of(), true, false))
                .isEmpty();
    }

    @Test
    void notCaringClaimedOfAClientWhoNeverSaidSoGetsItsOwnCorrection() {
        Optional<ReflectionSupport.Finding> f = check("So you don't really care what your wife thinks.");
        assertThat(f).isPresent();
        assertThat(f.get().key()).isEqualTo("correction.feeling.indifferent");
    }

    @Test
    void aFeelingSaidThisSessionIsOwned() {
        assertThat(support.check("So you're angry with your wife.", List.of("Honestly I get angry when my wife counts the cans."),
                false, false)).isEmpty();
    }

    @Test
    void angerNamedBackJustAfterAPushIsTheClientsDiscord() {
        assertThat(support.check("You're angry, because that word lumps you in with the drunks.", List.of(), false, true)).isEmpty();
        assertThat(check("You're angry, because that word lumps you in with the drunks.")).isPresent();
        assertThat(support.check("So you're angry at the new doctor for it.", List.of(), false, true)).isPresent();
    }

    @Test
    void anEventNothingMentionsIsDenied() {
        Optional<ReflectionSupport.Finding> f = check("So you got arrested after the party.");
        assertThat(f).isPresent();
        assertThat(f.get().key()).isEqualTo("correction.event");
        assertThat(f.get().values()).containsEntry("Event", "Arrested");
        assertThat(check("So your wife left you over it.")).map(ReflectionSupport.Finding::key).contains("correction.event");
        assertThat(check("After the party you got pulled over and the police were involved."))
                .map(ReflectionSupport.Finding::key).contains("correction.event");
    }

    @Test
    void anEventTheAuthorTellsInTheBackgroundHappened() {
        assertThat(check("So you got fired once.")).isEmpty();
    }

    @Test
    void anEventTheStoryTellsAsANearMissIsSaidBackAsOne() {
        Optional<ReflectionSupport.Finding> f = check("So you had a car accident last winter.");
        assertThat(f).isPresent();
        assertThat(f.get().key()).isEqualTo("correction.event.near");
        assertThat(f.get().values().get("line")).contains("nearly put the van in a ditch");
    }

    @Test
    void aFearedOrNegatedEventIsNoClaim() {
        assertThat(check("You're worried you could get arrested.")).isEmpty();
        assertThat(check("You've never had an accident.")).isEmpty();
    }

    @Test
    void aCountTheStoryGivesOtherwiseIsCorrectedWithTheStorysSentence() {
        Optional<ReflectionSupport.Finding> f = check("So you've come off the ladder three times.");
        assertThat(f).isPresent();
        assertThat(f.get().key()).isEqualTo("correction.count");
        assertThat(f.get().values().get("line")).contains("twice");
        Optional<ReflectionSupport.Finding> cans = check("So you're on ten cans a night.");
        assertThat(cans).map(ReflectionSupport.Finding::key).contains("correction.count");
        assertThat(cans.get().values().get("line")).contains("Six cans a night");
    }

    @Test
    void theStorysOwnCountOrAnUncountedThingPasses() {
        assertThat(check("So you've come off the ladder twice.")).isEmpty();
        assertThat(check("So it's six cans a night.")).isEmpty();
        assertThat(check("So you've got two kids at home.")).isEmpty(); // the story counts no kids: nothing to contradict
        assertThat(check("Two weeks ago things got worse for you.")).isEmpty(); // spans of time are not counted things
        assertThat(check("So you've had two good nights and six cans a night.")).isEmpty(); // "good" is no thing counted
    }

    @Test
    void aCountOtherwiseInASummaryIsLeftToTheSummary() {
        assertThat(support.check("Let me sum up: ten cans a night, the ladder, the foreman. Did I miss anything?", List.of(), true, false))
                .isEmpty();
        assertThat(check("So you're on ten cans a night, the ladder, the foreman.")).isPresent();
    }

    @Test
    void aPlaceTheStoryPutsElsewhereIsSaidBack() {
        Optional<ReflectionSupport.Finding> f = check("So it was in your kitchen that you overdosed.");
        assertThat(f).isPresent();
        assertThat(f.get().key()).isEqualTo("correction.place");
        assertThat(f.get().values()).containsEntry("place", "my kitchen");
        assertThat(f.get().values().get("line")).contains("bathroom floor");
        assertThat(check("So you overdosed on the bathroom floor.")).isEmpty();
    }
}
