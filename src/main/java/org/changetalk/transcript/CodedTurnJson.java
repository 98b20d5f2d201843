package org.changetalk.transcript;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.changetalk.coding.ClientCoding;
import org.changetalk.coding.Code;
import org.changetalk.coding.CodedTurn;
import org.changetalk.coding.CounselorCoding;
import org.changetalk.coding.Evidence;
import org.changetalk.coding.Flag;
import org.changetalk.coding.Span;
import org.changetalk.coding.Utterance;

import java.util.List;
import java.util.Locale;

/**
 * The {@code code} command's output line for one turn: the input fields, then codes, primary, question,
 * reflection, talk, talkKind, talkConfidence, flags and evidence. Fields that do not apply to the speaker are null, never
 * absent, so every line has the same keys. Coding fields replace input fields of the same name.
 */
public final class CodedTurnJson {
    static final List<String> FIELDS =
            List.of("codes", "primary", "question", "reflection", "confidence", "talk", "talkKind", "talkConfidence", "flags", "evidence");

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private CodedTurnJson() {
    }

    public static ObjectNode of(ObjectNode input, CodedTurn coded) {
        ObjectNode out = input.deepCopy();
        FIELDS.forEach(out::remove); // so the coding fields always come last, in this order
        String text = coded.turn().text();
        if (coded instanceof CounselorCoding c) {
            out.set("codes", codes(c));
            out.put("primary", c.primary() == null ? null : c.primary().name());
            out.put("question", lower(c.question()));
            out.put("reflection", lower(c.reflection()));
            out.put("confidence", c.confidence());
            out.putNull("talk");
            out.putNull("talkKind");
            out.putNull("talkConfidence");
            ArrayNode flags = out.putArray("flags");
            c.flags().forEach(f -> flags.add(flag(f, text)));
        } else if (coded instanceof ClientCoding c) {
            out.putNull("codes");
            out.putNull("primary");
            out.putNull("question");
            out.putNull("reflection");
            out.putNull("confidence");
            out.put("talk", lower(c.talk()));
            out.put("talkKind", c.kind() == null ? null : c.kind().name());
            out.put("talkConfidence", Math.round(c.confidence() * 1000) / 1000.0);
            out.putArray("flags");
        }
        out.set("evidence", evidence(coded));
        return out;
    }

    /**
     * Counselor: one entry per utterance {start, end, text, code, rule, explanation, spans}, where start/end
     * is the utterance and spans the words that decided its code. Client: one entry {start, end, text, rule,
     * explanation, spans}, where start/end covers the deciding words (the whole turn if none are given).
     */
    public static JsonNode evidence(CodedTurn coded) {
        String text = coded.turn().text();
        if (coded instanceof CounselorCoding c) {
            ArrayNode list = JSON.arrayNode();
            for (Utterance u : c.utterances()) {
                ObjectNode e = span(u.span(), text);
                e.put("code", u.code().name());
                e.put("confidence", u.confidence());
                reasons(e, u.evidence(), text);
                list.add(e);
            }
            return list;
        }
        ClientCoding c = (ClientCoding) coded;
        List<Span> spans = c.evidence().spans();
        Span cover = spans.isEmpty() ? new Span(0, text.length())
                : new Span(spans.stream().mapToInt(Span::start).min().orElseThrow(),
                           spans.stream().mapToInt(Span::end).max().orElseThrow());
        ObjectNode e = span(cover, text);
        reasons(e, c.evidence(), text);
        return e;
    }

    /** The code names of a counselor turn's utterances, for callers that report them on their own. */
    public static ArrayNode codes(CounselorCoding c) {
        ArrayNode codes = JSON.arrayNode();
        c.codes().stream().map(Code::name).forEach(codes::add);
        return codes;
    }

    private static void reasons(ObjectNode e, Evidence evidence, String text) {
        e.put("rule", evidence.rule());
        e.put("explanation", evidence.explanation());
        ArrayNode spans = e.putArray("spans");
        evidence.spans().forEach(s -> spans.add(span(s, text)));
    }

    private static ObjectNode flag(Flag f, String text) {
        ObjectNode o = JSON.objectNode();
        o.put("kind", f.kind().name());
        o.setAll(span(f.span(), text));
        o.put("explanation", f.explanation());
        return o;
    }

    private static ObjectNode span(Span s, String text) {
        ObjectNode o = JSON.objectNode();
        o.put("start", s.start());
        o.put("end", s.end());
        // a coder bug must not crash the batch: clip a span that runs past the text
        int end = Math.min(s.end(), text.length());
        o.put("text", s.start() <= end ? text.substring(s.start(), end) : "");
        return o;
    }

    static String lower(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }
}
