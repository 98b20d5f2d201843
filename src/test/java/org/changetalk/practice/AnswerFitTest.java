package org.changetalk.practice;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * AnswerFit's reading of what a question asks for and what a line gives (answer-kinds.txt), on sentences invented for
 * the test. Which passage answers by meaning needs the embedder: the scripts in practice/scripts-answered play that
 * (ScriptedSessionsTest), and the test plans must still pass (ScenarioTestPlansTest).
 */
class AnswerFitTest {
    private static List<String> names(String question) {
        return AnswerFit.asked(question).stream().map(AnswerFit.Kind::name).toList();
    }

    @Test
    void whatAQuestionAsksFor() {
        assertThat(names("When did the night shifts start getting to you?")).contains("time");
        assertThat(names("Who was there when the van got towed?")).contains("person");
        assertThat(names("How often do you end up at the bookies?")).contains("quantity");
        assertThat(names("How did it feel to hand your keys over?")).contains("feeling");
        assertThat(names("What made you walk out of the shop that day?")).contains("reason");
        assertThat(names("What would a quiet Sunday look like for you?")).contains("picture");
        assertThat(names("What happened after the party wound down?")).contains("event");
        assertThat(names("Tell me more.")).isEmpty();
    }

    @Test
    void whatALineGives() {
        AnswerFit.Kind time = AnswerFit.asked("When does it start?").stream().filter(k -> k.name().equals("time")).findFirst().orElseThrow();
        assertThat(time.givenBy("Around eleven at night, after the late bus.")).isTrue();
        assertThat(time.givenBy("It's the noise of the place I can't stand.")).isFalse();
        AnswerFit.Kind person = AnswerFit.asked("Who knows about it?").get(0);
        assertThat(person.givenBy("My sister knows, nobody else.")).isTrue();
        assertThat(person.givenBy("It started on the building site.")).isFalse();
    }

    @Test
    void aBadKindsFileSaysWhere() {
        assertThatThrownBy(() -> AnswerFit.kinds(List.of("# comment", "time asks (unclosed")))
                .hasMessageStartingWith("answer-kinds.txt:2:");
        assertThatThrownBy(() -> AnswerFit.kinds(List.of("time wants \\bwhen\\b")))
                .hasMessageStartingWith("answer-kinds.txt:1:1:");
        assertThatThrownBy(() -> AnswerFit.kinds(List.of("time asks \\bwhen\\b")))
                .hasMessageContaining("needs both");
    }

    @Test
    void piecesCountsWhatSplittingOnSpaceGives() {
        for (String s : List.of("Yeah.", "I know that one.", "  two   leading spaces here ", "tab\tand\nnew line words",
                "", "   ", "one")) {
            assertThat(AnswerFit.pieces(s)).as("\"%s\"", s).isEqualTo(s.split("\\s+").length);
        }
    }
}
