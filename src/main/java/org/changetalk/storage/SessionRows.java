package org.changetalk.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.changetalk.coding.Code;
import org.changetalk.coding.CounselorCoding;
import org.changetalk.coding.Evidence;
import org.changetalk.coding.Flag;
import org.changetalk.coding.FlagKind;
import org.changetalk.coding.QuestionType;
import org.changetalk.coding.ReflectionDepth;
import org.changetalk.coding.Span;
import org.changetalk.coding.Turn;
import org.changetalk.coding.Utterance;
import org.changetalk.scenario.model.Category;
import org.changetalk.scenario.model.ClientState;
import org.changetalk.scenario.model.ClientTalk;
import org.changetalk.scenario.model.EndKind;
import org.changetalk.scenario.model.Exemplar;
import org.changetalk.scenario.model.Stage;
import org.changetalk.scenario.model.Wire;
import org.changetalk.session.ClientLine;
import org.changetalk.session.Ending;
import org.changetalk.session.Feedback;
import org.changetalk.session.HumanCode;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one place a session's records become stored values and back. Scalars are columns; the lists a turn holds
 * (its codes with their evidence, its flags) and its feedback are JSON in storage's own shape, which nothing
 * outside this class reads or writes: the web API has its own writers, so renaming an API field touches no
 * stored row.
 */
final class SessionRows {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SessionRows() {
    }

    // ---- codes and flags ----

    static String coding(CounselorCoding c) {
        ObjectNode o = MAPPER.createObjectNode();
        ArrayNode codes = o.putArray("codes");
        for (Utterance u : c.utterances()) {
            codes.add(utterance(u));
        }
        o.put("primary", c.primary() == null ? null : c.primary().name());
        o.put("confidence", c.confidence());
        o.put("contested", c.contested());
        ArrayNode flags = o.putArray("flags");
        for (Flag f : c.flags()) {
            ObjectNode fo = flags.addObject();
            fo.put("kind", Wire.name(f.kind()));
            fo.put("start", f.span().start());
            fo.put("end", f.span().end());
            fo.put("explanation", f.explanation());
        }
        return write(o);
    }

    private static ObjectNode utterance(Utterance u) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("code", u.code().name());
        o.put("confidence", u.confidence());
        o.put("question", lower(u.question()));
        o.put("reflection", lower(u.reflection()));
        o.put("start", u.span().start());
        o.put("end", u.span().end());
        Evidence e = u.evidence();
        o.put("rule", e == null ? null : e.rule());
        o.put("explanation", e == null ? null : e.explanation());
        ArrayNode spans = o.putArray("spans");
        if (e != null) {
            e.spans().forEach(s -> spans.addObject().put("start", s.start()).put("end", s.end()));
        }
        return o;
    }

    static CounselorCoding coding(String trainee, String json, String where) {
        JsonNode t = read(json, where);
        List<Utterance> utterances = new ArrayList<>();
        for (JsonNode c : t.path("codes")) {
            List<Span> spans = new ArrayList<>();
            c.path("spans").forEach(s -> spans.add(new Span(s.path("start").asInt(), s.path("end").asInt())));
            Evidence evidence = c.path("explanation").isTextual() && !c.path("explanation").asText().isBlank()
                    ? new Evidence(spans, c.path("rule").asText(""), c.path("explanation").asText()) : null;
            utterances.add(new Utterance(new Span(c.path("start").asInt(), c.path("end").asInt()),
                    Code.valueOf(c.path("code").asText()), upper(QuestionType.class, c.path("question")),
                    upper(ReflectionDepth.class, c.path("reflection")), evidence, confidence(c.path("confidence"))));
        }
        List<Flag> flags = new ArrayList<>();
        for (JsonNode f : t.path("flags")) {
            flags.add(new Flag(FlagKind.valueOf(f.path("kind").asText().toUpperCase(Locale.ROOT)),
                    new Span(f.path("start").asInt(), f.path("end").asInt()), f.path("explanation").asText()));
        }
        Code primary = t.path("primary").isTextual() ? Code.valueOf(t.path("primary").asText()) : null;
        Utterance main = utterances.stream().filter(u -> u.code() == primary).findFirst().orElse(null);
        return new CounselorCoding(Turn.counselor(trainee), utterances, primary,
                main == null ? null : main.question(), main == null ? null : main.reflection(),
                main == null ? null : main.evidence(), flags, confidence(t.path("confidence")), t.path("contested").asBoolean(false));
    }

    /** Turns stored before the coder said how sure it was read as certain, as a person's code would. */
    private static double confidence(JsonNode n) {
        double c = n.isNumber() ? n.asDouble() : 1.0;
        return c >= 0 && c <= 1 ? c : 1.0;
    }

    // ---- feedback ----

    static String feedback(Feedback f) {
        if (f == null) {
            return null;
        }
        ObjectNode o = MAPPER.createObjectNode();
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
        return write(o);
    }

    static Feedback feedback(String json, String where) {
        if (json == null) {
            return null;
        }
        JsonNode o = read(json, where);
        JsonNode t = o.path("tryInstead");
        Exemplar e = t.isObject() ? new Exemplar(Wire.parse(Category.class, t.path("skill").asText()).orElse(null),
                t.path("text").asText(), t.path("why").asText()) : null;
        List<String> concerns = new ArrayList<>();
        o.path("concerns").forEach(c -> concerns.add(c.asText()));
        return new Feedback(text(o, "did"), text(o, "why"), e, concerns);
    }

    // ---- human codes ----

    static String humanCodes(List<HumanCode> codes) {
        ArrayNode out = MAPPER.createArrayNode();
        for (HumanCode c : codes) {
            ObjectNode o = out.addObject();
            o.put("code", c.code().name());
            o.put("question", lower(c.question()));
            o.put("reflection", lower(c.reflection()));
        }
        return write(out);
    }

    static List<HumanCode> humanCodes(String json, String where) {
        List<HumanCode> out = new ArrayList<>();
        for (JsonNode c : read(json, where)) {
            out.add(new HumanCode(Code.valueOf(c.path("code").asText()), upper(QuestionType.class, c.path("question")),
                    upper(ReflectionDepth.class, c.path("reflection"))));
        }
        return out;
    }

    // ---- columns ----

    /** A client line from three columns (beat, text, talk); null when the text is null. */
    static ClientLine line(ResultSet r, int beat) throws SQLException {
        String text = r.getString(beat + 1);
        if (text == null) {
            return null;
        }
        ClientTalk talk = Wire.parse(ClientTalk.class, r.getString(beat + 2)).orElse(ClientTalk.NEUTRAL);
        return new ClientLine(r.getString(beat), text, talk);
    }

    static void line(PreparedStatement p, int beat, ClientLine l) throws SQLException {
        p.setString(beat, l == null ? null : l.beat());
        p.setString(beat + 1, l == null ? null : l.text());
        p.setString(beat + 2, l == null ? null : Wire.name(l.talk()));
    }

    /** A state from five columns (engagement, discord, importance, confidence, stage); null when not stored. */
    static ClientState state(ResultSet r, int first) throws SQLException {
        double engagement = r.getDouble(first);
        if (r.wasNull()) {
            return null;
        }
        Stage stage = Wire.parse(Stage.class, r.getString(first + 4)).orElse(null);
        return new ClientState(engagement, r.getDouble(first + 1), r.getDouble(first + 2), r.getDouble(first + 3), stage);
    }

    static void state(PreparedStatement p, int first, ClientState s) throws SQLException {
        if (s == null) {
            for (int i = 0; i < 4; i++) {
                p.setNull(first + i, Types.DOUBLE);
            }
            p.setNull(first + 4, Types.VARCHAR);
            return;
        }
        p.setDouble(first, s.engagement());
        p.setDouble(first + 1, s.discord());
        p.setDouble(first + 2, s.importance());
        p.setDouble(first + 3, s.confidence());
        p.setString(first + 4, s.stage() == null ? null : Wire.name(s.stage()));
    }

    /** An ending from three columns (kind, beat, turn); null when the client did not end the conversation. */
    static Ending ending(ResultSet r, int kind) throws SQLException {
        String k = r.getString(kind);
        if (k == null) {
            return null;
        }
        EndKind endKind = Wire.parse(EndKind.class, k)
                .orElseThrow(() -> new StorageException("unknown ending kind '" + k + "' in practice_sessions", null));
        return new Ending(endKind, r.getString(kind + 1), r.getInt(kind + 2));
    }

    static void ending(PreparedStatement p, int kind, Ending e) throws SQLException {
        p.setString(kind, e == null ? null : Wire.name(e.kind()));
        p.setString(kind + 1, e == null ? null : e.beat());
        if (e == null) {
            p.setNull(kind + 2, Types.INTEGER);
        } else {
            p.setInt(kind + 2, e.turn());
        }
    }

    static <E extends Enum<E>> String wire(E e) {
        return e == null ? null : Wire.name(e);
    }

    // ---- helpers ----

    private static String text(JsonNode o, String field) {
        return o.path(field).isTextual() ? o.path(field).asText() : null;
    }

    private static <E extends Enum<E>> E upper(Class<E> type, JsonNode n) {
        return n.isTextual() ? Enum.valueOf(type, n.asText().toUpperCase(Locale.ROOT)) : null;
    }

    private static String lower(Enum<?> e) {
        return e == null ? null : e.name().toLowerCase(Locale.ROOT);
    }

    private static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private static JsonNode read(String json, String where) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new StorageException(where + ": stored JSON is unreadable: " + e.getOriginalMessage(), e);
        }
    }
}
