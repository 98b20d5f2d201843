package org.changetalk.transcript;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.changetalk.coding.Code;
import org.changetalk.coding.SessionSummary;

/** The {@code --summary} line for one conversation; every field is always present, ratios null when undefined. */
public final class SummaryJson {
    private SummaryJson() {
    }

    public static ObjectNode of(String conversation, SessionSummary s) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("conversation", conversation);
        o.setAll(scores(s));
        return o;
    }

    /** The counts and scores of a summary, as the CLI and the web app's session report both show them. */
    public static ObjectNode scores(SessionSummary s) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        ObjectNode counts = o.putObject("counts");
        for (Code code : Code.values()) {
            counts.put(code.name(), s.count(code));
        }
        o.put("reflectionToQuestion", s.reflectionToQuestion());
        o.put("percentComplexReflections", s.percentComplexReflections());
        o.put("percentOpenQuestions", s.percentOpenQuestions());
        o.put("miAdherent", s.miAdherent());
        o.put("miNonAdherent", s.miNonAdherent());
        o.put("cultivatingChangeTalk", s.cultivatingChangeTalk());
        o.put("softeningSustainTalk", s.softeningSustainTalk());
        o.put("partnership", s.partnership());
        o.put("empathy", s.empathy());
        o.put("technical", s.technical());
        o.put("relational", s.relational());
        o.put("band", s.band().label());
        o.put("changeTalk", s.changeTalk());
        o.put("sustainTalk", s.sustainTalk());
        return o;
    }
}
