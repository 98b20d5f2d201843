package org.changetalk.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Practice conversations and their turns. A session row holds what is needed to rebuild the engine
 * (scenario, seed) and to show it without the engine (opening, start state, persona); turn rows hold each
 * exchange as the API shows it. Appending a turn is one transaction with the session's turn count, so a
 * turn is either wholly stored or not at all.
 */
public final class PracticeRepository {
    private final Database db;

    public PracticeRepository(Database db) {
        this.db = db;
    }

    /** MITI numbers of a finished session, for progress by week. */
    public record Stats(int simpleReflections, int complexReflections, int questions, int miAdherent, int miNonAdherent) {}

    public record StoredSession(String id, String userId, String scenarioId, String title, long seed, String feedback,
                                String status, long startedAt, Long finishedAt, int turnCount, String openingJson,
                                String startStateJson, String personaJson, String endingJson, Stats stats, String kind) {
        public static final String PRACTICE = "practice";
        public static final String IMPORTED = "imported";

        public boolean finished() {
            return "finished".equals(status);
        }
    }

    public record StoredTurn(int number, String trainee, String json) {}

    /** The session was finished, or another request stored this turn first. */
    public static final class TurnConflict extends RuntimeException {
        public TurnConflict(String message) {
            super(message);
        }
    }

    private static final String COLUMNS = "id, user_id, scenario_id, title, seed, feedback, status, started_at, "
            + "finished_at, turn_count, opening_json, start_state_json, persona_json, ending_json, reflections_simple, "
            + "reflections_complex, questions, mi_adherent, mi_non_adherent, kind";

    public void insert(StoredSession s) {
        db.write("start practice session", c -> {
            insert(c, s);
            return null;
        });
    }

    /**
     * Stores a whole, already finished session (an imported transcript) with its turns in one transaction:
     * a transcript is either wholly stored or not at all.
     */
    public void insertFinished(StoredSession s, List<StoredTurn> turns) {
        db.write("store imported session", c -> {
            // inserted active, then finished like any session, so the MITI numbers go where progress reads them
            insert(c, new StoredSession(s.id(), s.userId(), s.scenarioId(), s.title(), s.seed(), s.feedback(), "active",
                    s.startedAt(), null, 0, s.openingJson(), s.startStateJson(), s.personaJson(), null, null, s.kind()));
            for (StoredTurn t : turns) {
                try (PreparedStatement p = c.prepareStatement("INSERT INTO practice_turns (session_id, number, trainee, "
                        + "turn_json, created_at) VALUES (?, ?, ?, ?, ?)")) {
                    p.setString(1, s.id());
                    p.setInt(2, t.number());
                    p.setString(3, t.trainee());
                    p.setString(4, t.json());
                    p.setLong(5, s.startedAt());
                    p.executeUpdate();
                }
            }
            try (PreparedStatement p = c.prepareStatement("UPDATE practice_sessions SET turn_count = ? WHERE id = ?")) {
                p.setInt(1, turns.size());
                p.setString(2, s.id());
                p.executeUpdate();
            }
            finish(c, s.id(), s.finishedAt(), s.endingJson(), s.stats());
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

    private static void insert(Connection c, StoredSession s) throws SQLException {
        {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO practice_sessions (id, user_id, scenario_id, title, "
                    + "seed, feedback, status, started_at, turn_count, opening_json, start_state_json, persona_json, kind) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)")) {
                p.setString(1, s.id());
                p.setString(2, s.userId());
                p.setString(3, s.scenarioId());
                p.setString(4, s.title());
                p.setLong(5, s.seed());
                p.setString(6, s.feedback());
                p.setString(7, s.status());
                p.setLong(8, s.startedAt());
                p.setString(9, s.openingJson());
                p.setString(10, s.startStateJson());
                p.setString(11, s.personaJson());
                p.setString(12, s.kind() == null ? StoredSession.PRACTICE : s.kind());
                p.executeUpdate();
            }
        }
    }

    public Optional<StoredSession> find(String id) {
        return db.read("find practice session", c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + " FROM practice_sessions WHERE id = ?")) {
                p.setString(1, id);
                try (ResultSet r = p.executeQuery()) {
                    return r.next() ? Optional.of(session(r)) : Optional.empty();
                }
            }
        });
    }

    /** One user's sessions, newest first. */
    public List<StoredSession> byUser(String userId) {
        return db.read("list practice sessions", c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS
                    + " FROM practice_sessions WHERE user_id = ? ORDER BY started_at DESC, id DESC")) {
                p.setString(1, userId);
                List<StoredSession> out = new ArrayList<>();
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        out.add(session(r));
                    }
                }
                return out;
            }
        });
    }

    public List<StoredTurn> turns(String sessionId) {
        return db.read("read turns", c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT number, trainee, turn_json FROM practice_turns WHERE session_id = ? ORDER BY number")) {
                p.setString(1, sessionId);
                List<StoredTurn> out = new ArrayList<>();
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        out.add(new StoredTurn(r.getInt(1), r.getString(2), r.getString(3)));
                    }
                }
                return out;
            }
        });
    }

    /**
     * Stores turn {@code turn.number()} and, when the conversation ended with it, finishes the session, all in
     * one committed transaction. Throws TurnConflict when the session is not active at turn number − 1.
     */
    public void appendTurn(String sessionId, StoredTurn turn, long now, String endingJson, Stats finishedStats) {
        db.write("store turn " + turn.number() + " of session " + sessionId, c -> {
            try (PreparedStatement p = c.prepareStatement("UPDATE practice_sessions SET turn_count = ? "
                    + "WHERE id = ? AND status = 'active' AND turn_count = ?")) {
                p.setInt(1, turn.number());
                p.setString(2, sessionId);
                p.setInt(3, turn.number() - 1);
                if (p.executeUpdate() != 1) {
                    throw new TurnConflict("session " + sessionId + " is finished or already has turn " + turn.number());
                }
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO practice_turns (session_id, number, trainee, "
                    + "turn_json, created_at) VALUES (?, ?, ?, ?, ?)")) {
                p.setString(1, sessionId);
                p.setInt(2, turn.number());
                p.setString(3, turn.trainee());
                p.setString(4, turn.json());
                p.setLong(5, now);
                p.executeUpdate();
            }
            if (endingJson != null) {
                finish(c, sessionId, now, endingJson, finishedStats);
            }
            return null;
        });
    }

    /** Finishes an active session; false when it was already finished. */
    public boolean finish(String sessionId, long now, String endingJson, Stats stats) {
        return db.write("finish session " + sessionId, c -> finish(c, sessionId, now, endingJson, stats));
    }

    private static boolean finish(Connection c, String sessionId, long now, String endingJson, Stats s) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("UPDATE practice_sessions SET status = 'finished', finished_at = ?, "
                + "ending_json = ?, reflections_simple = ?, reflections_complex = ?, questions = ?, mi_adherent = ?, "
                + "mi_non_adherent = ? WHERE id = ? AND status = 'active'")) {
            p.setLong(1, now);
            if (endingJson == null) {
                p.setNull(2, Types.VARCHAR);
            } else {
                p.setString(2, endingJson);
            }
            p.setInt(3, s.simpleReflections());
            p.setInt(4, s.complexReflections());
            p.setInt(5, s.questions());
            p.setInt(6, s.miAdherent());
            p.setInt(7, s.miNonAdherent());
            p.setString(8, sessionId);
            return p.executeUpdate() == 1;
        }
    }

    private static StoredSession session(ResultSet r) throws SQLException {
        long finished = r.getLong(9);
        Long finishedAt = r.wasNull() ? null : finished;
        Stats stats = null;
        int sr = r.getInt(15);
        if (!r.wasNull()) {
            stats = new Stats(sr, r.getInt(16), r.getInt(17), r.getInt(18), r.getInt(19));
        }
        return new StoredSession(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getLong(5),
                r.getString(6), r.getString(7), r.getLong(8), finishedAt, r.getInt(10), r.getString(11),
                r.getString(12), r.getString(13), r.getString(14), stats, r.getString(20));
    }
}
