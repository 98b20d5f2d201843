package org.changetalk.practice;

import org.changetalk.coding.Code;
import org.changetalk.coding.CounselorCoding;
import org.changetalk.coding.Evidence;
import org.changetalk.coding.Flag;
import org.changetalk.coding.FlagKind;
import org.changetalk.coding.QuestionType;
import org.changetalk.coding.Span;
import org.changetalk.coding.Turn;
import org.changetalk.coding.Utterance;
import org.changetalk.scenario.Beat;
import org.changetalk.scenario.Category;
import org.changetalk.scenario.Conversation;
import org.changetalk.scenario.Fixtures;
import org.changetalk.scenario.Pitfall;
import org.changetalk.session.Feedback;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Feedback that cannot mislead: the label matches its explanation, each flag once, a why only when it holds. */
class FeedbackWriterTest {

    private static Utterance u(String text, Code code, QuestionType q, String explanation) {
        return new Utterance(new Span(0, text.length()), code, q, null,
                Evidence.of(new Span(0, text.length()), "test", explanation));
    }

    /** Regression: "What you did: Confront" was followed by the Persuade explanation. */
    @Test
    void theLabelIsExplainedByTheCodeOrFlagThatMadeIt() {
        String text = "You're an alcoholic, so you should stop drinking.";
        Utterance persuade = u(text, Code.PERSUADE, null, "Tells the client what to do without asking (persuade).");
        Flag label = new Flag(FlagKind.LABELLING, new Span(7, 19), "Calls the client an alcoholic: a label.");
        CounselorCoding coding = new CounselorCoding(Turn.counselor(text), List.of(persuade), Code.PERSUADE, null, null,
                persuade.evidence(), List.of(label, label));
        Category category = Categorizer.categorize(coding, null);
        assertThat(category).isEqualTo(Category.CONFRONT);
        String did = FeedbackWriter.did(category, coding);
        assertThat(did).startsWith("Confront: ").contains("a label").doesNotContain("persuade");
        // each flag once, however often the coder found it
        assertThat(FeedbackWriter.concerns(coding)).containsExactly("Calls the client an alcoholic: a label.");
    }

    @Test
    void aQuestionIsExplainedByAQuestionOfItsOwnKind() {
        String text = "That sounds hard. Do you drink every day?";
        Utterance open = u("That sounds hard.", Code.QUESTION, QuestionType.OPEN, "An open question.");
        Utterance closed = u(text, Code.QUESTION, QuestionType.CLOSED, "A yes-or-no question (closed).");
        CounselorCoding coding = new CounselorCoding(Turn.counselor(text), List.of(open, closed), Code.QUESTION,
                QuestionType.CLOSED, null, closed.evidence(), List.of());
        assertThat(FeedbackWriter.did(Category.CLOSED_QUESTION, coding)).isEqualTo("Closed question: A yes-or-no question (closed).");
    }

    @Test
    void aWhyThatNamesSomethingIsGivenOnlyWhenTheTraineeSaidIt() throws IOException {
        Conversation dre = (Conversation) Fixtures.library("dre-opioids-contemplation");
        Beat beat = dre.beats().values().stream()
                .filter(b -> b.pitfalls().stream().map(Pitfall::text).anyMatch(t -> t.contains("Does Eli know"))).findFirst()
                .orElseThrow();
        List<String> wrong = new ArrayList<>();
        for (String line : resource("regressions/feedback-why.txt").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\\|");
            String[] code = f[0].strip().split("/");
            String text = f[1].strip();
            QuestionType q = code.length > 1 ? QuestionType.valueOf(code[1]) : null;
            Utterance main = u(text, Code.valueOf(code[0]), q, "Coded " + f[0].strip() + ".");
            CounselorCoding coding = new CounselorCoding(Turn.counselor(text), List.of(main), main.code(), q, null,
                    main.evidence(), List.of());
            Feedback fb = FeedbackWriter.write(beat, Categorizer.categorize(coding, null), coding);
            String must = f[2].strip();
            String mustNot = f[3].strip();
            if ((!must.equals("-") && !fb.why().contains(must)) || (!mustNot.equals("-") && fb.why().contains(mustNot))) {
                wrong.add(text + " -> " + fb.why());
            }
        }
        assertThat(wrong).isEmpty();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = FeedbackWriterTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
