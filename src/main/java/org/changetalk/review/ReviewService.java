package org.changetalk.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.changetalk.account.Tokens;
import org.changetalk.account.User;
import org.changetalk.account.UserJson;
import org.changetalk.account.UserRepository;
import org.changetalk.coding.Code;
import org.changetalk.coding.QuestionType;
import org.changetalk.coding.ReflectionDepth;
import org.changetalk.cohort.SessionAccess;
import org.changetalk.practice.SessionJson;
import org.changetalk.practice.SessionScores;
import org.changetalk.practice.TurnJson;
import org.changetalk.refusal.Refusal;
import org.changetalk.scenario.Wire;
import org.changetalk.session.CodeSource;
import org.changetalk.session.HumanCode;
import org.changetalk.session.Recode;
import org.changetalk.session.Scored;
import org.changetalk.session.SessionInfo;
import org.changetalk.session.SessionScorer;
import org.changetalk.session.SessionTurn;
import org.changetalk.session.Verdict;
import org.changetalk.storage.PracticeRepository;
import org.changetalk.storage.ReviewRepository.Comment;
import org.changetalk.storage.ReviewRepository;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The review of a finished session: transcript with both codings, summary, recodes and comments. */
public final class ReviewService {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    static final int MAX_COMMENT = 2000;
    static final int MAX_CODES = 10;

    private final SessionAccess access;
    private final SessionScores scoring;
    private final PracticeRepository sessions;
    private final ReviewRepository reviews;
    private final UserRepository users;
    private final SecureRandom random;
    private final Clock clock;

    public ReviewService(SessionAccess access, SessionScores scoring, PracticeRepository sessions, ReviewRepository reviews,
                         UserRepository users, SecureRandom random, Clock clock) {
        this.access = access;
        this.scoring = scoring;
        this.sessions = sessions;
        this.reviews = reviews;
        this.users = users;
        this.random = random;
        this.clock = clock;
    }

    public ObjectNode review(User actor, String sessionId, boolean human) {
        SessionInfo s = access.finishedReviewable(actor, sessionId);
        return review(actor, s, scoring.score(s, human ? CodeSource.WITH_RECODES : CodeSource.AUTO));
    }

    public ObjectNode review(User actor, SessionInfo s, Scored scored) {
        ObjectNode o = JSON.objectNode();
        ObjectNode session = o.putObject("session");
        session.put("id", s.id());
        session.put("kind", s.kind());
        session.put("scenarioId", s.scenarioId());
        session.put("title", s.title());
        session.set("owner", user(s.userId()));
        session.put("startedAt", SessionJson.time(s.startedAt()));
        session.put("finishedAt", SessionJson.time(s.finishedAt()));
        o.put("codes", scored.source() == CodeSource.WITH_RECODES ? "human" : "auto");
        o.put("canRecode", access.canRecode(actor, s));
        o.put("canComment", true);
        if (s.opening() != null) {
            ObjectNode op = o.putObject("opening");
            op.put("text", s.opening().text());
            op.put("talk", Wire.name(s.opening().talk()));
        } else {
            o.putNull("opening");
        }
        ArrayNode turns = o.putArray("turns");
        for (SessionTurn t : scored.session().turns()) {
            turns.add(reviewTurn(t, scored.recodes().get(t.number())));
        }
        ObjectNode report = o.putObject("report");
        report.set("summary", SessionJson.summary(scored.summary()));
        report.set("thresholds", SessionJson.thresholds());
        report.set("talk", SessionJson.talk(scored.talk()));
        report.set("outcome", SessionJson.outcome(scored.outcome()));
        o.set("comments", comments(s));
        return o;
    }

    ObjectNode reviewTurn(SessionTurn t, Recode r) {
        ObjectNode full = TurnJson.turn(t);
        ObjectNode o = JSON.objectNode();
        o.put("number", t.number());
        o.put("trainee", t.trainee());
        ObjectNode auto = o.putObject("auto");
        auto.set("codes", full.get("codes"));
        auto.set("primary", full.get("primary"));
        auto.set("confidence", full.get("confidence"));
        ObjectNode review = o.putObject("review");
        review.put("status", r == null ? "unreviewed" : r.agrees() ? "agreed" : "recoded");
        review.put("version", r == null ? 0 : r.version());
        review.set("by", r == null ? JSON.nullNode() : user(r.by()));
        review.put("at", r == null ? null : SessionJson.time(r.at()));
        if (r == null || r.agrees()) {
            o.putNull("human");
        } else {
            ObjectNode h = o.putObject("human");
            ArrayNode codes = TurnJson.codes(SessionScorer.human(r, t), t.trainee());
            // a reviewer codes the whole turn: no rule fired, no words decided it
            codes.forEach(c -> ((ObjectNode) c).put("rule", "human"));
            h.set("codes", codes);
            h.set("primary", codes.isEmpty() ? JSON.nullNode() : codes.get(0).get("code"));
            h.set("by", user(r.by()));
            h.put("at", SessionJson.time(r.at()));
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

    /**
     * Recodes a turn. {@code seen} is the version of the turn's review the reviewer saw (0: none; negative: not
     * sent, no check): another reviewer's newer review is a 409, never silently overwritten.
     */
    public ObjectNode recode(User actor, String sessionId, int number, JsonNode codes, int seen) {
        SessionInfo s = recodable(actor, sessionId);
        SessionTurn turn = turn(s, number);
        return review(actor, s, turn, validCodes(codes), Verdict.RECODE, seen);
    }

    /** Confirms the automatic codes of a turn ("agree", one click): a review like a recode, for the agreement. */
    public ObjectNode agree(User actor, String sessionId, int number, int seen) {
        SessionInfo s = recodable(actor, sessionId);
        return review(actor, s, turn(s, number), List.of(), Verdict.AGREE, seen);
    }

    private ObjectNode review(User actor, SessionInfo s, SessionTurn turn, List<HumanCode> codes, Verdict verdict,
                              int seen) {
        int number = turn.number();
        try {
            return reviewTurn(turn, reviews.review(s.id(), number, codes, verdict, actor.id(), clock.millis(), seen));
        } catch (ReviewRepository.StaleReview e) {
            throw new Refusal.Conflict("stale", "Someone else reviewed turn " + number + " after you opened it; reload "
                    + "to see their codes, then review again.");
        }
    }

    public void clearRecode(User actor, String sessionId, int number) {
        SessionInfo s = recodable(actor, sessionId);
        turn(s, number);
        reviews.clearRecode(s.id(), number);
    }

    public ArrayNode comments(User actor, String sessionId) {
        return comments(access.finishedReviewable(actor, sessionId));
    }

    public ObjectNode comment(User actor, String sessionId, int turn, String text, String parentId) {
        SessionInfo s = access.finishedReviewable(actor, sessionId);
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

    private ArrayNode comments(SessionInfo s) {
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

    private SessionInfo recodable(User actor, String sessionId) {
        SessionInfo s = access.finishedReviewable(actor, sessionId);
        if (!access.canRecode(actor, s)) {
            throw Refusal.forbidden("Only the trainee's instructors recode turns.");
        }
        return s;
    }

    private SessionTurn turn(SessionInfo s, int number) {
        return sessions.turns(s.id()).stream().filter(t -> t.number() == number).findFirst()
                .orElseThrow(() -> Refusal.notFound("No turn " + number + " in this session."));
    }

    /**
     * Checks a reviewer's codes and normalises them: a question says open or closed; a reflection's depth
     * follows from its code, so the two can never disagree.
     */
    static List<HumanCode> validCodes(JsonNode codes) {
        if (codes == null || !codes.isArray() || codes.isEmpty() || codes.size() > MAX_CODES) {
            throw Refusal.invalid("codes: an array of 1–" + MAX_CODES + " codes.");
        }
        List<HumanCode> out = new ArrayList<>();
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
            QuestionType question = null;
            if (code == Code.QUESTION) {
                String q = c.path("question").asText("");
                if (!q.equals("open") && !q.equals("closed")) {
                    throw Refusal.invalid(field + ".question: \"open\" or \"closed\" for a QUESTION.");
                }
                question = QuestionType.valueOf(q.toUpperCase(Locale.ROOT));
            }
            ReflectionDepth reflection = code == Code.SIMPLE_REFLECTION ? ReflectionDepth.SIMPLE
                    : code == Code.COMPLEX_REFLECTION ? ReflectionDepth.COMPLEX : null;
            out.add(new HumanCode(code, question, reflection));
        }
        return out;
    }

    private JsonNode user(String id) {
        return users.byId(id).map(u -> (JsonNode) UserJson.of(u)).orElse(JSON.nullNode());
    }
}
