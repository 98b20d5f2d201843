package org.changetalk.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Contested codes: a trainee's "I meant this as …" on one turn, and the instructor's answer. */
public final class ContestRepository {
    private static final String COLUMNS = "id, session_id, number, trainee_id, auto_code, meant_code, note, created_at, "
            + "outcome, answer, settled_by, settled_at";
    private final Database db;

    public ContestRepository(Database db) {
        this.db = db;
    }

    /** outcome, answer, settledBy and settledAt are null while the contest is open. */
    public record Contest(String id, String sessionId, int number, String traineeId, String autoCode, String meantCode,
                          String note, long createdAt, String outcome, String answer, String settledBy, Long settledAt) {
        public boolean open() {
            return outcome == null;
        }
    }

    public void insert(Contest k) {
        db.write("contest a code", c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO contests (" + COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, NULL, NULL)")) {
                p.setString(1, k.id());
                p.setString(2, k.sessionId());
                p.setInt(3, k.number());
                p.setString(4, k.traineeId());
                p.setString(5, k.autoCode());
                p.setString(6, k.meantCode());
                p.setString(7, k.note());
                p.setLong(8, k.createdAt());
                return p.executeUpdate();
            }
        });
    }

    /** Settles an open contest; false when it was settled already (by another instructor, say). */
    public boolean settle(String id, String outcome, String answer, String by, long at) {
        return db.write("settle a contest", c -> {
            try (PreparedStatement p = c.prepareStatement("UPDATE contests SET outcome = ?, answer = ?, settled_by = ?, "
                    + "settled_at = ? WHERE id = ? AND outcome IS NULL")) {
                p.setString(1, outcome);
                p.setString(2, answer);
                p.setString(3, by);
                p.setLong(4, at);
                p.setString(5, id);
                return p.executeUpdate() == 1;
            }
        });
    }

    public Optional<Contest> find(String id) {
        return list("SELECT " + COLUMNS + " FROM contests WHERE id = ?", id).stream().findFirst();
    }

    public List<Contest> bySession(String sessionId) {
        return list("SELECT " + COLUMNS + " FROM contests WHERE session_id = ? ORDER BY number, created_at", sessionId);
    }

    public List<Contest> byTrainee(String traineeId) {
        return list("SELECT " + COLUMNS + " FROM contests WHERE trainee_id = ? ORDER BY created_at DESC, id", traineeId);
    }

    /** Every open contest, oldest first (the caller keeps those its reader may settle). */
    public List<Contest> open() {
        return list("SELECT " + COLUMNS + " FROM contests WHERE outcome IS NULL ORDER BY created_at, id");
    }

    /** Every settled contest, oldest first: the gold data export. */
    public List<Contest> settled() {
        return list("SELECT " + COLUMNS + " FROM contests WHERE outcome IS NOT NULL ORDER BY settled_at, id");
    }

    private List<Contest> list(String sql, String... args) {
        return db.read("list contests", c -> {
            try (PreparedStatement p = c.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    p.setString(i + 1, args[i]);
                }
                List<Contest> out = new ArrayList<>();
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        long settledAt = r.getLong(12);
                        out.add(new Contest(r.getString(1), r.getString(2), r.getInt(3), r.getString(4), r.getString(5),
                                r.getString(6), r.getString(7), r.getLong(8), r.getString(9), r.getString(10),
                                r.getString(11), r.wasNull() ? null : settledAt));
                    }
                }
                return out;
            }
        });
    }
}
