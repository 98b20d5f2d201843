package org.changetalk.review;

import org.changetalk.account.Tokens;
import org.changetalk.account.User;
import org.changetalk.account.UserRepository;
import org.changetalk.coding.Code;
import org.changetalk.coding.QuestionType;
import org.changetalk.coding.ReflectionDepth;
import org.changetalk.cohort.SessionAccess;
import org.changetalk.practice.SessionScores;
import org.changetalk.refusal.Refusal;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The review of a finished session: transcript with both codings, summary, recodes and comments. */
public final class ReviewService {
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

    public Review review(User actor, String sessionId, boolean human) {
        SessionInfo s = access.finishedReviewable(actor, sessionId);
        return review(actor, s, scoring.score(s, human ? CodeSource.WITH_RECODES : CodeSource.AUTO));
    }

    /** The review of a session the caller may review, scored as given. */
    public Review review(User actor, SessionInfo s, Scored scored) {
        List<ReviewTurn> turns = new ArrayList<>();
        for (SessionTurn t : scored.session().turns()) {
            turns.add(reviewTurn(t, scored.recodes().get(t.number())));
        }
        return new Review(s, user(s.userId()), scored, access.canRecode(actor, s), true, turns, comments(s));
    }

    private ReviewTurn reviewTurn(SessionTurn t, Recode r) {
        return new ReviewTurn(t, r, r == null ? null : user(r.by()),
                r == null || r.agrees() ? null : SessionScorer.human(r, t));
    }

    /**
     * Recodes a turn. {@code seen} is the version of the turn's review the reviewer saw (0: none; negative: not
     * sent, no check): another reviewer's newer review is a 409, never silently overwritten.
     */
    public ReviewTurn recode(User actor, String sessionId, int number, List<CodeInput> codes, int seen) {
        SessionInfo s = recodable(actor, sessionId);
        SessionTurn turn = turn(s, number);
        return review(actor, s, turn, validCodes(codes), Verdict.RECODE, seen);
    }

    /** Confirms the automatic codes of a turn ("agree", one click): a review like a recode, for the agreement. */
    public ReviewTurn agree(User actor, String sessionId, int number, int seen) {
        SessionInfo s = recodable(actor, sessionId);
        return review(actor, s, turn(s, number), List.of(), Verdict.AGREE, seen);
    }

    private ReviewTurn review(User actor, SessionInfo s, SessionTurn turn, List<HumanCode> codes, Verdict verdict,
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

    public List<CommentView> comments(User actor, String sessionId) {
        return comments(access.finishedReviewable(actor, sessionId));
    }

    public CommentView comment(User actor, String sessionId, int turn, String text, String parentId) {
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

    private List<CommentView> comments(SessionInfo s) {
        return reviews.comments(s.id()).stream().map(this::comment).toList();
    }

    private CommentView comment(Comment c) {
        return new CommentView(c, user(c.authorId()));
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
    static List<HumanCode> validCodes(List<CodeInput> codes) {
        if (codes == null || codes.isEmpty() || codes.size() > MAX_CODES) {
            throw Refusal.invalid("codes: an array of 1–" + MAX_CODES + " codes.");
        }
        List<HumanCode> out = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            CodeInput c = codes.get(i);
            String field = "codes[" + i + "]";
            if (c == null || c.code() == null) {
                throw Refusal.invalid(field + ".code: required.");
            }
            String name = c.code();
            Code code = Arrays.stream(Code.values()).filter(x -> x.name().equals(name)).findFirst()
                    .orElseThrow(() -> Refusal.invalid(field + ".code: must be one of "
                            + String.join(", ", Arrays.stream(Code.values()).map(Code::name).toList()) + ", not '" + name + "'."));
            QuestionType question = null;
            if (code == Code.QUESTION) {
                String q = c.question() == null ? "" : c.question();
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

    private User user(String id) {
        return users.byId(id).orElse(null);
    }
}
