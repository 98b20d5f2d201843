package org.changetalk.transcript;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.changetalk.coding.Code;
import org.changetalk.coding.SessionSummary;
import org.changetalk.coding.Talk;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.changetalk.coding.Codings.client;
import static org.changetalk.coding.Codings.counselor;

class SummaryJsonTest {

    @Test
    void hasEveryFieldWithUndefinedRatiosAsNull() {
        SessionSummary summary = SessionSummary.of(List.of(client(Talk.CHANGE), counselor(Code.AFFIRM)));

        ObjectNode out = SummaryJson.of("c7", summary);

        assertThat(out.fieldNames()).toIterable().containsExactly("conversation", "counts", "reflectionToQuestion",
                "percentComplexReflections", "percentOpenQuestions", "miAdherent", "miNonAdherent",
                "cultivatingChangeTalk", "softeningSustainTalk", "partnership", "empathy", "technical", "relational",
                "band", "changeTalk", "sustainTalk");
        assertThat(out.get("conversation").asText()).isEqualTo("c7");
        assertThat(out.get("counts").size()).isEqualTo(Code.values().length);
        assertThat(out.get("counts").get("AFFIRM").asInt()).isEqualTo(summary.count(Code.AFFIRM));
        assertThat(out.get("reflectionToQuestion").isNull()).isTrue();
        assertThat(out.get("percentComplexReflections").isNull()).isTrue();
        assertThat(out.get("percentOpenQuestions").isNull()).isTrue();
        assertThat(out.get("miAdherent").isInt()).isTrue();
        assertThat(out.get("empathy").isNumber()).isTrue();
        assertThat(out.get("empathy").asDouble()).isEqualTo(summary.empathy());
        assertThat(out.get("band").asText()).isEqualTo(summary.band().label());
        assertThat(out.get("changeTalk").asInt()).isEqualTo(1);
    }

    @Test
    void definedRatiosAreNumbers() {
        SessionSummary summary = SessionSummary.of(List.of(counselor(Code.COMPLEX_REFLECTION), counselor(Code.QUESTION)));

        ObjectNode out = SummaryJson.of("c", summary);

        assertThat(out.get("reflectionToQuestion").isNumber()).isTrue();
        assertThat(out.get("reflectionToQuestion").asDouble()).isEqualTo(summary.reflectionToQuestion());
        assertThat(out.get("percentComplexReflections").asDouble()).isEqualTo(100.0);
    }
}
