package org.changetalk.coding;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.changetalk.coding.Code.AFFIRM;
import static org.changetalk.coding.Code.COMPLEX_REFLECTION;
import static org.changetalk.coding.Code.CONFRONT;
import static org.changetalk.coding.Code.EMPHASIZE_AUTONOMY;
import static org.changetalk.coding.Code.GIVING_INFORMATION;
import static org.changetalk.coding.Code.PERSUADE;
import static org.changetalk.coding.Code.PERSUADE_WITH_PERMISSION;
import static org.changetalk.coding.Code.QUESTION;
import static org.changetalk.coding.Code.SEEKING_COLLABORATION;
import static org.changetalk.coding.Code.SIMPLE_REFLECTION;
import static org.changetalk.coding.Codings.client;
import static org.changetalk.coding.Codings.counselor;
import static org.changetalk.coding.Codings.question;

class SessionSummaryTest {

    @Test
    void eachCodeCountsOncePerVolley() {
        SessionSummary s = SessionSummary.of(List.of(
                counselor(QUESTION, QUESTION, AFFIRM, AFFIRM, GIVING_INFORMATION),
                counselor(QUESTION)));

        assertThat(s.count(QUESTION)).isEqualTo(2);
        assertThat(s.count(AFFIRM)).isEqualTo(1);
        assertThat(s.count(GIVING_INFORMATION)).isEqualTo(1);
    }

    @Test
    void aVolleyWithAnyComplexReflectionCountsOneComplexAndNoSimple() {
        SessionSummary s = SessionSummary.of(List.of(
                counselor(SIMPLE_REFLECTION, COMPLEX_REFLECTION, SIMPLE_REFLECTION, COMPLEX_REFLECTION),
                counselor(SIMPLE_REFLECTION, SIMPLE_REFLECTION)));

        assertThat(s.count(COMPLEX_REFLECTION)).isEqualTo(1);
        assertThat(s.count(SIMPLE_REFLECTION)).isEqualTo(1);
        assertThat(s.percentComplexReflections()).isEqualTo(50.0);
    }

    @Test
    void reflectionToQuestionUsesVolleyCounts() {
        SessionSummary s = SessionSummary.of(List.of(
                counselor(SIMPLE_REFLECTION), counselor(COMPLEX_REFLECTION), counselor(COMPLEX_REFLECTION),
                counselor(QUESTION, QUESTION), counselor(QUESTION)));

        // (SR 1 + CR 2) / Q 2: the volley with two questions counts one
        assertThat(s.reflectionToQuestion()).isEqualTo(1.5);
        assertThat(s.percentComplexReflections()).isEqualTo(66.7);
    }

    @Test
    void percentOpenQuestionsCountsQuestionUtterances() {
        SessionSummary s = SessionSummary.of(List.of(
                counselor(question(QuestionType.OPEN), question(QuestionType.CLOSED)),
                counselor(question(QuestionType.OPEN)),
                counselor(question(null))));

        // 2 open of 3 typed question utterances; the untyped one is in neither
        assertThat(s.percentOpenQuestions()).isEqualTo(66.7);
        assertThat(s.count(QUESTION)).isEqualTo(3);
    }

    @Test
    void ratiosWithAZeroDenominatorAreNull() {
        SessionSummary s = SessionSummary.of(List.of(counselor(AFFIRM), client(Talk.NEUTRAL)));

        assertThat(s.reflectionToQuestion()).isNull();
        assertThat(s.percentComplexReflections()).isNull();
        assertThat(s.percentOpenQuestions()).isNull();
    }

    @Test
    void adherentAndNonAdherentTotals() {
        SessionSummary s = SessionSummary.of(List.of(
                counselor(SEEKING_COLLABORATION, AFFIRM), counselor(EMPHASIZE_AUTONOMY, AFFIRM),
                counselor(PERSUADE, CONFRONT), counselor(PERSUADE_WITH_PERMISSION)));

        assertThat(s.miAdherent()).isEqualTo(1 + 2 + 1);
        // persuade with permission is not non-adherent
        assertThat(s.miNonAdherent()).isEqualTo(2);
    }

    @Test
    void clientTalkIsCounted() {
        SessionSummary s = SessionSummary.of(List.of(
                client(Talk.CHANGE), client(Talk.CHANGE), client(Talk.SUSTAIN), client(Talk.NEUTRAL)));

        assertThat(s.changeTalk()).isEqualTo(2);
        assertThat(s.sustainTalk()).isEqualTo(1);
    }

    @Test
    void globalRatingsFollowTheDocumentedFormulas() {
        SessionSummary s = SessionSummary.of(List.of(
                client(Talk.SUSTAIN),
                counselor(COMPLEX_REFLECTION),                        // reflects sustain talk; evoking
                client(Talk.CHANGE),
                counselor(question(QuestionType.OPEN)),               // evoking
                client(Talk.CHANGE),
                counselor(PERSUADE),                                  // non-adherent
                counselor(SEEKING_COLLABORATION, EMPHASIZE_AUTONOMY)));

        // 4 volleys, change talk 2 of 3, 2 evoking volleys, 1 of 1 sustain turns reflected, 1 persuading volley
        assertThat(s.cultivatingChangeTalk()).isEqualTo(round1(3 + 2 * (2.0 / 3 - 0.5) + 4 * (2.0 / 4 - 0.25)));
        assertThat(s.softeningSustainTalk()).isEqualTo(3.3); // 3 + 2·(1 − 0.5) + 0.5 − 5·(1/4) = 3.25, half up
        assertThat(s.partnership()).isEqualTo(round1(3 + 6 * 0.25 + 6 * 0.25 - 5 * 0.25));
        assertThat(s.empathy()).isEqualTo(3.3); // 3 + 4·(1/4 − 0.3) + 2·(1 − 0.4) − 3·(1/4) = 3.25, half up
        assertThat(s.technical()).isEqualTo(3.8); // (4.3 + 3.3) / 2
        assertThat(s.relational()).isEqualTo(4.05); // (4.8 + 3.3) / 2
        // technical 3.8 < 4 rules out good; fair holds (R:Q 1/1 = 1, %CR 100)
        assertThat(s.band()).isEqualTo(Band.FAIR);
    }

    @Test
    void reflectionsInsideInformationOrAdviceVolleysDoNotCount() {
        // "So you drink most nights. Alcohol raises blood pressure. You need to cut down." is advice, not listening
        SessionSummary s = SessionSummary.of(List.of(
                counselor(PERSUADE, SIMPLE_REFLECTION), counselor(GIVING_INFORMATION, COMPLEX_REFLECTION),
                counselor(QUESTION, SIMPLE_REFLECTION), counselor(COMPLEX_REFLECTION, GIVING_INFORMATION)));

        assertThat(s.count(SIMPLE_REFLECTION)).isEqualTo(1);   // only the question volley's bridge
        assertThat(s.count(COMPLEX_REFLECTION)).isEqualTo(1);  // only the reflective volley
        assertThat(s.reflectionToQuestion()).isEqualTo(2.0);
    }

    @Test
    void aLecturingSessionRatesBelowAListeningOne() {
        SessionSummary lecturing = SessionSummary.of(List.of(
                client(Talk.SUSTAIN), counselor(GIVING_INFORMATION, SIMPLE_REFLECTION),
                client(Talk.SUSTAIN), counselor(PERSUADE, COMPLEX_REFLECTION),
                client(Talk.NEUTRAL), counselor(GIVING_INFORMATION),
                client(Talk.SUSTAIN), counselor(QUESTION)));
        SessionSummary listening = SessionSummary.of(List.of(
                client(Talk.SUSTAIN), counselor(COMPLEX_REFLECTION),
                client(Talk.CHANGE), counselor(question(QuestionType.OPEN)),
                client(Talk.SUSTAIN), counselor(SIMPLE_REFLECTION),
                client(Talk.CHANGE), counselor(COMPLEX_REFLECTION, QUESTION)));

        assertThat(lecturing.relational()).isLessThan(3.0).isLessThan(listening.relational());
        assertThat(lecturing.technical()).isLessThan(listening.technical());
        assertThat(lecturing.reflectionToQuestion()).isEqualTo(0.0);
        assertThat(lecturing.band()).isEqualTo(Band.BELOW);
    }

    @Test
    void ratingsAreClampedToOneToFive() {
        SessionSummary confronting = SessionSummary.of(List.of(
                client(Talk.SUSTAIN), counselor(CONFRONT), client(Talk.SUSTAIN), counselor(CONFRONT, PERSUADE)));
        SessionSummary collaborative = SessionSummary.of(List.of(
                counselor(SEEKING_COLLABORATION, EMPHASIZE_AUTONOMY, COMPLEX_REFLECTION)));

        assertThat(confronting.partnership()).isEqualTo(1.0);
        assertThat(confronting.softeningSustainTalk()).isEqualTo(1.0);
        assertThat(collaborative.partnership()).isEqualTo(5.0);
        assertThat(collaborative.empathy()).isEqualTo(5.0);
    }

    @Test
    void anEmptySessionStaysAtTheStartingRatingsAndIsBelow() {
        SessionSummary s = SessionSummary.of(List.of());

        assertThat(List.of(s.cultivatingChangeTalk(), s.softeningSustainTalk(), s.partnership(), s.empathy()))
                .containsOnly(3.0);
        assertThat(s.band()).isEqualTo(Band.BELOW);
        assertThat(s.counts()).hasSize(Code.values().length).containsValue(0).doesNotContainValue(1);
    }

    @Test
    void countsListEveryCodeInCodeOrder() {
        SessionSummary s = SessionSummary.of(List.of(counselor(AFFIRM)));

        assertThat(s.counts().keySet()).containsExactly(Code.values());
    }

    private static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
