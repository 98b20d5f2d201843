package org.changetalk.eval;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.changetalk.coding.Code;
import org.changetalk.coding.ConversationCoder;
import org.changetalk.coding.QuestionType;
import org.changetalk.coding.Talk;
import org.changetalk.coding.Turn;
import org.changetalk.practice.FakeCoder;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Whole sessions labelled high or low by their gold codes, ranked by the summary of the coder's codes. */
class SessionRankingTest {

    /** A whole session: client "I drink." then a counselor turn with each gold code in turn. */
    private static List<GoldItem> session(String id, Code... counselorCodes) {
        List<Turn> turns = new ArrayList<>();
        List<GoldItem> items = new ArrayList<>();
        for (Code code : counselorCodes) {
            turns.add(Turn.client("I drink."));
            items.add(new GoldItem("s.jsonl", turns.size(), id, List.copyOf(turns), turns.size() - 1,
                    new ClientGold(Talk.NEUTRAL, null), JsonNodeFactory.instance.objectNode().put("talk", "neutral"), false));
            turns.add(Turn.counselor(code.name()));
            ObjectNode json = JsonNodeFactory.instance.objectNode().put("primary", code.name());
            items.add(new GoldItem("s.jsonl", turns.size(), id, List.copyOf(turns), turns.size() - 1,
                    new CounselorGold(code, code == Code.QUESTION ? QuestionType.OPEN : null, null, false), json, false));
        }
        return items;
    }

    /** The tests' one fake coder codes each counselor turn as the code its text names: a perfect coder here. */
    private static final ConversationCoder ECHO = new FakeCoder();

    private static final Code R = Code.SIMPLE_REFLECTION, Q = Code.QUESTION, P = Code.PERSUADE;

    @Test
    void listeningSessionsAreHighLecturingOnesLowAndAPerfectCoderRanksThemApart() {
        List<GoldItem> items = new ArrayList<>();
        items.addAll(session("listening", R, Q, R, R, Q, R, R, Q));
        items.addAll(session("asking", Q, Q, Q, R, Q, Q, Q, Q));
        items.addAll(session("lecturing", R, R, P, R, Q, P, R, Q));
        items.addAll(session("short", R, R, R)); // too short to count

        SessionRanking r = SessionRanking.of(items, ECHO, new HashMap<>());

        assertThat(r.sessions()).isEqualTo(3);
        assertThat(r.high()).as("only 'listening' has R:Q ≥ 1 and no Persuade").isEqualTo(1);
        // R:Q alone puts the lecture (4 reflections to 2 questions) above the listening session (5 to 3): 1 win in 2
        assertThat(r.rq()).isEqualTo(0.5);
        assertThat(r.goldRq()).as("a perfect coder's R:Q is the gold R:Q").isEqualTo(r.rq());
        assertThat(r.relational()).as("relational falls with Persuade").isEqualTo(1.0);
    }

    @Test
    void theSkillItsWriterDeclaredRanksSkilledAgainstLowLeavingAverageOut() {
        List<GoldItem> items = new ArrayList<>();
        items.addAll(session("gh-001-skilled-listening", R, Q, R, R, Q, R, R, Q));
        items.addAll(session("gh-002-low-lecturing", R, R, P, R, Q, P, R, Q));
        items.addAll(session("gh-003-avg-asking", Q, Q, Q, R, Q, Q, Q, Q));
        items.addAll(session("plain-id", Q, Q, Q, R, Q, Q, Q, Q)); // no grade: left out of this ranking

        SessionRanking r = SessionRanking.of(items, ECHO, new HashMap<>());

        assertThat(r.skilled()).isEqualTo(1);
        assertThat(r.low()).isEqualTo(1);
        assertThat(r.skilledRelational()).as("Persuade lowers the lecture's relational score").isEqualTo(1.0);
        // the lecture's R:Q (4 to 2) is above the listening session's (5 to 3): R:Q alone ranks them the wrong way
        assertThat(r.skilledRq()).isEqualTo(0.0);
        assertThat(DeclaredSkill.fromId("gg-004-meth-ed-chestpain")).as("no grade in this id").isNull();
        assertThat(DeclaredSkill.fromId("gx-007-low-sodium-diet")).isEqualTo(DeclaredSkill.Skill.LOW);
        assertThat(DeclaredSkill.fromId("gx-008-skilled-low-sodium")).as("a topic word after the grade").isEqualTo(DeclaredSkill.Skill.SKILLED);
        assertThat(DeclaredSkill.fromId("gr5-c8-001-avg-walking-checkin")).isEqualTo(DeclaredSkill.Skill.AVERAGE);
    }

    @Test
    void aucCountsTiesAsHalf() {
        var good = new SessionRanking.Scored(null, null, true);
        var tie = new SessionRanking.Scored(null, null, false);
        var below = new SessionRanking.Scored(null, null, false);
        var score = new java.util.IdentityHashMap<SessionRanking.Scored, Double>();
        score.put(good, 2.0);
        score.put(tie, 2.0);
        score.put(below, 1.0);

        assertThat(SessionRanking.auc(List.of(good), List.of(tie, below), score::get)).isEqualTo(0.75);
        assertThat(SessionRanking.auc(List.of(), List.of(tie, below), score::get)).isNaN();
    }
}
