package org.changetalk.eval;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.changetalk.coding.ClientCoding;
import org.changetalk.coding.CounselorCoding;
import org.changetalk.coding.Turn;
import org.changetalk.transcript.CodedTurnJson;

import java.util.Locale;

/**
 * One {@code --mistakes} line: where the item is, the labelled text and the turns before it, what disagrees,
 * the gold label as written, the prediction, and the evidence (rules) behind the prediction.
 */
final class MistakeJson {
    private MistakeJson() {
    }

    static ObjectNode of(ItemResult r) {
        GoldItem item = r.item();
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("file", item.file());
        o.put("line", item.line());
        o.put("conversation", item.conversation());
        o.put("speaker", item.labelledTurn().speaker().label());
        o.put("text", item.labelledTurn().text());
        ArrayNode context = o.putArray("context");
        for (Turn t : item.turns().subList(0, item.labelled())) {
            context.addObject().put("speaker", t.speaker().label()).put("text", t.text());
        }
        ArrayNode mismatch = o.putArray("mismatch");
        r.mismatches().forEach(mismatch::add);
        o.set("gold", item.goldJson().deepCopy());
        ObjectNode predicted = o.putObject("predicted");
        if (r.predicted() instanceof CounselorCoding c) {
            predicted.put("primary", c.primary() == null ? null : c.primary().name());
            predicted.set("codes", CodedTurnJson.codes(c));
            predicted.put("question", lower(c.question()));
            predicted.put("reflection", lower(c.reflection()));
            predicted.put("behaviour", ItemResult.predictedBehaviour(c).label());
            o.put("goldBehaviour", ((CounselorGold) item.gold()).behaviour().label());
        } else if (r.predicted() instanceof ClientCoding c) {
            predicted.put("talk", lower(c.talk()));
            predicted.put("kind", c.kind() == null ? null : c.kind().name());
        }
        o.set("evidence", CodedTurnJson.evidence(r.predicted()));
        return o;
    }

    private static String lower(Enum<?> e) {
        return e == null ? null : e.name().toLowerCase(Locale.ROOT);
    }
}
