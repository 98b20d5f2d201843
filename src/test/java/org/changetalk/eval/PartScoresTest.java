package org.changetalk.eval;

import org.changetalk.coding.ClientCoding;
import org.changetalk.coding.Code;
import org.changetalk.coding.Codings;
import org.changetalk.coding.CounselorCoding;
import org.changetalk.coding.QuestionType;
import org.changetalk.coding.Span;
import org.changetalk.coding.Talk;
import org.changetalk.coding.TalkKind;
import org.changetalk.coding.Utterance;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.changetalk.coding.Codings.counselor;
import static org.changetalk.coding.Codings.question;

class PartScoresTest {

    private static ItemResult result(GoldItem item, CounselorCoding predicted) {
        return ItemResult.of(item, predicted);
    }

    private static ClientCoding client(Talk talk, TalkKind kind) {
        ClientCoding c = Codings.client(talk);
        return new ClientCoding(c.turn(), talk, kind, c.evidence());
    }

    @Test
    void scoresPrimaryCodesAndTheirFourClassMapping() {
        PartScores s = PartScores.of("p", List.of(
                result(GoldItems.counselor(Code.COMPLEX_REFLECTION), counselor(Code.SIMPLE_REFLECTION)),
                result(GoldItems.counselor(Code.PERSUADE), counselor(Code.GIVING_INFORMATION)),
                result(GoldItems.counselor(Code.AFFIRM), counselor(Code.AFFIRM)),
                result(GoldItems.counselor(Code.QUESTION), counselor(Code.AFFIRM))));

        assertThat(s.counselorItems()).isEqualTo(4);
        assertThat(s.primary().accuracy()).isEqualTo(0.25);
        // reflection→reflection, input→input, other→other, question→other
        assertThat(s.behaviour().accuracy()).isEqualTo(0.75);
        assertThat(s.behaviour().count("question", "other")).isEqualTo(1);
        assertThat(s.simpleComplex()).isEqualTo(new Agreement(0, 1));
        assertThat(s.openClosed().total()).isZero();
    }

    @Test
    void openClosedIsScoredOnlyWhereBothPrimariesAreQuestions() {
        PartScores s = PartScores.of("p", List.of(
                result(GoldItems.counselor(Code.QUESTION, QuestionType.OPEN, false), counselor(question(QuestionType.OPEN))),
                result(GoldItems.counselor(Code.QUESTION, QuestionType.CLOSED, false), counselor(question(QuestionType.OPEN))),
                result(GoldItems.counselor(Code.QUESTION, QuestionType.CLOSED, false), counselor(Code.AFFIRM)),
                result(GoldItems.counselor(Code.AFFIRM), counselor(question(QuestionType.CLOSED)))));

        assertThat(s.openClosed()).isEqualTo(new Agreement(1, 2));
    }

    @Test
    void seekingCollaborationFollowsQuestionFormOnBothSides() {
        CounselorCoding asked = counselor(new Utterance(new Span(0, 1),
                Code.SEEKING_COLLABORATION, QuestionType.CLOSED, null, Codings.evidence("ask")));
        PartScores s = PartScores.of("p", List.of(
                result(GoldItems.counselor(Code.SEEKING_COLLABORATION, null, true), asked),
                result(GoldItems.counselor(Code.SEEKING_COLLABORATION, null, false), counselor(Code.SEEKING_COLLABORATION)),
                result(GoldItems.counselor(Code.SEEKING_COLLABORATION, null, true), counselor(Code.SEEKING_COLLABORATION))));

        assertThat(s.behaviour().count("question", "question")).isEqualTo(1);
        assertThat(s.behaviour().count("other", "other")).isEqualTo(1);
        assertThat(s.behaviour().count("question", "other")).isEqualTo(1);
        assertThat(s.primary().accuracy()).isEqualTo(1.0);
    }

    @Test
    void scoresClientTalkAndKind() {
        PartScores s = PartScores.of("p", List.of(
                ItemResult.of(GoldItems.client(Talk.CHANGE, TalkKind.DESIRE), client(Talk.CHANGE, TalkKind.DESIRE)),
                ItemResult.of(GoldItems.client(Talk.CHANGE, TalkKind.NEED), client(Talk.CHANGE, TalkKind.REASON)),
                ItemResult.of(GoldItems.client(Talk.SUSTAIN, TalkKind.ABILITY), client(Talk.NEUTRAL, null)),
                ItemResult.of(GoldItems.client(Talk.NEUTRAL, null), client(Talk.NEUTRAL, null))));

        assertThat(s.clientItems()).isEqualTo(4);
        assertThat(s.counselorItems()).isZero();
        assertThat(s.talk().accuracy()).isEqualTo(0.75);
        assertThat(s.talk().count("sustain", "neutral")).isEqualTo(1);
        assertThat(s.talkKind()).isEqualTo(new Agreement(1, 2));
    }

    @Test
    void itemResultsNameWhatDisagrees() {
        assertThat(ItemResult.of(GoldItems.counselor(Code.AFFIRM), counselor(Code.AFFIRM)).isMistake()).isFalse();
        assertThat(ItemResult.of(GoldItems.counselor(Code.AFFIRM), counselor(Code.QUESTION)).mismatches())
                .containsExactly("primary", "behaviour");
        assertThat(ItemResult.of(GoldItems.counselor(Code.QUESTION, QuestionType.CLOSED, false),
                counselor(question(QuestionType.OPEN))).mismatches()).containsExactly("question");
        assertThat(ItemResult.of(GoldItems.client(Talk.CHANGE, TalkKind.NEED), client(Talk.CHANGE, TalkKind.DESIRE))
                .mismatches()).containsExactly("kind");
        assertThat(ItemResult.of(GoldItems.client(Talk.CHANGE, TalkKind.NEED), client(Talk.SUSTAIN, TalkKind.NEED))
                .mismatches()).containsExactly("talk");
    }
}
