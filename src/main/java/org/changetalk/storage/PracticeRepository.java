package org.changetalk.storage;

import org.changetalk.scenario.model.Category;
import org.changetalk.scenario.model.Wire;
import org.changetalk.session.Ending;
import org.changetalk.session.PersonaBrief;
import org.changetalk.session.SessionInfo;
import org.changetalk.session.SessionStats;
import org.changetalk.session.SessionTurn;
import org.changetalk.session.StoredSession;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Practice conversations and imported transcripts, with their turns, as records (org.changetalk.session).
 * Appending a turn is one transaction with the session's turn count, so a turn is either wholly stored or not
 * at all. Rows become records and back in {@link SessionRows} only.
 */
public final class PracticeRepository {
    private final Database db;

    public PracticeRepository(Database db) {
        this.db = db;
    }

    /** The session was finished, or another request stored this turn first. */
    public static final class TurnConflict extends RuntimeException {
        public TurnConflict(String message) {
            super(message);
        }
    }

    private static final String COLUMNS = "id, user_id, scenario_id, title, seed, feedback, status, started_at, "
            + "finished_at, turn_count, opening_beat, opening_text, opening_talk, start_engagement, start_discord, "
            + "start_importance, start_confidence, start_stage, persona_name, persona_age, persona_pronouns, "
            + "ending_kind, ending_beat, ending_turn, reflections_simple, reflections_complex, questions, mi_adherent, "
            + "mi_non_adherent, kind, guided";

    private static final String TURN_COLUMNS = "number, trainee, category, reply_beat, reply_text, reply_talk, "
            + "engagement, discord, importance, confidence, stage, coding_json, feedback_json";

    public void insert(SessionInfo s) {
        db.write("start practice session", c -> {
            insert(c, s);
            return null;
        });
    }

    /**
     * Stores a whole, already finished session (an imported transcript) with its turns in one transaction:
     * a transcript is either wholly stored or not at all.
     */
    public void insertFinished(SessionInfo s, List<SessionTurn> turns) {
        db.write("store imported session", c -> {
            // inserted active, then finished like any session, so the MITI numbers go where progress reads them
            insert(c, new SessionInfo(s.id(), s.userId(), s.scenarioId(), s.title(), s.seed(), s.feedback(),
                    SessionInfo.ACTIVE, s.startedAt(), null, 0, s.opening(), s.startState(), s.persona(), null, null,
                    s.kind(), s.guided()));
            for (SessionTurn t : turns) {
                insertTurn(c, s.id(), t, s.startedAt(), null);
            }
            try (PreparedStatement p = c.prepareStatement("UPDATE practice_sessions SET turn_count = ? WHERE id = ?")) {
                p.setInt(1, turns.size());
                p.setString(2, s.id());
                p.executeUpdate();
            }
            finish(c, s.id(), s.finishedAt(), s.ending(), s.stats());
            return null;
        });
    }

    /** When the user last practised: their last practice turn, or null. Imported transcripts do not count. */
    public Long lastTurnAt(String userId) {
        return db.read("last turn", c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT MAX(t.created_at) FROM practice_turns t "
                    + "JOIN practice_sessions s ON s.id = t.session_id WHERE s.user_id = ? AND s.kind = 'practice'")) {
                p.setString(1, userId);
                try (ResultSet r = p.executeQuery()) {
                    r.next();
                    long v = r.getLong(1);
                    return r.wasNull() ? null : v;
                }
            }
        });
    }

    private static void insert(Connection c, SessionInfo s) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO practice_sessions (id, user_id, scenario_id, title, "
                + "seed, feedback, status, started_at, turn_count, opening_beat, opening_text, opening_talk, "
                + "start_engagement, start_discord, start_importance, start_confidence, start_stage, persona_name, "
                + "persona_age, persona_pronouns, kind, guided) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            p.setString(1, s.id());
            p.setString(2, s.userId());
            p.setString(3, s.scenarioId());
            p.setString(4, s.title());
            p.setLong(5, s.seed());
            p.setString(6, s.feedback());
            p.setString(7, s.status());
            p.setLong(8, s.startedAt());
            SessionRows.line(p, 9, s.opening());
            SessionRows.state(p, 12, s.startState());
            PersonaBrief persona = s.persona();
            p.setString(17, persona == null ? null : persona.name());
            if (persona == null) {
                p.setNull(18, Types.INTEGER);
            } else {
                p.setInt(18, persona.age());
            }
            p.setString(19, persona == null ? null : persona.pronouns());
            p.setString(20, s.kind() == null ? SessionInfo.PRACTICE : s.kind());
            p.setInt(21, s.guided() ? 1 : 0);
            p.executeUpdate();
        }
    }

    private static final String INSERT_TURN = "INSERT INTO practice_turns (session_id, created_at, " + TURN_COLUMNS
            + ", request_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** A turn, with the client's key for the response that made it (null: none). */
    private void insertTurn(Connection c, String sessionId, SessionTurn t, long now, String requestKey) throws SQLException {
        try (Prepared prepared = db.prepared(c, INSERT_TURN)) {
            PreparedStatement p = prepared.statement();
            p.setString(1, sessionId);
            p.setLong(2, now);
            p.setInt(3, t.number());
            p.setString(4, t.trainee());
            p.setString(5, SessionRows.wire(t.category()));
            SessionRows.line(p, 6, t.reply());
            SessionRows.state(p, 9, t.state());
            p.setString(14, SessionRows.coding(t.coding()));
            p.setString(15, SessionRows.feedback(t.feedback()));
            p.setString(16, requestKey);
            p.executeUpdate();
        }
    }

    public Optional<SessionInfo> find(String id) {
        return db.read("find practice session", c -> find(c, id));
    }

    private static final String FIND = "SELECT " + COLUMNS + " FROM practice_sessions WHERE id = ?";

    private Optional<SessionInfo> find(Connection c, String id) throws SQLException {
        try (Prepared prepared = db.prepared(c, FIND)) {
            PreparedStatement p = prepared.statement();
            p.setString(1, id);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? Optional.of(session(r)) : Optional.empty();
            }
        }
    }

    /** The session with its turns, read together so the two agree. */
    public Optional<StoredSession> load(String id) {
        return db.read("load practice session", c -> {
            Optional<SessionInfo> info = find(c, id);
            if (info.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new StoredSession(info.get(), turns(c, id)));
        });
    }

    /** One user's sessions, newest first. */
    public List<SessionInfo> byUser(String userId) {
        return db.read("list practice sessions", c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS
                    + " FROM practice_sessions WHERE user_id = ? ORDER BY started_at DESC, id DESC")) {
                p.setString(1, userId);
                List<SessionInfo> out = new ArrayList<>();
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        out.add(session(r));
                    }
                }
                return out;
            }
        });
    }

    public List<SessionTurn> turns(String sessionId) {
        return db.read("read turns", c -> turns(c, sessionId));
    }

    private static List<SessionTurn> turns(Connection c, String sessionId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "SELECT " + TURN_COLUMNS + " FROM practice_turns WHERE session_id = ? ORDER BY number")) {
            p.setString(1, sessionId);
            List<SessionTurn> out = new ArrayList<>();
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(turn(r, sessionId));
                }
            }
            return out;
        }
    }

    private static SessionTurn turn(ResultSet r, String sessionId) throws SQLException {
        int number = r.getInt(1);
        String trainee = r.getString(2);
        String where = "session " + sessionId + " turn " + number;
        Category category = Wire.parse(Category.class, r.getString(3)).orElse(null);
        return new SessionTurn(number, trainee, SessionRows.coding(trainee, r.getString(12), where), category,
                SessionRows.line(r, 4), SessionRows.state(r, 7), SessionRows.feedback(r.getString(13), where));
    }

    /**
     * Stores turn {@code turn.number()} and, when the conversation ended with it, finishes the session, all in
     * one committed transaction. Throws TurnConflict when the session is not active at turn number − 1.
     */
    public void appendTurn(String sessionId, SessionTurn turn, long now, Ending ending, SessionStats finishedStats) {
        appendTurn(sessionId, turn, now, ending, finishedStats, null);
    }

    /**
     * As above, keeping the client's {@code requestKey} (null: none) with the turn in the same transaction, so
     * a resend with that key finds the turn ({@link #turnNumberFor}) instead of storing it twice.
     */
    public void appendTurn(String sessionId, SessionTurn turn, long now, Ending ending, SessionStats finishedStats,
                           String requestKey) {
        db.write("store turn " + turn.number() + " of session " + sessionId, c -> {
            try (Prepared prepared = db.prepared(c, NEXT_TURN)) {
                PreparedStatement p = prepared.statement();
                p.setInt(1, turn.number());
                p.setString(2, sessionId);
                p.setInt(3, turn.number() - 1);
                if (p.executeUpdate() != 1) {
                    throw new TurnConflict("session " + sessionId + " is finished or already has turn " + turn.number());
                }
            }
            insertTurn(c, sessionId, turn, now, requestKey);
            if (ending != null) {
                finish(c, sessionId, now, ending, finishedStats);
            }
            return null;
        });
    }

    private static final String NEXT_TURN = "UPDATE practice_sessions SET turn_count = ? "
            + "WHERE id = ? AND status = 'active' AND turn_count = ?";
    private static final String BY_REQUEST_KEY = "SELECT number FROM practice_turns WHERE session_id = ? AND request_key = ?";

    /** The number of the turn stored with this request key, if any. */
    public java.util.OptionalInt turnNumberFor(String sessionId, String requestKey) {
        return db.read("find turn by request key", c -> {
            try (Prepared prepared = db.prepared(c, BY_REQUEST_KEY)) {
                PreparedStatement p = prepared.statement();
                p.setString(1, sessionId);
                p.setString(2, requestKey);
                try (ResultSet r = p.executeQuery()) {
                    return r.next() ? java.util.OptionalInt.of(r.getInt(1)) : java.util.OptionalInt.empty();
                }
            }
        });
    }

    /** Finishes an active session; false when it was already finished. */
    public boolean finish(String sessionId, long now, Ending ending, SessionStats stats) {
        return db.write("finish session " + sessionId, c -> finish(c, sessionId, now, ending, stats));
    }

    private static boolean finish(Connection c, String sessionId, long now, Ending ending, SessionStats s)
            throws SQLException {
        try (PreparedStatement p = c.prepareStatement("UPDATE practice_sessions SET status = 'finished', finished_at = ?, "
                + "ending_kind = ?, ending_beat = ?, ending_turn = ?, reflections_simple = ?, reflections_complex = ?, "
                + "questions = ?, mi_adherent = ?, mi_non_adherent = ? WHERE id = ? AND status = 'active'")) {
            p.setLong(1, now);
            SessionRows.ending(p, 2, ending);
            p.setInt(5, s.simpleReflections());
            p.setInt(6, s.complexReflections());
            p.setInt(7, s.questions());
            p.setInt(8, s.miAdherent());
            p.setInt(9, s.miNonAdherent());
            p.setString(10, sessionId);
            return p.executeUpdate() == 1;
        }
    }

    private static SessionInfo session(ResultSet r) throws SQLException {
        long finished = r.getLong(9);
        Long finishedAt = r.wasNull() ? null : finished;
        String personaName = r.getString(19);
        PersonaBrief persona = personaName == null ? null : new PersonaBrief(personaName, r.getInt(20), r.getString(21));
        SessionStats stats = null;
        int sr = r.getInt(25);
        if (!r.wasNull()) {
            stats = new SessionStats(sr, r.getInt(26), r.getInt(27), r.getInt(28), r.getInt(29));
        }
        return new SessionInfo(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getLong(5),
                r.getString(6), r.getString(7), r.getLong(8), finishedAt, r.getInt(10), SessionRows.line(r, 11),
                SessionRows.state(r, 14), persona, SessionRows.ending(r, 22), stats, r.getString(30), r.getInt(31) != 0);
    }
}
