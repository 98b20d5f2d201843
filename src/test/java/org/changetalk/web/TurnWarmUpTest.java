package org.changetalk.web;

import org.changetalk.practice.FakeCoder;
import org.changetalk.practice.PracticeSession;
import org.changetalk.scenario.library.ScenarioLibrary;
import org.changetalk.scenario.model.Conversation;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server's warm-up plays the turns it is asked for on sessions of its own, stops at its time limit, and leaves
 * the conversations it played as it found them: a trainee's seeded session says the same words after it.
 */
class TurnWarmUpTest {
    private static final Conversation TERESA = (Conversation) ScenarioLibrary.open(Path.of("scenarios"))
            .find("teresa-alcohol-contemplation").orElseThrow().scenario();

    @Test
    void playsTheTurnsAskedForOverSessionsOfItsOwn() {
        // more turns than one session has: a second session starts where the first ends
        assertThat(TurnWarmUp.play(List.of(TERESA), new FakeCoder(), 70, Long.MAX_VALUE)).isEqualTo(70);
        assertThat(TurnWarmUp.play(List.of(), new FakeCoder(), 70, Long.MAX_VALUE)).isZero();
        assertThat(TurnWarmUp.play(List.of(TERESA), new FakeCoder(), 70, 0)).as("out of time before the first turn").isZero();
    }

    @Test
    void aTraineesSessionSaysTheSameAfterAWarmUp() {
        Conversation fresh = (Conversation) ScenarioLibrary.open(Path.of("scenarios"))
                .find("teresa-alcohol-contemplation").orElseThrow().scenario();
        List<String> before = play(fresh);
        TurnWarmUp.play(List.of(fresh), new FakeCoder(), 200, Long.MAX_VALUE);
        assertThat(play(fresh)).isEqualTo(before).hasSizeGreaterThan(5);
    }

    /** A seeded session answering with each beat's first guided choice: the client's words, turn by turn. */
    private static List<String> play(Conversation c) {
        PracticeSession s = new PracticeSession(c, new FakeCoder(), 42);
        List<String> said = new ArrayList<>(List.of(s.opening().text()));
        for (int i = 0; i < 12 && !s.isOver() && !s.choices().isEmpty(); i++) {
            said.add(s.respond(s.choices().get(0).text()).reply().text());
        }
        return said;
    }
}
