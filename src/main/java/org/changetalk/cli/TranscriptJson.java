package org.changetalk.cli;

import org.changetalk.session.Feedback;
import org.changetalk.session.Ending;
import org.changetalk.session.ClientLine;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.changetalk.coding.CounselorCoding;
import org.changetalk.coding.Flag;
import org.changetalk.coding.Span;
import org.changetalk.coding.Utterance;
import org.changetalk.practice.DrillAttempt;
import org.changetalk.practice.DrillSession;
import org.changetalk.practice.PracticeTurn;
import org.changetalk.practice.Transcript;
import org.changetalk.scenario.model.ClientState;
import org.changetalk.scenario.model.Exemplar;
import org.changetalk.scenario.model.Wire;
import org.changetalk.web.TurnJson;

import java.util.List;

/**
 * Sessions as JSON, for {@code practice --json} (the CLI's transcript format; the web API's turn is
 * {@link TurnJson}, whose client-state writer this shares). Codes keep their MITI names as the
 * coder writes them (COMPLEX_REFLECTION); everything the scenario format names is lower snake case.
 */
public final class TranscriptJson {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private TranscriptJson() {
    }

    public static ObjectNode conversation(Transcript t) {
        ObjectNode root = JSON.objectNode();
        root.put("scenario", t.scenario());
        root.put("kind", "conversation");
        root.put("seed", t.seed());
        root.set("start", state(t.start()));
        root.set("opening", line(t.opening()));
        ArrayNode turns = root.putArray("turns");
        for (PracticeTurn turn : t.turns()) {
            ObjectNode o = turns.addObject();
            o.put("turn", turn.number());
            o.put("trainee", turn.trainee());
            o.put("answered", turn.answered());
            o.put("category", Wire.name(turn.category()));
            coding(o, turn.trainee(), turn.coding());
            o.set("client", line(turn.reply()));
            o.put("talk", Wire.name(turn.reply().talk()));
            o.set("state", state(turn.after()));
            o.set("feedback", feedback(turn.feedback()));
        }
        root.set("ending", ending(t.ending(), t.turns().size()));
        return root;
    }

    public static ObjectNode drill(String drillId, List<DrillAttempt> attempts, DrillSession session) {
        ObjectNode root = JSON.objectNode();
        root.put("scenario", drillId);
        root.put("kind", "drill");
        ArrayNode out = root.putArray("attempts");
        for (DrillAttempt a : attempts) {
            ObjectNode o = out.addObject();
            o.put("attempt", a.number());
            o.put("level", Wire.name(a.level()));
            o.put("item", a.item().id());
            o.put("client", a.item().client());
            o.put("trainee", a.response());
            o.put("category", Wire.name(a.category()));
            coding(o, a.response(), a.coding());
            o.put("success", a.success());
            o.set("feedback", feedback(a.feedback()));
            o.put("level_after", Wire.name(a.levelAfter()));
        }
        root.put("level", Wire.name(session.level()));
        root.put("mastered", session.isMastered());
        return root;
    }

    private static ObjectNode state(ClientState s) {
        return TurnJson.state(s);
    }

    private static void coding(ObjectNode o, String text, CounselorCoding c) {
        o.put("primary", c.primary() == null ? null : c.primary().name());
        o.put("confidence", c.confidence());
        ArrayNode codes = o.putArray("codes");
        c.codes().forEach(code -> codes.add(code.name()));
        ArrayNode utterances = o.putArray("utterances");
        for (Utterance u : c.utterances()) {
            ObjectNode uo = utterances.addObject();
            uo.put("text", quote(text, u.span()));
            uo.put("code", u.code().name());
            uo.put("confidence", u.confidence());
            uo.put("rule", u.evidence() == null ? null : u.evidence().rule());
            uo.put("explanation", u.evidence() == null ? null : u.evidence().explanation());
        }
        ArrayNode flags = o.putArray("flags");
        for (Flag f : c.flags()) {
            ObjectNode fo = flags.addObject();
            fo.put("kind", Wire.name(f.kind()));
            fo.put("text", quote(text, f.span()));
            fo.put("explanation", f.explanation());
        }
        if (c.primaryEvidence() != null) {
            ObjectNode ev = o.putObject("evidence");
            ev.put("rule", c.primaryEvidence().rule());
            ev.put("explanation", c.primaryEvidence().explanation());
            ArrayNode spans = ev.putArray("quotes");
            c.primaryEvidence().spans().forEach(s -> spans.add(quote(text, s)));
        }
    }

    private static ObjectNode line(ClientLine l) {
        ObjectNode o = JSON.objectNode();
        o.put("beat", l.beat());
        o.put("text", l.text());
        o.put("talk", Wire.name(l.talk()));
        o.put("move", Wire.name(l.move()));
        o.put("why", l.why());
        return o;
    }

    private static ObjectNode feedback(Feedback f) {
        ObjectNode o = JSON.objectNode();
        o.put("did", f.did());
        o.put("why", f.why());
        Exemplar e = f.tryInstead();
        if (e != null) {
            ObjectNode t = o.putObject("try_instead");
            t.put("skill", Wire.name(e.skill()));
            t.put("text", e.text());
            t.put("why", e.why());
        }
        ArrayNode concerns = o.putArray("concerns");
        f.concerns().forEach(concerns::add);
        return o;
    }

    private static JsonNode ending(Ending e, int turns) {
        ObjectNode o = JSON.objectNode();
        if (e == null) {
            o.put("kind", "none");
            o.put("turn", turns);
        } else {
            o.put("kind", Wire.name(e.kind()));
            o.put("beat", e.beat());
            o.put("turn", e.turn());
        }
        return o;
    }

    /** The quoted words, clipped to the text so a coder's off-by-one can never crash the output. */
    private static String quote(String text, Span span) {
        int start = Math.min(span.start(), text.length());
        int end = Math.min(Math.max(span.end(), start), text.length());
        return text.substring(start, end);
    }
}
