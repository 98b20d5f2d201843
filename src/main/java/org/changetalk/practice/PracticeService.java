package org.changetalk.practice;

import org.changetalk.account.Accounts;
import org.changetalk.account.Tokens;
import org.changetalk.account.User;
import org.changetalk.coding.Code;
import org.changetalk.coding.SessionSummary;
import org.changetalk.refusal.Refusal;
import org.changetalk.scenario.model.Conversation;
import org.changetalk.scenario.model.Persona;
import org.changetalk.scenario.model.Scenario;
import org.changetalk.scenario.library.ScenarioLibrary;
import org.changetalk.scenario.model.Wire;
import org.changetalk.session.CodeSource;
import org.changetalk.session.Ending;
import org.changetalk.session.PersonaBrief;
import org.changetalk.session.Scored;
import org.changetalk.session.SessionInfo;
import org.changetalk.session.SessionScorer;
import org.changetalk.session.SessionStats;
import org.changetalk.session.SessionTurn;
import org.changetalk.session.StoredSession;
import org.changetalk.storage.PracticeRepository;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Practice conversations over the web: start, respond, finish, show, report. The engine for a session lives
 * in memory while it is in use; the database is the truth. Each turn is committed before it is answered,
 * and an engine missing after a restart (or stale, when another instance moved the session on) is rebuilt
 * by replaying the stored trainee texts with the stored seed: the engine is deterministic.
 */
public final class PracticeService {
    public static final int MAX_TEXT = 2000;
    /** Engines kept in memory at most; any other session's engine is rebuilt from the database when needed. */
    private static final int MAX_LIVE = 5000;
    private static final System.Logger LOG = System.getLogger(PracticeService.class.getName());

    private final ScenarioLibrary library;
    private final PracticeRepository repo;
    private final SessionScores scores;
    private final ResponseCoder coder;
    private final Accounts accounts;
    private final SecureRandom random;
    private final Clock clock;
    /** Engines in use, by session id. Each is only touched while holding its own monitor. */
    private final Map<String, Live> live = new ConcurrentHashMap<>();

    private static final class Live {
        PracticeSession engine;
        /** The session's turns as stored, beside the engine that made them, so a turn need not reread them all. */
        List<SessionTurn> stored = new ArrayList<>();
        /**
         * The session's record as this instance last stored it (null: read it). A turn answered from it is still
         * stored only if the database agrees: the conditional update of {@link PracticeRepository#appendTurn}
         * refuses a turn when another instance moved the session on or finished it, and the turn is then answered
         * again from a fresh read, as if the record had been read first.
         */
        SessionInfo info;
        /** The request keys of the stored turns, by key, when every turn was stored through this entry (else null). */
        Map<String, Integer> keys;

        Live(PracticeSession engine) {
            this.engine = engine;
        }

        /** The engine is rebuilt from the database, or gone: what this entry remembered of the record is no longer known. */
        void forget() {
            info = null;
            keys = null;
        }
    }

    public PracticeService(ScenarioLibrary library, PracticeRepository repo, SessionScores scores, ResponseCoder coder,
                           Accounts accounts, SecureRandom random, Clock clock) {
        this.library = library;
        this.repo = repo;
        this.scores = scores;
        this.coder = coder;
        this.accounts = accounts;
        this.random = random;
        this.clock = clock;
    }

    public enum FeedbackMode {
        LIVE, AFTER;

        public String wire() {
            return Wire.name(this);
        }
    }

    public StoredSession start(User user, String scenarioId, FeedbackMode feedback) {
        return start(user, scenarioId, feedback, false);
    }

    /** A session; {@code guided}: the trainee picks each response from {@link #choices} instead of typing it. */
    public StoredSession start(User user, String scenarioId, FeedbackMode feedback, boolean guided) {
        Conversation scenario = conversation(scenarioId, "scenarioId");
        long seed = random.nextLong();
        PracticeSession engine = new PracticeSession(scenario, coder, seed);
        Persona p = scenario.persona();
        SessionInfo s = new SessionInfo(Tokens.random(random, 12), user.id(), scenario.id(), scenario.title(), seed,
                feedback.wire(), SessionInfo.ACTIVE, clock.millis(), null, 0, engine.opening(), engine.state(),
                new PersonaBrief(p.name(), p.age(), p.pronouns()), null, null, SessionInfo.PRACTICE, guided);
        repo.insert(s);
        Live l = new Live(engine);
        l.info = s;
        l.keys = new java.util.HashMap<>();
        live.put(s.id(), l);
        return new StoredSession(s, List.of());
    }

    /** The caller's sessions, newest first, without turns. */
    public List<SessionInfo> list(User user) {
        return repo.byUser(user.id());
    }

    /** Another user's sessions, for their instructor or an admin; 404 for anyone else, as for an unknown user. */
    public List<SessionInfo> listOf(User viewer, String ownerId) {
        if (!accounts.manages(viewer, ownerId) || !accounts.exists(ownerId)) {
            throw Refusal.notFound("No such user.");
        }
        return repo.byUser(ownerId);
    }

    /** The session with its turns; a web writer withholds codes and feedback when {@code withholdsFeedback()}. */
    public StoredSession get(User user, String id) {
        return visible(user, id);
    }

    /**
     * One trainee response: under the session's lock, the stored session's record is read (its turns only when
     * the engine must be rebuilt because it is missing or behind), the engine answers, and the typed turn is
     * appended in one transaction, finishing the session when the client ended the conversation.
     */
    public TurnResult respond(User user, String id, String text) {
        return respond(user, id, text, null);
    }

    /**
     * As above, with the client's key for this response (null: none). A resend with a key already stored
     * (the first answer was lost on the way) returns that turn and stores nothing.
     */
    public TurnResult respond(User user, String id, String text, String requestKey) {
        checkText(text);
        return respond(user, id, text, requestKey, true);
    }

    /** {@code remembered}: whether the session's record may come from memory (false: read it, after a conflict). */
    private TurnResult respond(User user, String id, String text, String requestKey, boolean remembered) {
        Live l = live.computeIfAbsent(id, k -> new Live(null));
        synchronized (l) {
            if (!remembered || l.engine == null) {
                l.forget();
            }
            // the record as stored by this instance's last turn: the same owner checks as on a read
            boolean fromMemory = l.info != null;
            SessionInfo info;
            try {
                info = owned(user, fromMemory ? Optional.of(l.info) : repo.find(id));
            } catch (Refusal r) {
                // an unknown or another's id must not leave an entry behind (ids could be made up by the thousand)
                if (l.engine == null) {
                    live.remove(id, l);
                }
                throw r;
            }
            if (requestKey != null) {
                Integer known = l.keys == null ? null : l.keys.get(requestKey);
                OptionalInt done = !fromMemory || l.keys == null ? repo.turnNumberFor(id, requestKey)
                        : known == null ? OptionalInt.empty() : OptionalInt.of(known);
                if (done.isPresent()) {
                    StoredSession s = owned(user, id);
                    SessionTurn stored = s.turns().get(done.getAsInt() - 1);
                    if (!stored.trainee().equals(text)) {
                        throw Refusal.conflict("requestKey: already used for a different response.");
                    }
                    boolean last = done.getAsInt() == s.turns().size();
                    Ending ending = last && s.info().finished() ? s.info().ending() : null;
                    boolean withheld = SessionInfo.AFTER.equals(s.info().feedback()) && ending == null;
                    return new TurnResult(stored, withheld, ending);
                }
            }
            if (info.finished()) {
                throw Refusal.conflict("The session is finished; start a new one to keep practising.");
            }
            if (l.engine == null || l.engine.turns().size() != info.turnCount() || l.stored.size() != info.turnCount()) {
                StoredSession s = owned(user, id);
                l.engine = replay(s);
                l.stored = new ArrayList<>(s.turns());
                l.keys = null; // turns stored elsewhere may have keys this entry never saw
            }
            if (l.engine.isOver()) {
                throw Refusal.conflict("The conversation has ended; finish the session to see the report.");
            }
            PracticeTurn turn;
            try {
                turn = l.engine.respond(text);
            } catch (RuntimeException e) {
                l.engine = null; // the engine may be half-way through a turn: rebuild it next time
                l.forget();
                throw e;
            }
            SessionTurn stored = turn.stored();
            Ending ending = l.engine.ending().orElse(null);
            SessionStats stats = null;
            if (ending != null) {
                List<SessionTurn> all = new ArrayList<>(l.stored);
                all.add(stored);
                SessionInfo ended = new SessionInfo(info.id(), info.userId(), info.scenarioId(),
                        info.title(), info.seed(), info.feedback(), info.status(),
                        info.startedAt(), null, all.size(), info.opening(), info.startState(),
                        info.persona(), ending, null, info.kind(), info.guided());
                stats = stats(SessionScorer.auto(new StoredSession(ended, all)).summary());
            }
            try {
                repo.appendTurn(id, stored, clock.millis(), ending, stats, requestKey);
            } catch (PracticeRepository.TurnConflict e) {
                l.engine = null;
                l.forget();
                if (fromMemory) {
                    // another instance moved the session on or finished it since this one stored its last turn:
                    // answer as a read of the record first would have (rebuilt and answered, or refused)
                    return respond(user, id, text, requestKey, false);
                }
                throw Refusal.conflict("The session moved on or finished meanwhile; reload it.");
            } catch (RuntimeException e) {
                l.engine = null; // not stored: the engine is ahead of the database and must not answer from there
                l.forget();
                throw e;
            }
            l.stored.add(stored);
            l.info = new SessionInfo(info.id(), info.userId(), info.scenarioId(), info.title(), info.seed(), info.feedback(),
                    info.status(), info.startedAt(), info.finishedAt(), stored.number(), info.opening(), info.startState(),
                    info.persona(), info.ending(), info.stats(), info.kind(), info.guided());
            if (l.keys != null && requestKey != null) {
                l.keys.put(requestKey, stored.number());
            }
            if (ending != null) {
                live.remove(id);
            } else if (live.size() > MAX_LIVE) {
                // sessions abandoned mid-way would otherwise pile up; dropping one only costs a replay later
                live.keySet().stream().filter(k -> !k.equals(id)).findAny().ifPresent(live::remove);
            }
            boolean withheld = SessionInfo.AFTER.equals(info.feedback()) && ending == null;
            return new TurnResult(stored, withheld, ending);
        }
    }

    /**
     * The responses offered in a guided session for its next turn (empty for a typed session or once the
     * conversation has ended). The trainee sends the chosen text as any response, so it is coded and answered
     * by the same engine.
     */
    public List<GuidedChoice> choices(User user, String id) {
        Live l = live.computeIfAbsent(id, k -> new Live(null));
        synchronized (l) {
            StoredSession s;
            try {
                s = owned(user, id);
            } catch (Refusal r) {
                if (l.engine == null) {
                    live.remove(id, l);
                }
                throw r;
            }
            if (!s.info().guided() || s.info().finished()) {
                return List.of();
            }
            if (l.engine == null || l.engine.turns().size() != s.turns().size()) {
                l.engine = replay(s);
                l.stored = new ArrayList<>(s.turns());
                l.forget();
            }
            return l.engine.choices();
        }
    }

    public StoredSession finish(User user, String id) {
        Live l = live.computeIfAbsent(id, k -> new Live(null));
        synchronized (l) {
            try {
                StoredSession s = owned(user, id);
                if (!s.info().finished()) {
                    repo.finish(id, clock.millis(), null, stats(SessionScorer.auto(s).summary()));
                }
            } finally {
                live.remove(id, l);
            }
        }
        return get(user, id);
    }

    public Report report(User user, String id) {
        StoredSession s = visible(user, id);
        if (!s.info().finished()) {
            throw Refusal.conflict("The report is ready when the session is finished.");
        }
        return Reports.report(scores.score(s.info(), CodeSource.WITH_RECODES));
    }

    /** Sessions and finished sessions' numbers per ISO week, oldest week first (with recodes, as dashboards). */
    public Progress progress(User user) {
        List<SessionInfo> sessions = repo.byUser(user.id());
        List<Scored> finished = new ArrayList<>();
        sessions.stream().filter(SessionInfo::finished).forEach(s -> finished.add(scores.score(s, CodeSource.WITH_RECODES)));
        return new Progress(sessions, Reports.weeks(finished));
    }

    private PracticeSession replay(StoredSession s) {
        Conversation scenario = conversation(s.info().scenarioId(), null);
        PracticeSession engine = new PracticeSession(scenario, coder, s.info().seed());
        for (SessionTurn t : s.turns()) {
            if (engine.isOver()) {
                break;
            }
            PracticeTurn replayed = engine.respond(t.trainee());
            String storedBeat = t.reply() == null ? null : t.reply().beat();
            if (!java.util.Objects.equals(storedBeat, replayed.reply().beat())) {
                // the scenario file changed since: the conversation goes on from where the new file leads
                LOG.log(System.Logger.Level.WARNING, "session " + s.id() + " turn " + t.number() + ": replay reached beat '"
                        + replayed.reply().beat() + "', stored '" + storedBeat + "' (scenario " + s.info().scenarioId()
                        + " changed?)");
            }
        }
        return engine;
    }

    private Conversation conversation(String scenarioId, String field) {
        Scenario sc = library.find(scenarioId).map(e -> e.scenario()).orElse(null);
        if (sc instanceof Conversation c) {
            return c;
        }
        if (field == null) {
            throw Refusal.conflict("Scenario '" + scenarioId + "' is no longer in the library, so this session cannot go on.");
        }
        if (sc != null) {
            throw Refusal.invalid(field + ": '" + scenarioId + "' is a drill; practise it under /api/drills/" + scenarioId + ".");
        }
        throw Refusal.invalid(field + ": no conversation scenario '" + scenarioId + "'.");
    }

    /** The session if the caller may see it; 404 otherwise, so ids of others' sessions do not leak. */
    private StoredSession visible(User user, String id) {
        StoredSession s = repo.load(id).orElseThrow(() -> Refusal.notFound("No such session."));
        if (!accounts.manages(user, s.info().userId())) {
            throw Refusal.notFound("No such session.");
        }
        return s;
    }

    /** The session if it is the caller's own; an instructor who may only look gets 403. */
    private StoredSession owned(User user, String id) {
        StoredSession s = visible(user, id);
        owned(user, Optional.of(s.info()));
        return s;
    }

    /** The same check on the session's record alone (a turn needs no more when its engine is in memory). */
    private SessionInfo owned(User user, Optional<SessionInfo> found) {
        SessionInfo s = found.filter(i -> accounts.manages(user, i.userId()))
                .orElseThrow(() -> Refusal.notFound("No such session."));
        if (!s.userId().equals(user.id())) {
            throw Refusal.forbidden("Only the trainee who practises a session can add to it.");
        }
        return s;
    }

    static void checkText(String text) {
        if (text == null || text.isBlank()) {
            throw Refusal.invalid("text: write a response (1–" + MAX_TEXT + " characters).");
        }
        if (text.length() > MAX_TEXT) {
            throw Refusal.invalid("text: a response is at most " + MAX_TEXT + " characters; this one has "
                    + text.length() + ". Say it in fewer words, as you would to a client.");
        }
    }

    static SessionStats stats(SessionSummary s) {
        return new SessionStats(s.count(Code.SIMPLE_REFLECTION), s.count(Code.COMPLEX_REFLECTION), s.count(Code.QUESTION),
                s.miAdherent(), s.miNonAdherent());
    }
}
