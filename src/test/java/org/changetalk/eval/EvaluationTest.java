package org.changetalk.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.changetalk.practice.FakeCoder;
import org.changetalk.transcript.TranscriptReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EvaluationTest {
    @TempDir
    Path dir;

    private final FakeCoder coder = new FakeCoder();

    private EvalReport evaluate() throws Exception {
        List<GoldPart> parts = new GoldReader(new TranscriptReader()).read(GoldFiles.splitGoldSet(dir));
        return new Evaluation(coder).run(parts);
    }

    @Test
    void codesEachItemOnceAsAWholeConversation() throws Exception {
        evaluate();

        assertThat(coder.seen()).hasSize(4).allSatisfy(conversation -> assertThat(conversation).hasSize(2));
    }

    @Test
    void scoresEachPart() throws Exception {
        EvalReport report = evaluate();

        assertThat(report.parts()).extracting(PartScores::name).containsExactly("tune", "holdout", "all");
        PartScores tune = report.parts().get(0);
        assertThat(tune.counselorItems()).isEqualTo(2);
        assertThat(tune.primary().accuracy()).isEqualTo(0.5);
        assertThat(tune.clientItems()).isEqualTo(1);
        assertThat(tune.talk().accuracy()).isZero();
        assertThat(report.parts().get(2).primary().total()).isEqualTo(3);
    }

    @Test
    void listsTuneMistakesAndOnlyCountsHoldoutOnes() throws Exception {
        EvalReport report = evaluate();

        List<ObjectNode> lines = report.mistakeLines();
        assertThat(lines).extracting(l -> l.get("conversation").asText()).containsExactly("t2", "t3");
        assertThat(report.holdoutMistakes()).isEqualTo(1);
        ObjectNode t2 = lines.get(0);
        assertThat(t2.get("file").asText()).endsWith("counselor.jsonl");
        assertThat(t2.get("line").asInt()).isEqualTo(4);
        assertThat(t2.get("text").asText()).isEqualTo("QUESTION:open");
        assertThat(t2.get("context").get(0).get("text").asText()).isEqualTo("neutral context");
        assertThat(t2.get("mismatch").toString()).isEqualTo("[\"primary\",\"behaviour\"]");
        assertThat(t2.get("gold").get("primary").asText()).isEqualTo("SIMPLE_REFLECTION");
        assertThat(t2.get("predicted").get("primary").asText()).isEqualTo("QUESTION");
        assertThat(t2.get("predicted").get("question").asText()).isEqualTo("open");
        assertThat(t2.get("evidence").get(0).get("rule").asText()).isEqualTo("fake-question");
        assertThat(lines.get(1).get("predicted").get("talk").asText()).isEqualTo("sustain");
    }

    @Test
    void jsonReportHasEveryPartAndNullForUndefinedScores() throws Exception {
        ObjectNode json = evaluate().json();

        JsonNode holdout = json.get("parts").get(1);
        assertThat(holdout.get("name").asText()).isEqualTo("holdout");
        assertThat(holdout.get("counselor").get("primary").get("accuracy").asDouble()).isZero();
        assertThat(holdout.get("counselor").get("primary").get("perClass").get("CONFRONT").get("support").asInt())
                .isEqualTo(1);
        assertThat(holdout.get("client").get("talk").get("accuracy").isNull()).isTrue();
        assertThat(holdout.get("counselor").get("fourClass").get("confusion").get("labels").toString())
                .isEqualTo("[\"reflection\",\"question\",\"input\",\"other\"]");
        assertThat(json.get("parts").get(0).get("counselor").get("primary").get("macroF1").asDouble())
                .isEqualTo(0.5); // AFFIRM f1 1, SIMPLE_REFLECTION f1 0
    }

    @Test
    void textReportShowsEachPartsTables() throws Exception {
        String text = evaluate().text();

        assertThat(text).contains("== tune: 3 items (2 counselor, 1 client) ==", "== holdout: 1 items",
                "== all: 4 items", "Counselor primary code", "open/closed accuracy n/a (n=0",
                "Counselor 4-class (hidden-evaluation mapping)", "Client talk", "confusion (rows gold, columns predicted)");
    }
}
