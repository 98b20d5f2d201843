package org.changetalk.session;

import org.changetalk.coding.Code;
import org.changetalk.coding.SessionSummary;
import org.changetalk.coding.Thresholds;
import org.changetalk.scenario.model.ClientTalk;
import org.changetalk.scenario.model.EndKind;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Regression (issue 10): after the client walked out over "you're an alcoholic", the report showed Empathy 4.6
 * and a relational score that met the fair threshold. A labelling confrontation or a walkout now keeps
 * Partnership and Empathy at MITI's starting point or below, so no such session meets a relational threshold.
 */
class SessionScorerTest {
    private static final String[] REFLECTIONS = {"It sounds like the drinking scares you.",
            "You are wondering what your kids see.", "Part of you wants a change.", "You have tried before.",
            "It matters to you to be there for them."};

    private static StoredSession session(Ending ending, Code... extra) {
        List<SessionTurn> turns = new ArrayList<>();
        int n = 1;
        for (String r : REFLECTIONS) {
            turns.add(Sessions.turn(n++, r, Code.COMPLEX_REFLECTION, ClientTalk.CHANGE, 1));
        }
        for (Code c : extra) {
            turns.add(Sessions.turn(n++, "You are an alcoholic and you need to stop.", c, ClientTalk.DISCORD, 8.5));
        }
        SessionInfo a = Sessions.active("s", "u", 1);
        SessionInfo info = new SessionInfo("s", "u", "sc", "T", 1, "live", SessionInfo.FINISHED, 1, 2L, turns.size(),
                a.opening(), a.startState(), a.persona(), ending, null, SessionInfo.PRACTICE);
        return new StoredSession(info, turns);
    }

    @Test
    void reflectionsAloneEarnHighRelationalScores() {
        SessionSummary s = SessionScorer.auto(session(null)).summary();
        assertThat(s.empathy()).as("the cap below only bites where it should").isGreaterThan(Thresholds.GOOD.relational());
        assertThat(s.relational()).isGreaterThanOrEqualTo(Thresholds.FAIR.relational());
    }

    @Test
    void aConfrontationKeepsEmpathyAndPartnershipAtTheStartingPoint() {
        SessionSummary s = SessionScorer.auto(session(null, Code.CONFRONT)).summary();
        assertThat(s.empathy()).isLessThanOrEqualTo(3.0);
        assertThat(s.partnership()).isLessThanOrEqualTo(3.0);
        assertThat(s.relational()).isLessThan(Thresholds.FAIR.relational());
        assertThat(s.band().label()).isEqualTo("below");
    }

    @Test
    void aWalkoutCannotMeetARelationalThresholdAndShowsBesideTheNumbers() {
        Scored scored = SessionScorer.auto(session(new Ending(EndKind.DISENGAGED, "leaves", 6), Code.PERSUADE));
        assertThat(scored.summary().relational()).isLessThan(Thresholds.FAIR.relational());
        assertThat(scored.summary().empathy()).isLessThanOrEqualTo(3.0);
        assertThat(scored.outcome().walkout()).isTrue();
        assertThat(scored.outcome().discordPeak()).isEqualTo(8.5);
        assertThat(scored.outcome().discordPeakTurn()).isEqualTo(6);
        assertThat(scored.talk()).isEqualTo(new TalkCounts(5, 0, 0, 1));
    }

    @Test
    void recodesCountOnlyWithRecodesAndAreAlwaysAtHand() {
        StoredSession s = session(null, Code.CONFRONT);
        Recode r = new Recode("s", 6, List.of(new HumanCode(Code.COMPLEX_REFLECTION, null,
                org.changetalk.coding.ReflectionDepth.COMPLEX)), "i", 5);
        Scored auto = SessionScorer.score(s, List.of(r), CodeSource.AUTO, (c, p) -> null);
        Scored human = SessionScorer.score(s, List.of(r), CodeSource.WITH_RECODES, (c, p) -> null);
        assertThat(auto.summary().count(Code.CONFRONT)).isEqualTo(1);
        assertThat(human.summary().count(Code.CONFRONT)).isZero();
        assertThat(human.summary().count(Code.COMPLEX_REFLECTION)).isEqualTo(6);
        assertThat(auto.recodes()).containsKey(6);
        assertThat(human.counted().get(5).coding().primary()).isEqualTo(Code.COMPLEX_REFLECTION);
        assertThat(human.counted().get(5).coding().flags()).isEqualTo(s.turns().get(5).coding().flags());
    }
}
