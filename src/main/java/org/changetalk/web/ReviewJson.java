package org.changetalk.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.changetalk.review.CodeInput;
import org.changetalk.review.CommentView;
import org.changetalk.review.ContestView;
import org.changetalk.review.Imported;
import org.changetalk.review.Review;
import org.changetalk.review.ReviewTurn;
import org.changetalk.scenario.model.Wire;
import org.changetalk.session.CodeSource;
import org.changetalk.session.Scored;
import org.changetalk.session.SessionInfo;
import org.changetalk.session.SessionTurn;
import org.changetalk.storage.ContestRepository.Contest;
import org.changetalk.storage.ReviewRepository.Comment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Reviews, recodes, comments, contests and imports as the web API writes them (docs/web-api.md, "Review" on). */
final class ReviewJson {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private ReviewJson() {
    }

    /** {@code {session, codes, canRecode, canComment, opening, turns, report, comments}}. */
    static ObjectNode review(Review r) {
        SessionInfo s = r.session();
        Scored scored = r.scored();
        ObjectNode o = JSON.objectNode();
        ObjectNode session = o.putObject("session");
        session.put("id", s.id());
        session.put("kind", s.kind());
        session.put("scenarioId", s.scenarioId());
        session.put("title", s.title());
        session.set("owner", UserJson.orNull(r.owner()));
        session.put("startedAt", SessionJson.time(s.startedAt()));
        session.put("finishedAt", SessionJson.time(s.finishedAt()));
        o.put("codes", scored.source() == CodeSource.WITH_RECODES ? "human" : "auto");
        o.put("canRecode", r.canRecode());
        o.put("canComment", r.canComment());
        if (s.opening() != null) {
            ObjectNode op = o.putObject("opening");
            op.put("text", s.opening().text());
            op.put("talk", Wire.name(s.opening().talk()));
        } else {
            o.putNull("opening");
        }
        ArrayNode turns = o.putArray("turns");
        r.turns().forEach(t -> turns.add(turn(t)));
        ObjectNode report = o.putObject("report");
        report.set("summary", SessionJson.summary(scored.summary()));
        report.set("thresholds", SessionJson.thresholds());
        report.set("talk", SessionJson.talk(scored.talk()));
        report.set("outcome", SessionJson.outcome(scored.outcome()));
        o.set("comments", comments(r.comments()));
        return o;
    }

    /** {@code {number, trainee, auto, review, human, category, client, state}}. */
    static ObjectNode turn(ReviewTurn rt) {
        SessionTurn t = rt.turn();
        ObjectNode full = TurnJson.turn(t);
        ObjectNode o = JSON.objectNode();
        o.put("number", t.number());
        o.put("trainee", t.trainee());
        ObjectNode auto = o.putObject("auto");
        auto.set("codes", full.get("codes"));
        auto.set("primary", full.get("primary"));
        auto.set("confidence", full.get("confidence"));
        ObjectNode review = o.putObject("review");
        review.put("status", rt.status());
        review.put("version", rt.recode() == null ? 0 : rt.recode().version());
        review.set("by", rt.recode() == null ? JSON.nullNode() : UserJson.orNull(rt.by()));
        review.put("at", rt.recode() == null ? null : SessionJson.time(rt.recode().at()));
        if (rt.human() == null) {
            o.putNull("human");
        } else {
            ObjectNode h = o.putObject("human");
            ArrayNode codes = TurnJson.codes(rt.human(), t.trainee());
            // a reviewer codes the whole turn: no rule fired, no words decided it
            codes.forEach(c -> ((ObjectNode) c).put("rule", "human"));
            h.set("codes", codes);
            h.set("primary", codes.isEmpty() ? JSON.nullNode() : codes.get(0).get("code"));
            h.set("by", UserJson.orNull(rt.by()));
            h.put("at", SessionJson.time(rt.recode().at()));
        }
        o.set("category", full.get("category"));
        if (t.reply() != null) {
            ObjectNode c = o.putObject("client");
            c.put("text", t.reply().text());
            c.put("talk", Wire.name(t.reply().talk()));
        } else {
            o.putNull("client");
        }
        o.set("state", full.get("state"));
        return o;
    }

    static ArrayNode comments(List<CommentView> cs) {
        ArrayNode out = JSON.arrayNode();
        cs.forEach(c -> out.add(comment(c)));
        return out;
    }

    /** {@code {id, turn, parentId, author, text, createdAt}}. */
    static ObjectNode comment(CommentView v) {
        Comment c = v.comment();
        ObjectNode o = JSON.objectNode();
        o.put("id", c.id());
        o.put("turn", c.turn());
        o.put("parentId", c.parentId());
        o.set("author", UserJson.orNull(v.author()));
        o.put("text", c.text());
        o.put("createdAt", Instant.ofEpochMilli(c.createdAt()).toString());
        return o;
    }

    /** {@code {id, sessionId, sessionTitle, turn, trainee, autoCode, meantCode, note, createdAt, by, status, ...}}. */
    static ObjectNode contest(ContestView v) {
        Contest k = v.contest();
        ObjectNode o = JSON.objectNode();
        o.put("id", k.id());
        o.put("sessionId", k.sessionId());
        o.put("sessionTitle", v.sessionTitle());
        o.put("turn", k.number());
        if (v.trainee() != null) {
            o.put("trainee", v.trainee());
        }
        o.put("autoCode", k.autoCode());
        o.put("meantCode", k.meantCode());
        o.put("note", k.note());
        o.put("createdAt", Instant.ofEpochMilli(k.createdAt()).toString());
        o.set("by", UserJson.orNull(v.by()));
        o.put("status", k.open() ? "open" : "settled");
        o.put("outcome", k.outcome());
        o.put("answer", k.answer());
        o.set("settledBy", UserJson.orNull(v.settledBy()));
        o.put("settledAt", k.settledAt() == null ? null : Instant.ofEpochMilli(k.settledAt()).toString());
        return o;
    }

    static ArrayNode contests(List<ContestView> vs) {
        ArrayNode out = JSON.arrayNode();
        vs.forEach(v -> out.add(contest(v)));
        return out;
    }

    /** {@code {id, kind, title, status, turns}}: an imported transcript, now a finished session. */
    static ObjectNode imported(Imported i) {
        ObjectNode o = JSON.objectNode();
        o.put("id", i.id());
        o.put("kind", SessionInfo.IMPORTED);
        o.put("title", i.title());
        o.put("status", SessionInfo.FINISHED);
        o.put("turns", i.turns());
        return o;
    }

    /**
     * A reviewer's {@code codes} as sent, for the review service to check: null when not an array (the service
     * says what it should be); an element that is not an object, or whose code is not text, has a null code.
     */
    static List<CodeInput> codeInputs(JsonNode codes) {
        if (codes == null || !codes.isArray()) {
            return null;
        }
        List<CodeInput> out = new ArrayList<>();
        for (JsonNode c : codes) {
            boolean named = c.isObject() && c.path("code").isTextual();
            out.add(new CodeInput(named ? c.path("code").asText() : null, c.path("question").asText("")));
        }
        return out;
    }
}
