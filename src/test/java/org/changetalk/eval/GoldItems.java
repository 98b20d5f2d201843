package org.changetalk.eval;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.changetalk.coding.Code;
import org.changetalk.coding.QuestionType;
import org.changetalk.coding.ReflectionDepth;
import org.changetalk.coding.Talk;
import org.changetalk.coding.TalkKind;
import org.changetalk.coding.Turn;

import java.util.List;

/** Hand-built gold items: a client turn then the labelled counselor turn, or the reverse. */
final class GoldItems {
    private GoldItems() {
    }

    static GoldItem counselor(Code primary, QuestionType question, boolean asQuestion) {
        ReflectionDepth depth = primary == Code.SIMPLE_REFLECTION ? ReflectionDepth.SIMPLE
                : primary == Code.COMPLEX_REFLECTION ? ReflectionDepth.COMPLEX : null;
        ObjectNode json = JsonNodeFactory.instance.objectNode().put("primary", primary.name());
        return new GoldItem("gold.jsonl", 2, "g", List.of(Turn.client("I drink."), Turn.counselor("Say more.")), 1,
                new CounselorGold(primary, question, depth, asQuestion), json, false);
    }

    static GoldItem counselor(Code primary) {
        return counselor(primary, primary == Code.QUESTION ? QuestionType.OPEN : null, false);
    }

    static GoldItem client(Talk talk, TalkKind kind) {
        ObjectNode json = JsonNodeFactory.instance.objectNode().put("talk", talk.name().toLowerCase());
        return new GoldItem("gold.jsonl", 2, "g", List.of(Turn.counselor("Why?"), Turn.client("Because.")), 1,
                new ClientGold(talk, kind), json, false);
    }
}
