package org.changetalk.practice;

import org.changetalk.scenario.model.Beat;
import java.util.HashSet;
import java.util.Set;
import org.changetalk.session.Feedback;
import org.changetalk.session.Ending;
import org.changetalk.scenario.model.Category;
import org.changetalk.scenario.model.ClientState;
import org.changetalk.scenario.model.ClientTalk;
import org.changetalk.scenario.model.Conversation;
import org.changetalk.scenario.model.EndKind;
import org.changetalk.scenario.read.Fixtures;
import org.changetalk.scenario.model.Stage;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class PracticeSessionTest {
    private final FakeCoder coder = new FakeCoder();

    private static final List<String> MI_PATH = List.of(
            "EMPHASIZE_AUTONOMY: Whatever you decide is up to you.",
            "COMPLEX_REFLECTION: That glass is the one moment that is yours.",
            "COMPLEX_REFLECTION: Not remembering the drive frightened you.",
            "COMPLEX_REFLECTION: Keeping Lucía safe matters more than any drink.",
            "COMPLEX_REFLECTION: Part of you wants to cut back, and part of you worries about the crew.",
            "COMPLEX_REFLECTION: You want Lucía to see another way.",
            "AFFIRM: You have kept trying.",
            "QUESTION/OPEN: What made those six weeks easier?",
            "EMPHASIZE_AUTONOMY: You know best what would work.",
            // A client never ends the hour on its own plan: the trainee closes it, and the plan stays the outcome.
            "QUESTION/OPEN: We're almost out of time. What will you take away from today?");

    private static final List<String> CONFRONTING_PATH = List.of(
            "CONFRONT+LABELLING: You're an alcoholic.",
            "CONFRONT+LABELLING: You're in denial.");

    @Test
    void sameSeedAndResponsesReplayTheSameTranscript() {
        Transcript first = play(Fixtures.teresa(), 42, MI_PATH);
        Transcript second = play(Fixtures.teresa(), 42, MI_PATH);
        assertThat(second).isEqualTo(first);
    }

    @Test
    void guidedChoicesComeFromTheBeatBeingAnsweredAndAskTheTraineeToTellGoodFromBad() {
        Conversation teresa = Fixtures.teresa();
        PracticeSession s = new PracticeSession(teresa, coder, 7);
        for (String response : MI_PATH.subList(0, 3)) {
            Beat at = teresa.beat(s.turns().isEmpty() ? teresa.start().beat() : s.turns().get(s.turns().size() - 1).reply().beat());
            List<GuidedChoice> offered = s.choices();
            assertThat(offered).hasSizeBetween(Math.min(3, at.exemplars().size() + at.pitfalls().size()), 4)
                    .doesNotHaveDuplicates();
            Set<String> fromBeat = new HashSet<>();
            at.exemplars().forEach(e -> fromBeat.add(e.text()));
            at.pitfalls().forEach(p -> fromBeat.add(p.text()));
            assertThat(offered).allMatch(c -> fromBeat.contains(c.text()));
            assertThat(offered).anyMatch(c -> c.source().equals(GuidedChoice.EXEMPLAR))
                    .anyMatch(c -> c.source().equals(GuidedChoice.PITFALL));
            // offering them changes nothing: the same seed replays the same choices and the same client
            assertThat(s.choices()).isEqualTo(offered);
            s.respond(response);
        }
        assertThat(play(teresa, 7, MI_PATH.subList(0, 3))).isEqualTo(s.transcript());
    }

    @Test
    void theSeedSetsTheDayAMoodAndALeadConcernThatNudgeTheStartNotTheWords() {
        Conversation teresa = Fixtures.teresa();
        Set<String> days = new HashSet<>();
        for (long seed = 0; seed < 12; seed++) {
            Mood m = Mood.of(teresa, seed);
            assertThat(Mood.of(teresa, seed)).isEqualTo(m);
            days.add(m.name());
            PracticeSession s = new PracticeSession(teresa, coder, seed);
            assertThat(s.state().engagement()).isEqualTo(teresa.startState().engagement() + m.engagement());
            assertThat(s.state().discord()).isEqualTo(Math.min(10, teresa.startState().discord() + m.discord()));
            assertThat(s.state().importance()).isEqualTo(teresa.startState().importance() + m.importance());
            if (m.lead() != null) {
                assertThat(teresa.persona().topics()).containsKey(m.lead());
            }
        }
        // twelve seeds walk in on at least three of the days in moods.txt
        assertThat(Mood.names()).containsAll(days);
        assertThat(days).hasSizeGreaterThan(2);
    }

    @Test
    void seedChoosesAmongTextVariants() {
        List<String> openings = IntStream.range(0, 20)
                .mapToObj(seed -> new PracticeSession(Fixtures.small(), coder, seed).opening().text())
                .distinct().toList();
        assertThat(openings).hasSizeGreaterThan(1).allMatch(t -> t.startsWith("Hello"));
    }

    @Test
    void miConsistentAndConfrontationalPathsMoveTheClientInOppositeDirections() {
        Conversation teresa = Fixtures.teresa();
        ClientState start = teresa.startState();
        Transcript mi = play(teresa, 1, MI_PATH);
        Transcript confronting = play(teresa, 1, CONFRONTING_PATH);
        ClientState afterMi = mi.turns().get(mi.turns().size() - 1).after();
        ClientState afterConfronting = confronting.turns().get(confronting.turns().size() - 1).after();

        assertThat(afterMi.importance()).isGreaterThan(start.importance());
        assertThat(afterMi.confidence()).isGreaterThan(start.confidence());
        assertThat(afterMi.engagement()).isGreaterThan(start.engagement());
        assertThat(afterMi.stage()).isEqualTo(Stage.PREPARATION);
        assertThat(afterConfronting.importance()).isLessThan(start.importance());
        assertThat(afterConfronting.discord()).isGreaterThan(start.discord());
        assertThat(afterConfronting.engagement()).isLessThan(start.engagement());

        assertThat(mi.ending().kind()).isEqualTo(EndKind.PLAN_AGREED);
        assertThat(confronting.ending().kind()).isEqualTo(EndKind.DISENGAGED);
        assertThat(mi.turns()).extracting(t -> t.reply().talk()).contains(ClientTalk.CHANGE).doesNotContain(ClientTalk.DISCORD);
        assertThat(confronting.turns()).extracting(t -> t.reply().talk()).containsOnly(ClientTalk.DISCORD);
    }

    @Test
    void enoughDiscordEndsTheSessionEarlyWhateverTheTransitionsSay() {
        // The small fixture disengages at discord 6: three persuasions (1.5 + 1 righting reflex each) are enough.
        PracticeSession s = new PracticeSession(Fixtures.small(), coder, 1);
        s.respond("PERSUADE+RIGHTING_REFLEX: You should stop.");
        s.respond("PERSUADE+RIGHTING_REFLEX: Really, stop.");
        PracticeTurn third = s.respond("PERSUADE+RIGHTING_REFLEX: Stop now.");
        assertThat(third.after().discord()).isGreaterThanOrEqualTo(6);
        assertThat(third.reply().beat()).isEqualTo("leaves");
        assertThat(s.ending()).contains(new Ending(EndKind.DISENGAGED, "leaves", 3));
        assertThatThrownBy(() -> s.respond("COMPLEX_REFLECTION: Sorry.")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void naturalCloseAfterTheConfiguredNumberOfResponses() {
        PracticeSession s = new PracticeSession(Fixtures.small(), coder, 1);
        for (int i = 1; i <= 5; i++) {
            assertThat(s.respond("QUESTION/CLOSED: Do you smoke?").reply().beat()).isEqualTo("opening");
        }
        assertThat(s.respond("QUESTION/CLOSED: Every day?").reply().beat()).isEqualTo("close");
        assertThat(s.ending().map(Ending::kind)).contains(EndKind.NATURAL_CLOSE);
    }

    @Test
    void firstMatchingRuleWinsAndFallbackCatchesTheRest() {
        PracticeSession s = new PracticeSession(Fixtures.small(), coder, 1);
        assertThat(s.respond("QUESTION/CLOSED: Do you smoke daily?").reply().beat()).isEqualTo("opening"); // fallback
        assertThat(s.respond("PERSUADE: You should cut down.").reply().beat()).isEqualTo("cold");       // first rule
        assertThat(s.respond("SIMPLE_REFLECTION: It helps you relax.").reply().beat()).isEqualTo("opening");
        assertThat(s.respond("COMPLEX_REFLECTION: Part of you wonders.").reply().beat()).isEqualTo("warm");
    }

    @Test
    void stateGuardsAreCheckedAfterTheResponseMovesTheState() {
        PracticeSession s = new PracticeSession(Fixtures.small(), coder, 1);
        s.respond("SIMPLE_REFLECTION: You are here.");                       // importance 4.25 -> warm
        // autonomy adds 0.25: 4.5 < 5, so the guarded rule to 'plan' fails and mi_consistent leads to 'ready'
        PracticeTurn t = s.respond("EMPHASIZE_AUTONOMY: It is up to you.");
        assertThat(t.after().importance()).isCloseTo(4.5, within(1e-9));
        assertThat(t.reply().beat()).isEqualTo("ready");
        assertThat(t.after().stage()).isEqualTo(Stage.PREPARATION);
    }

    @Test
    void guardedRuleFiresOnceReadinessIsEarned() {
        PracticeSession s = new PracticeSession(Fixtures.small(), coder, 1);
        s.respond("COMPLEX_REFLECTION: You feel torn.");                     // 4.5 -> warm
        PracticeTurn t = s.respond("EMPHASIZE_AUTONOMY: Your call.");        // 4.75 < 5 -> ready
        assertThat(t.reply().beat()).isEqualTo("ready");

        PracticeSession s2 = new PracticeSession(Fixtures.small(), coder, 1);
        s2.respond("COMPLEX_REFLECTION: You feel torn.");
        s2.respond("COMPLEX_REFLECTION: You want less.");                    // warm -> ready (mi_consistent)
        assertThat(s2.respond("SEEKING_COLLABORATION: Shall we plan?").reply().beat()).isEqualTo("plan");
        // The plan is the outcome, and the session goes on until the trainee closes it.
        assertThat(s2.outcome().map(Ending::kind)).contains(EndKind.PLAN_AGREED);
        assertThat(s2.isOver()).isFalse();
    }

    @Test
    void topicWordsRouteOnlyWhenTheyOccurAsWholeWordsOrPrefixes() {
        Conversation c = (Conversation) Fixtures.scenario("words", Fixtures.smallConversation("words",
                "{ on: 'any_reflection', words: ['sleep*', 'my job'], to: 'ready' },", ""));
        assertThat(new PracticeSession(c, coder, 1).respond("COMPLEX_REFLECTION: Sleeping is hard.").reply().beat())
                .isEqualTo("ready");
        assertThat(new PracticeSession(c, coder, 1).respond("COMPLEX_REFLECTION: You worry about my job.").reply().beat())
                .isEqualTo("ready");
        assertThat(new PracticeSession(c, coder, 1).respond("COMPLEX_REFLECTION: Your job matters.").reply().beat())
                .isEqualTo("warm");
        assertThat(new PracticeSession(c, coder, 1).respond("COMPLEX_REFLECTION: Asleep at noon.").reply().beat())
                .isEqualTo("warm");
    }

    @Test
    void beatDeltasOverrideScenarioDeltasWhichOverrideDefaults() {
        Conversation c = (Conversation) Fixtures.scenario("tuned", Fixtures.smallConversation("tuned", "",
                "deltas: { categories: { complex_reflection: { discord: -2, importance: 1 }, persuade: { discord: 4 } } },"));
        // a steady day: the deltas alone move the state (a seeded mood would nudge the start)
        PracticeSession s = new PracticeSession(c, coder, 1, c.start().beat(), c.startState(), Mood.STEADY);
        PracticeTurn pushed = s.respond("PERSUADE: Cut down.");                    // scenario: discord +4
        assertThat(pushed.after().discord()).isEqualTo(4);
        assertThat(pushed.after().engagement()).isEqualTo(4);                      // default engagement -1 kept
        PracticeTurn repaired = s.respond("COMPLEX_REFLECTION: It is how you unwind.");
        assertThat(repaired.answered()).isEqualTo("cold");
        assertThat(repaired.after().discord()).isEqualTo(1);                       // beat: -3 beats scenario's -2
        assertThat(repaired.after().importance()).isEqualTo(4.5);                  // 4 - 0.5 + 1 (scenario)
    }

    @Test
    void flagsAddTheirOwnDeltasOncePerKind() {
        Conversation small = Fixtures.small();
        PracticeSession s = new PracticeSession(small, coder, 1, small.start().beat(), small.startState(), Mood.STEADY);
        PracticeTurn t = s.respond("QUESTION/OPEN+LABELLING+LABELLING: Why are you such an addict?");
        assertThat(t.category()).isEqualTo(Category.CONFRONT);
        assertThat(t.after().discord()).isEqualTo(2.5 + 1.5);
    }

    @Test
    void informationAfterAskingPermissionCountsAsWithPermission() {
        PracticeSession s = new PracticeSession(Fixtures.small(), coder, 1);
        assertThat(s.respond("SEEKING_COLLABORATION: Would it be okay if I shared something?").category())
                .isEqualTo(Category.COLLABORATION);
        assertThat(s.respond("GIVING_INFORMATION: Tolerance builds with daily use.").category())
                .isEqualTo(Category.INFORMATION_WITH_PERMISSION);
        assertThat(s.respond("GIVING_INFORMATION: And it can affect sleep.").category()).isEqualTo(Category.INFORMATION);
    }

    @Test
    void feedbackUsesTheAuthorsWordsForThisBeat() {
        PracticeSession s = new PracticeSession(Fixtures.small(), coder, 1);
        Feedback pushed = s.respond("PERSUADE: Just stop.").feedback();
        assertThat(pushed.why()).isEqualTo("Pushing makes them push back.");        // pitfall with category persuade
        assertThat(pushed.tryInstead().text()).isEqualTo("You feel torn.");
        assertThat(pushed.did()).startsWith("Persuade: ");

        PracticeSession s2 = new PracticeSession(Fixtures.small(), coder, 1);
        Feedback labelled = s2.respond("CONFRONT+LABELLING: You're an addict.").feedback();
        assertThat(labelled.why()).isEqualTo("Labels end conversations.");        // pitfall matched by the flag
        assertThat(labelled.concerns()).containsExactly("Flagged by the fake coder: LABELLING");

        PracticeSession s3 = new PracticeSession(Fixtures.small(), coder, 1);
        Feedback reflected = s3.respond("COMPLEX_REFLECTION: You feel torn.").feedback();
        assertThat(reflected.why()).isEqualTo("Reflect the ambivalence.");       // exemplar with the same skill
        assertThat(reflected.tryInstead().skill()).isEqualTo(Category.OPEN_QUESTION); // a different skill to widen
    }

    @Test
    void eachResponseIsCodedWithTheConversationSoFar() {
        PracticeSession s = new PracticeSession(Fixtures.small(), coder, 1);
        s.respond("QUESTION/OPEN: What brings you?");
        s.respond("QUESTION/OPEN: What else?");
        assertThat(coder.historySizes).containsExactly(1, 3); // opening; opening, response, reply
    }

    private Transcript play(Conversation scenario, long seed, List<String> responses) {
        PracticeSession s = new PracticeSession(scenario, coder, seed);
        for (String r : responses) {
            if (!s.isOver()) {
                s.respond(r);
            }
        }
        return s.transcript();
    }
}
