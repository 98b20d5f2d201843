package org.changetalk.review;

import org.changetalk.account.Tokens;
import org.changetalk.account.User;
import org.changetalk.account.UserRepository;
import org.changetalk.cohort.SessionAccess;
import org.changetalk.coding.Code;
import org.changetalk.refusal.Refusal;
import org.changetalk.session.SessionInfo;
import org.changetalk.session.SessionTurn;
import org.changetalk.storage.ContestRepository;
import org.changetalk.storage.ContestRepository.Contest;
import org.changetalk.storage.PracticeRepository;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;

/**
 * Contesting a code: the trainee says what a response was meant as (with an optional note); the session's
 * instructors see it in their queue and settle it by recoding the turn or confirming the code, with an
 * answer the trainee then reads.
 */
public final class ContestService {
    public static final int MAX_NOTE = 1000;

    private final SessionAccess access;
    private final PracticeRepository sessions;
    private final ContestRepository contests;
    private final ReviewService reviews;
    private final org.changetalk.storage.ReviewRepository recodes;
    private final UserRepository users;
    private final SecureRandom random;
    private final Clock clock;

    public ContestService(SessionAccess access, PracticeRepository sessions, ContestRepository contests, ReviewService reviews,
                          org.changetalk.storage.ReviewRepository recodes, UserRepository users, SecureRandom random,
                          Clock clock) {
        this.recodes = recodes;
        this.access = access;
        this.sessions = sessions;
        this.contests = contests;
        this.reviews = reviews;
        this.users = users;
        this.random = random;
        this.clock = clock;
    }

    /** The owner contests the automatic code of one of their turns; one open contest per turn. */
    public ContestView contest(User actor, String sessionId, int number, String meant, String note) {
        SessionInfo s = access.reviewable(actor, sessionId);
        if (!s.userId().equals(actor.id())) {
            throw Refusal.forbidden("Only the trainee who wrote a response contests its code.");
        }
        SessionTurn turn = sessions.turns(s.id()).stream().filter(t -> t.number() == number).findFirst()
                .orElseThrow(() -> Refusal.notFound("No turn " + number + " in this session."));
        Code code = code("code", meant);
        String auto = turn.coding().primary().name();
        if (auto.equals(code.name())) {
            throw Refusal.invalid("code: the coder already coded this response " + words(auto) + ".");
        }
        if (note != null && note.length() > MAX_NOTE) {
            throw Refusal.invalid("note: at most " + MAX_NOTE + " characters.");
        }
        if (contests.bySession(s.id()).stream().anyMatch(k -> k.number() == number && k.open())) {
            throw Refusal.conflict("This response's code is already contested; wait for the answer.");
        }
        Contest k = new Contest(Tokens.random(random, 12), s.id(), number, actor.id(), auto, code.name(),
                note == null || note.isBlank() ? null : note.strip(), clock.millis(), null, null, null, null);
        contests.insert(k);
        return view(k, s);
    }

    /**
     * Instructors and admins: the open contests on sessions they may recode (their trainees', their cohorts'
     * members'); trainees: their own contests, open and settled.
     */
    public List<ContestView> list(User actor) {
        List<ContestView> out = new java.util.ArrayList<>();
        List<Contest> list = switch (actor.role()) {
            case TRAINEE -> contests.byTrainee(actor.id());
            case INSTRUCTOR, ADMIN -> contests.open().stream().filter(k -> sessions.find(k.sessionId())
                    .map(s -> access.canRecode(actor, s)).orElse(false)).toList();
        };
        for (Contest k : list) {
            sessions.find(k.sessionId()).ifPresent(s -> out.add(view(k, s)));
        }
        return out;
    }

    /** outcome "recoded" (the turn takes the codes given) or "confirmed" (the automatic code stands). */
    public ContestView settle(User actor, String contestId, String outcome, List<CodeInput> codes, String answer) {
        Contest k = contests.find(contestId).orElseThrow(() -> Refusal.notFound("No such contest."));
        SessionInfo s = sessions.find(k.sessionId()).orElseThrow(() -> Refusal.notFound("No such contest."));
        if (!access.canRecode(actor, s)) {
            throw Refusal.notFound("No such contest.");
        }
        if (answer != null && answer.length() > MAX_NOTE) {
            throw Refusal.invalid("answer: at most " + MAX_NOTE + " characters.");
        }
        if (!k.open()) {
            throw Refusal.conflict("This contest was settled already.");
        }
        // settling is a review of the turn like any other: a recode, or an agreement with the coder
        switch (outcome) {
            case "recoded" -> reviews.recode(actor, s.id(), k.number(), codes, -1);
            case "confirmed" -> reviews.agree(actor, s.id(), k.number(), -1);
            default -> throw Refusal.invalid("outcome: \"recoded\" or \"confirmed\", not '" + outcome + "'.");
        }
        if (!contests.settle(k.id(), outcome, answer == null || answer.isBlank() ? null : answer.strip(), actor.id(),
                clock.millis())) {
            throw Refusal.conflict("This contest was settled already.");
        }
        return view(contests.find(k.id()).orElseThrow(), s);
    }

    /**
     * The coder's improvement loop: every reviewed turn the caller may see, as gold data in the {@code code
     * --eval} input format (docs/gold-set.md). A recode gives the human codes; a confirmed turn ("agree",
     * or a contest settled by confirming) the automatic code, now checked by a person. Each item is the client
     * line the turn answered, then the labelled counselor turn.
     */
    public Export gold(User actor) {
        GoldExport out = new GoldExport();
        java.util.Set<String> done = new java.util.HashSet<>();
        for (String sessionId : recodes.recodedSessions()) {
            SessionInfo s = sessions.find(sessionId).orElse(null);
            if (s == null || !access.canRecode(actor, s)) {
                continue;
            }
            List<SessionTurn> turns = sessions.turns(s.id());
            for (org.changetalk.session.Recode r : recodes.recodes(s.id())) {
                if (!done.add(s.id() + "#" + r.number())) {
                    continue;
                }
                if (r.agrees()) {
                    turns.stream().filter(t -> t.number() == r.number()).findFirst().ifPresent(t -> out.item(s, turns,
                            r.number(), List.of(new org.changetalk.session.HumanCode(t.coding().primary(), t.coding().question(),
                                    t.coding().reflection()))));
                } else {
                    out.item(s, turns, r.number(), r.codes());
                }
            }
        }
        return out.export();
    }

    private ContestView view(Contest k, SessionInfo s) {
        String trainee = sessions.turns(s.id()).stream().filter(t -> t.number() == k.number()).findFirst()
                .map(SessionTurn::trainee).orElse(null);
        return new ContestView(k, s.title(), trainee, users.byId(k.traineeId()).orElse(null),
                k.settledBy() == null ? null : users.byId(k.settledBy()).orElse(null));
    }

    private static Code code(String field, String name) {
        return Arrays.stream(Code.values()).filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> Refusal.invalid(field + ": must be one of " + String.join(", ",
                        Arrays.stream(Code.values()).map(Code::name).toList()) + ", not '" + name + "'."));
    }

    private static String words(String code) {
        return code.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
