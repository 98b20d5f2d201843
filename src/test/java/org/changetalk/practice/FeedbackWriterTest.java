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
import org.changetalk.scenario.model.Beat;
import org.changetalk.scenario.model.Category;
import org.changetalk.scenario.model.Conversation;
import org.changetalk.scenario.read.Fixtures;
import org.changetalk.scenario.model.Pitfall;
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

    /** The coder says when it is unsure, so a trainee who meant a reflection is not simply told it was a push. */
    @Test
    void anUnsureCodeSaysSoAndASureOneDoesNot() {
        String text = "You're lying awake afraid he'll be the one who finds you.";
        Utterance confront = u(text, Code.CONFRONT, null, "Disputes what the client said (confront).");
        CounselorCoding unsure = new CounselorCoding(Turn.counselor(text), List.of(confront), Code.CONFRONT, null, null,
                confront.evidence(), List.of(), 0.42, true);
        CounselorCoding sure = new CounselorCoding(Turn.counselor(text), List.of(confront), Code.CONFRONT, null, null,
                confront.evidence(), List.of(), 0.9, false);
        assertThat(FeedbackWriter.did(Category.CONFRONT, unsure))
                .startsWith("Confront: Disputes what the client said (confront).")
                .contains("I read this as \u201cconfront\u201d, but I am only 42 % sure").contains("contest the code");
        assertThat(FeedbackWriter.did(Category.CONFRONT, sure)).isEqualTo("Confront: Disputes what the client said (confront).");
    }

    /** A push the coder is unsure of lands in proportion to its confidence: a mild reaction, not the full one. */
    @Test
    void anUnsurePushLandsLightly() {
        String text = "Why would you do that to your kids?";
        Evidence why = Evidence.of(new Span(0, text.length()), "test", "A rhetorical challenge (confront).");
        Utterance unsureSentence = new Utterance(new Span(0, text.length()), Code.CONFRONT, null, null, why, 0.35);
        Utterance sureSentence = new Utterance(new Span(0, text.length()), Code.CONFRONT, null, null, why, 0.8);
        CounselorCoding unsure = new CounselorCoding(Turn.counselor(text), List.of(unsureSentence), Code.CONFRONT, null, null,
                why, List.of(), 0.35, true);
        CounselorCoding sure = new CounselorCoding(Turn.counselor(text), List.of(sureSentence), Code.CONFRONT, null, null,
                why, List.of(), 0.8, false);
        assertThat(Offences.severity("argue", sure)).isEqualTo(1.0);
        assertThat(Offences.severity("argue", unsure)).isEqualTo(0.5, org.assertj.core.data.Offset.offset(1e-9));
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
