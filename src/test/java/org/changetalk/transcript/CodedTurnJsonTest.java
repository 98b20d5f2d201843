package org.changetalk.transcript;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.changetalk.coding.ClientCoding;
import org.changetalk.coding.Code;
import org.changetalk.coding.CounselorCoding;
import org.changetalk.coding.Evidence;
import org.changetalk.coding.Flag;
import org.changetalk.coding.FlagKind;
import org.changetalk.coding.QuestionType;
import org.changetalk.coding.Span;
import org.changetalk.coding.Talk;
import org.changetalk.coding.TalkKind;
import org.changetalk.coding.Turn;
import org.changetalk.coding.Utterance;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CodedTurnJsonTest {
    private static final JsonMapper MAPPER = new JsonMapper();

    private static ObjectNode input(String json) throws Exception {
        return (ObjectNode) MAPPER.readTree(json);
    }

    private static final String TEXT = "Okay. What would help, you addict?";

    private static CounselorCoding counselor() {
        Turn turn = Turn.counselor(TEXT);
        Utterance filler = new Utterance(new Span(0, 5), Code.NO_CODE, null, null,
                Evidence.of(new Span(0, 4), "filler", "A filler word."));
        Utterance question = new Utterance(new Span(6, 34), Code.QUESTION, QuestionType.OPEN, null,
                new Evidence(List.of(new Span(6, 10), new Span(11, 16)), "wh-question", "Starts with what."));
        Flag flag = new Flag(FlagKind.STIGMATIZING_LABEL, new Span(27, 33), "Use person-first language.");
        return new CounselorCoding(turn, List.of(filler, question), Code.QUESTION, QuestionType.OPEN, null,
                question.evidence(), List.of(flag));
    }

    @Test
    void aCounselorLineKeepsTheInputAndAddsTheCodingFieldsInOrder() throws Exception {
        ObjectNode out = CodedTurnJson.of(input("{\"conversation\":\"c\",\"speaker\":\"therapist\",\"text\":\""
                + TEXT + "\",\"extra\":1}"), counselor());

        assertThat(out.fieldNames()).toIterable().containsExactly("conversation", "speaker", "text", "extra",
                "codes", "primary", "question", "reflection", "confidence", "talk", "talkKind", "talkConfidence", "flags", "evidence");
        assertThat(out.get("speaker").asText()).isEqualTo("therapist");
        assertThat(out.get("codes").toString()).isEqualTo("[\"NO_CODE\",\"QUESTION\"]");
        assertThat(out.get("primary").asText()).isEqualTo("QUESTION");
        assertThat(out.get("question").asText()).isEqualTo("open");
        assertThat(out.get("reflection").isNull()).isTrue();
        assertThat(out.get("confidence").asDouble()).isEqualTo(1.0); // a hand-built coding is certain
        assertThat(out.get("talk").isNull()).isTrue();
        assertThat(out.get("talkKind").isNull()).isTrue();
        assertThat(out.get("talkConfidence").isNull()).isTrue();
        assertThat(out.get("flags").toString()).isEqualTo("[{\"kind\":\"STIGMATIZING_LABEL\",\"start\":27,\"end\":33,"
                + "\"text\":\"addict\",\"explanation\":\"Use person-first language.\"}]");
        JsonNode second = out.get("evidence").get(1);
        assertThat(out.get("evidence")).hasSize(2);
        assertThat(second.get("text").asText()).isEqualTo("What would help, you addict?");
        assertThat(second.get("code").asText()).isEqualTo("QUESTION");
        assertThat(second.get("confidence").asDouble()).isEqualTo(1.0);
        assertThat(second.get("rule").asText()).isEqualTo("wh-question");
        assertThat(second.get("explanation").asText()).isEqualTo("Starts with what.");
        assertThat(second.get("spans").findValuesAsText("text")).containsExactly("What", "would");
    }

    @Test
    void aClientLineHasTalkAndNullCounselorFields() throws Exception {
        String text = "I really want to quit.";
        ClientCoding coding = new ClientCoding(Turn.client(text), Talk.CHANGE, TalkKind.DESIRE,
                new Evidence(List.of(new Span(2, 8), new Span(9, 13)), "desire-verb", "Says they want to."), 0.8125);

        ObjectNode out = CodedTurnJson.of(input("{\"conversation\":\"c\",\"speaker\":\"client\",\"text\":\"" + text
                + "\"}"), coding);

        for (String field : List.of("codes", "primary", "question", "reflection", "confidence")) {
            assertThat(out.get(field).isNull()).as(field).isTrue();
        }
        assertThat(out.get("talk").asText()).isEqualTo("change");
        assertThat(out.get("talkKind").asText()).isEqualTo("DESIRE");
        assertThat(out.get("talkConfidence").asDouble()).isEqualTo(0.813);
        assertThat(out.get("flags")).isEmpty();
        // one evidence object covering the deciding words
        assertThat(out.get("evidence").isObject()).isTrue();
        assertThat(out.get("evidence").get("start").asInt()).isEqualTo(2);
        assertThat(out.get("evidence").get("end").asInt()).isEqualTo(13);
        assertThat(out.get("evidence").get("text").asText()).isEqualTo("really want");
        assertThat(out.get("evidence").get("rule").asText()).isEqualTo("desire-verb");
    }

    @Test
    void codingFieldsReplaceInputFieldsOfTheSameNameAndComeLast() throws Exception {
        ObjectNode out = CodedTurnJson.of(input("{\"talk\":\"x\",\"conversation\":\"c\",\"speaker\":\"counselor\","
                + "\"text\":\"" + TEXT + "\",\"codes\":[]}"), counselor());

        assertThat(out.fieldNames()).toIterable().containsExactly("conversation", "speaker", "text",
                "codes", "primary", "question", "reflection", "confidence", "talk", "talkKind", "talkConfidence", "flags", "evidence");
        assertThat(out.get("talk").isNull()).isTrue();
    }

    @Test
    void theInputObjectIsNotChanged() throws Exception {
        ObjectNode in = input("{\"conversation\":\"c\",\"speaker\":\"counselor\",\"text\":\"" + TEXT + "\"}");
        String before = in.toString();

        CodedTurnJson.of(in, counselor());

        assertThat(in.toString()).isEqualTo(before);
    }
}
