package org.changetalk.practice;

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
import org.changetalk.coding.FlagKind;
import org.changetalk.coding.QuestionType;
import org.changetalk.coding.ReflectionDepth;
import org.changetalk.coding.Span;
import org.changetalk.coding.Talk;
import org.changetalk.coding.Turn;
import org.changetalk.coding.Utterance;
import org.changetalk.scenario.Category;
import org.changetalk.scenario.ClientTalk;
import org.changetalk.scenario.Exemplar;
import org.changetalk.scenario.Wire;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A practice turn as the web API shows it (docs/web-api.md, {@code turn}), and back: the stored JSON holds
 * every utterance's code, span and evidence, so a session's MITI summary is computed from the database alone,
 * without replaying the engine against a scenario file that may have changed since.
 */
public final class TurnJson {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    /** The parts of a turn withheld while feedback is "after the session". */
    static final List<String> FEEDBACK_FIELDS = List.of("codes", "primary", "category", "flags", "feedback");

    private TurnJson() {
    }

    public static ObjectNode turn(PracticeTurn t) {
        ObjectNode o = JSON.objectNode();
        o.put("number", t.number());
        o.put("trainee", t.trainee());
        coding(o, t.coding(), t.trainee(), t.category());
        o.set("client", client(t.reply()));
        o.set("state", TranscriptJson.state(t.after()));
        o.set("feedback", feedback(t.feedback()));
        return o;
    }

    /**
     * The coded part of a turn, the same for a practice turn and an imported one: each utterance's code with
     * where it is in the trainee's words and the evidence for it, the primary code, the category and the flags.
     */
    private static void coding(ObjectNode o, CounselorCoding c, String text, Category category) {
        o.set("codes", codes(c, text));
        o.put("primary", c.primary() == null ? null : c.primary().name());
        o.put("confidence", c.confidence());
        o.put("category", Wire.name(category));
        ArrayNode flags = o.putArray("flags");
        for (Flag f : c.flags()) {
            ObjectNode fo = flags.addObject();
            fo.put("kind", Wire.name(f.kind()));
            Span s = clip(f.span(), text);
            fo.put("start", s.start());
            fo.put("end", s.end());
            fo.put("explanation", f.explanation());
        }
    }

    /** Each utterance's code, where it is in the trainee's words, and the evidence for it. */
    static ArrayNode codes(CounselorCoding c, String text) {
        ArrayNode codes = JSON.arrayNode();
        for (Utterance u : c.utterances()) {
            codes.add(code(u, text));
        }
        return codes;
    }

    private static ObjectNode code(Utterance u, String text) {
        ObjectNode co = JSON.objectNode();
        co.put("code", u.code().name());
        co.put("confidence", u.confidence());
        co.put("question", lower(u.question()));
        co.put("reflection", lower(u.reflection()));
        Span s = clip(u.span(), text);
        co.put("start", s.start());
        co.put("end", s.end());
        co.put("rule", u.evidence() == null ? null : u.evidence().rule());
        co.put("explanation", u.evidence() == null ? null : u.evidence().explanation());
        ArrayNode spans = co.putArray("spans");
        if (u.evidence() != null) {
            u.evidence().spans().forEach(e -> spans.add(span(clip(e, text))));
        }
        return co;
    }

    public static ObjectNode client(ClientLine l) {
        ObjectNode o = JSON.objectNode();
        o.put("text", l.text());
        o.put("talk", Wire.name(l.talk()));
        o.put("beat", l.beat());
        return o;
    }

    public static ObjectNode feedback(Feedback f) {
        ObjectNode o = JSON.objectNode();
        o.put("did", f.did());
        o.put("why", f.why());
        Exemplar e = f.tryInstead();
        if (e == null) {
            o.putNull("tryInstead");
        } else {
            ObjectNode t = o.putObject("tryInstead");
            t.put("skill", Wire.name(e.skill()));
            t.put("text", e.text());
            t.put("why", e.why());
        }
        ArrayNode concerns = o.putArray("concerns");
        f.concerns().forEach(concerns::add);
        return o;
    }

    /** A copy with the codes and feedback set to null, for "after the session" feedback. */
    public static ObjectNode withheld(JsonNode turn) {
        ObjectNode o = ((ObjectNode) turn).deepCopy();
        FEEDBACK_FIELDS.forEach(o::putNull);
        return o;
    }

    /**
     * The coded conversation a stored session represents: the opening, then each response and reply. An
     * imported transcript may have no opening and turns without a reply (null there): those are skipped.
     */
    public static List<CodedTurn> coded(JsonNode opening, List<JsonNode> turns) {
        List<CodedTurn> out = new ArrayList<>();
        if (hasText(opening)) {
            out.add(clientCoding(opening));
        }
        for (JsonNode t : turns) {
            out.add(counselorCoding(t));
            if (hasText(t.get("client"))) {
                out.add(clientCoding(t.get("client")));
            }
        }
        return out;
    }

    private static boolean hasText(JsonNode line) {
        return line != null && line.path("text").isTextual();
    }

    /**
     * A turn of an imported transcript, in the shape of a practice turn: the coder's codes, category and
     * flags; the client's reply as the coder heard it (null when the counselor spoke twice in a row); no
     * simulated state and no feedback.
     */
    public static ObjectNode imported(int number, CounselorCoding coding, Category previous, ClientCoding reply) {
        String text = coding.turn().text();
        ObjectNode o = JSON.objectNode();
        o.put("number", number);
        o.put("trainee", text);
        coding(o, coding, text, Categorizer.categorize(coding, previous));
        if (reply == null) {
            o.putNull("client");
        } else {
            ObjectNode c = o.putObject("client");
            c.put("text", reply.turn().text());
            c.put("talk", reply.talk().name().toLowerCase(Locale.ROOT));
            c.putNull("beat");
        }
        o.putNull("state");
        o.putNull("feedback");
        return o;
    }

    static CounselorCoding counselorCoding(JsonNode t) {
        String text = t.path("trainee").asText();
        List<Utterance> utterances = new ArrayList<>();
        for (JsonNode c : t.path("codes")) {
            List<Span> spans = new ArrayList<>();
            c.path("spans").forEach(s -> spans.add(new Span(s.path("start").asInt(), s.path("end").asInt())));
            Evidence evidence = c.path("explanation").isTextual() && !c.path("explanation").asText().isBlank()
                    ? new Evidence(spans, c.path("rule").asText(""), c.path("explanation").asText()) : null;
            utterances.add(new Utterance(new Span(c.path("start").asInt(), c.path("end").asInt()),
                    Code.valueOf(c.path("code").asText()), upper(QuestionType.class, c.path("question")),
                    upper(ReflectionDepth.class, c.path("reflection")), evidence,
                    confidence(c.path("confidence"))));
        }
        List<Flag> flags = new ArrayList<>();
        for (JsonNode f : t.path("flags")) {
            flags.add(new Flag(FlagKind.valueOf(f.path("kind").asText().toUpperCase(Locale.ROOT)),
                    new Span(f.path("start").asInt(), f.path("end").asInt()), f.path("explanation").asText()));
        }
        Code primary = t.path("primary").isTextual() ? Code.valueOf(t.path("primary").asText()) : null;
        Utterance main = utterances.stream().filter(u -> u.code() == primary).findFirst().orElse(null);
        return new CounselorCoding(Turn.counselor(text), utterances, primary,
                main == null ? null : main.question(), main == null ? null : main.reflection(),
                main == null ? null : main.evidence(), flags, confidence(t.path("confidence")), false);
    }

    /** Turns stored before the coder said how sure it was read as certain, as a person's code would. */
    private static double confidence(JsonNode n) {
        double c = n.isNumber() ? n.asDouble() : 1.0;
        return c >= 0 && c <= 1 ? c : 1.0;
    }

    /** The scenario author labelled each client line; discord is about the relationship, so MITI counts it as neither. */
    static ClientCoding clientCoding(JsonNode line) {
        ClientTalk talk = Wire.parse(ClientTalk.class, line.path("talk").asText()).orElse(ClientTalk.NEUTRAL);
        Talk miti = switch (talk) {
            case CHANGE -> Talk.CHANGE;
            case SUSTAIN -> Talk.SUSTAIN;
            case NEUTRAL, DISCORD -> Talk.NEUTRAL;
        };
        return new ClientCoding(Turn.client(line.path("text").asText()), miti, null,
                new Evidence(List.of(), "scenario", "The scenario marks this line as " + Wire.name(talk) + " talk."));
    }

    private static <E extends Enum<E>> E upper(Class<E> type, JsonNode n) {
        return n.isTextual() ? Enum.valueOf(type, n.asText().toUpperCase(Locale.ROOT)) : null;
    }

    private static ObjectNode span(Span s) {
        ObjectNode o = JSON.objectNode();
        o.put("start", s.start());
        o.put("end", s.end());
        return o;
    }

    /** Spans index into the trainee's text; a coder's off-by-one must not send the front end past its end. */
    private static Span clip(Span s, String text) {
        int start = Math.min(s.start(), text.length());
        return new Span(start, Math.max(start, Math.min(s.end(), text.length())));
    }

    private static String lower(Enum<?> e) {
        return e == null ? null : e.name().toLowerCase(Locale.ROOT);
    }
}
