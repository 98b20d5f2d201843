package org.changetalk.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.changetalk.account.Tokens;
import org.changetalk.account.User;
import org.changetalk.account.UserJson;
import org.changetalk.cohort.Scoring;
import org.changetalk.cohort.SessionAccess;
import org.changetalk.coding.Code;
import org.changetalk.practice.Reports;
import org.changetalk.storage.PracticeRepository.StoredSession;
import org.changetalk.storage.ReviewRepository;
import org.changetalk.storage.ReviewRepository.Comment;
import org.changetalk.storage.ReviewRepository.Recode;
import org.changetalk.account.UserRepository;
import org.changetalk.refusal.Refusal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;

/** The review of a finished session: transcript with both codings, summary, recodes and comments. */
public final class ReviewService {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    static final int MAX_COMMENT = 2000;
    static final int MAX_CODES = 10;

    private final SessionAccess access;
    private final Scoring scoring;
    private final ReviewRepository reviews;
    private final UserRepository users;
    private final SecureRandom random;
    private final Clock clock;

    public ReviewService(SessionAccess access, Scoring scoring, ReviewRepository reviews, UserRepository users,
                         SecureRandom random, Clock clock) {
        this.access = access;
        this.scoring = scoring;
        this.reviews = reviews;
        this.users = users;
        this.random = random;
        this.clock = clock;
    }

    public ObjectNode review(User actor, String sessionId, boolean human) {
        StoredSession s = access.finishedReviewable(actor, sessionId);
        return review(actor, s, scoring.score(s, human));
    }

    ObjectNode review(User actor, StoredSession s, Scoring.Scored scored) {
        ObjectNode o = JSON.objectNode();
        ObjectNode session = o.putObject("session");
        session.put("id", s.id());
        session.put("kind", s.kind());
        session.put("scenarioId", s.scenarioId());
        session.put("title", s.title());
        session.set("owner", user(s.userId()));
        session.put("startedAt", Instant.ofEpochMilli(s.startedAt()).toString());
        session.put("finishedAt", s.finishedAt() == null ? null : Instant.ofEpochMilli(s.finishedAt()).toString());
        o.put("codes", scored.human() ? "human" : "auto");
        o.put("canRecode", access.canRecode(actor, s));
        o.put("canComment", true);
        JsonNode opening = scored.opening();
        if (opening.path("text").isTextual()) {
            ObjectNode op = o.putObject("opening");
            op.set("text", opening.get("text"));
            op.set("talk", opening.get("talk"));
        } else {
            o.putNull("opening");
        }
        ArrayNode turns = o.putArray("turns");
        int change = 0, sustain = 0, neutral = 0, discord = 0;
        for (JsonNode t : scored.turns()) {
            turns.add(reviewTurn(t, scored.recodes().get(t.path("number").asInt())));
            switch (t.path("client").path("talk").asText("")) {
                case "change" -> change++;
                case "sustain" -> sustain++;
                case "discord" -> discord++;
                case "neutral" -> neutral++;
                default -> { } // no reply
            }
        }
        ObjectNode report = o.putObject("report");
        report.set("summary", Reports.summary(scored.summary()));
        report.set("thresholds", Reports.thresholds());
        ObjectNode talk = report.putObject("talk");
        talk.put("change", change);
        talk.put("sustain", sustain);
        talk.put("neutral", neutral);
        talk.put("discord", discord);
        o.set("comments", comments(s));
        return o;
    }

    ObjectNode reviewTurn(JsonNode t, Recode r) {
        ObjectNode o = JSON.objectNode();
        o.put("number", t.path("number").asInt());
        o.set("trainee", t.get("trainee"));
        ObjectNode auto = o.putObject("auto");
        auto.set("codes", t.get("codes"));
        auto.set("primary", t.get("primary"));
        if (r == null) {
            o.putNull("human");
        } else {
            ObjectNode h = o.putObject("human");
            ArrayNode codes = Scoring.humanCodes(r, t.path("trainee").asText());
            h.set("codes", codes);
            h.set("primary", codes.isEmpty() ? JSON.nullNode() : codes.get(0).get("code"));
            h.set("by", user(r.by()));
            h.put("at", Instant.ofEpochMilli(r.at()).toString());
        }
        o.set("category", t.get("category"));
        JsonNode client = t.path("client");
        if (client.path("text").isTextual()) {
            ObjectNode c = o.putObject("client");
            c.set("text", client.get("text"));
            c.set("talk", client.get("talk"));
        } else {
            o.putNull("client");
        }
        o.set("state", t.path("state").isObject() ? t.get("state") : JSON.nullNode());
        return o;
    }

    public ObjectNode recode(User actor, String sessionId, int number, JsonNode codes) {
        StoredSession s = recodable(actor, sessionId);
        JsonNode turn = turn(s, number);
        reviews.recode(new Recode(s.id(), number, validCodes(codes).toString(), actor.id(), clock.millis()));
        Recode stored = reviews.recodes(s.id()).stream().filter(r -> r.number() == number).findFirst().orElseThrow();
        return reviewTurn(turn, stored);
    }

    public void clearRecode(User actor, String sessionId, int number) {
        StoredSession s = recodable(actor, sessionId);
        turn(s, number);
        reviews.clearRecode(s.id(), number);
    }

    public ArrayNode comments(User actor, String sessionId) {
        return comments(access.finishedReviewable(actor, sessionId));
    }

    public ObjectNode comment(User actor, String sessionId, int turn, String text, String parentId) {
        StoredSession s = access.finishedReviewable(actor, sessionId);
        if (turn < 0 || turn > s.turnCount()) {
            throw Refusal.invalid("turn: must be from 0 to " + s.turnCount() + ".");
        }
        if (text.isBlank() || text.length() > MAX_COMMENT) {
            throw Refusal.invalid("text: 1–" + MAX_COMMENT + " characters.");
        }
        if (parentId != null) {
            Comment parent = reviews.comment(parentId).orElse(null);
            if (parent == null || !parent.sessionId().equals(s.id()) || parent.turn() != turn) {
                throw Refusal.invalid("parentId: no comment '" + parentId + "' on turn " + turn + " of this session.");
            }
        }
        Comment c = new Comment(Tokens.random(random, 12), s.id(), turn, parentId, actor.id(), text, clock.millis());
        reviews.addComment(c);
        return comment(c);
    }

    private ArrayNode comments(StoredSession s) {
        ArrayNode out = JSON.arrayNode();
        reviews.comments(s.id()).forEach(c -> out.add(comment(c)));
        return out;
    }

    private ObjectNode comment(Comment c) {
        ObjectNode o = JSON.objectNode();
        o.put("id", c.id());
        o.put("turn", c.turn());
        o.put("parentId", c.parentId());
        o.set("author", user(c.authorId()));
        o.put("text", c.text());
        o.put("createdAt", Instant.ofEpochMilli(c.createdAt()).toString());
        return o;
    }

    private StoredSession recodable(User actor, String sessionId) {
        StoredSession s = access.finishedReviewable(actor, sessionId);
        if (!access.canRecode(actor, s)) {
            throw Refusal.forbidden("Only the trainee's instructors recode turns.");
        }
        return s;
    }

    private JsonNode turn(StoredSession s, int number) {
        return scoring.score(s, false).turns().stream().filter(t -> t.path("number").asInt() == number).findFirst()
                .orElseThrow(() -> Refusal.notFound("No turn " + number + " in this session."));
    }

    /**
     * Checks a reviewer's codes and normalises them: a question says open or closed; a reflection's depth
     * follows from its code, so the two can never disagree.
     */
    static ArrayNode validCodes(JsonNode codes) {
        if (codes == null || !codes.isArray() || codes.isEmpty() || codes.size() > MAX_CODES) {
            throw Refusal.invalid("codes: an array of 1–" + MAX_CODES + " codes.");
        }
        ArrayNode out = JSON.arrayNode();
        for (int i = 0; i < codes.size(); i++) {
            JsonNode c = codes.get(i);
            String field = "codes[" + i + "]";
            if (!c.isObject() || !c.path("code").isTextual()) {
                throw Refusal.invalid(field + ".code: required.");
            }
            String name = c.path("code").asText();
            Code code = Arrays.stream(Code.values()).filter(x -> x.name().equals(name)).findFirst()
                    .orElseThrow(() -> Refusal.invalid(field + ".code: must be one of "
                            + String.join(", ", Arrays.stream(Code.values()).map(Code::name).toList()) + ", not '" + name + "'."));
            ObjectNode o = out.addObject();
            o.put("code", code.name());
            if (code == Code.QUESTION) {
                String q = c.path("question").asText("");
                if (!q.equals("open") && !q.equals("closed")) {
                    throw Refusal.invalid(field + ".question: \"open\" or \"closed\" for a QUESTION.");
                }
                o.put("question", q);
            } else {
                o.putNull("question");
            }
            o.put("reflection", code.isReflection() ? code.name().split("_")[0].toLowerCase(Locale.ROOT) : null);
        }
        return out;
    }

    private JsonNode user(String id) {
        return users.byId(id).map(u -> (JsonNode) UserJson.of(u)).orElse(JSON.nullNode());
    }
}
