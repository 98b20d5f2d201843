package org.changetalk.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.changetalk.coding.CounselorCoding;
import org.changetalk.coding.Flag;
import org.changetalk.coding.Span;
import org.changetalk.coding.Utterance;
import org.changetalk.practice.PracticeTurn;
import org.changetalk.scenario.model.ClientState;
import org.changetalk.scenario.model.Category;
import org.changetalk.scenario.model.Exemplar;
import org.changetalk.scenario.model.Wire;
import org.changetalk.session.ClientLine;
import org.changetalk.session.Ending;
import org.changetalk.session.Feedback;
import org.changetalk.session.SessionTurn;

import java.util.List;
import java.util.Locale;

/**
 * The one writer of a turn as the web API shows it (docs/web-api.md, {@code turn}), for practice, playtests,
 * reviews and drills alike. It writes records; nothing reads this JSON back (storage keeps its own format).
 */
public final class TurnJson {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    /** The parts of a turn withheld while feedback is "after the session". */
    static final List<String> FEEDBACK_FIELDS = List.of("codes", "primary", "confidence", "category", "flags", "feedback");

    private TurnJson() {
    }

    public static ObjectNode turn(PracticeTurn t) {
        return turn(t.stored());
    }

    public static ObjectNode turn(SessionTurn t) {
        ObjectNode o = JSON.objectNode();
        o.put("number", t.number());
        o.put("trainee", t.trainee());
        coding(o, t.coding(), t.trainee(), t.category());
        o.set("client", t.reply() == null ? JSON.nullNode() : client(t.reply()));
        o.set("state", t.state() == null ? JSON.nullNode() : state(t.state()));
        o.set("feedback", t.feedback() == null ? JSON.nullNode() : feedback(t.feedback()));
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
        o.put("category", category == null ? null : Wire.name(category));
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
    public static ArrayNode codes(CounselorCoding c, String text) {
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
    public static ObjectNode withheld(ObjectNode turn) {
        ObjectNode o = turn.deepCopy();
        FEEDBACK_FIELDS.forEach(o::putNull);
        return o;
    }

    /** The client's state: {engagement, discord, importance, confidence, stage}; the CLI transcript writes it so too. */
    public static ObjectNode state(ClientState s) {
        ObjectNode o = JSON.objectNode();
        o.put("engagement", s.engagement());
        o.put("discord", s.discord());
        o.put("importance", s.importance());
        o.put("confidence", s.confidence());
        o.put("stage", Wire.name(s.stage()));
        return o;
    }

    /** How the client ended the conversation: {kind, beat, turn}. */
    public static ObjectNode ending(Ending e) {
        ObjectNode o = JSON.objectNode();
        o.put("kind", Wire.name(e.kind()));
        o.put("beat", e.beat());
        o.put("turn", e.turn());
        return o;
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
