package org.changetalk.account;

import org.changetalk.refusal.Refusal;
import org.changetalk.storage.Database;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Who granted or took back whose access, and when: cohort instructors and members added and removed, trainees
 * leaving, password resets issued. Written in the same transaction as the change it records, so the log
 * never misses one; read by admins.
 */
public final class AuditLog {
    /** One recorded change; names are looked up when read (null when the account is gone). */
    public record Entry(String id, long at, String actorId, String actorName, String action, String cohortId,
                        String subjectId, String subjectName, String detail) {}

    private final Database db;
    private final SecureRandom random;
    private final Clock clock;

    public AuditLog(Database db, SecureRandom random, Clock clock) {
        this.db = db;
        this.random = random;
        this.clock = clock;
    }

    /** Records a change inside the caller's transaction. */
    public void record(Connection c, String actorId, String action, String cohortId, String subjectId, String detail)
            throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO audit_log (id, at, actor_id, action, cohort_id, subject_id, "
                + "detail) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            p.setString(1, Tokens.random(random, 12));
            p.setLong(2, clock.millis());
            p.setString(3, actorId);
            p.setString(4, action);
            p.setString(5, cohortId);
            p.setString(6, subjectId);
            p.setString(7, detail);
            p.executeUpdate();
        }
    }

    /** The newest {@code limit} entries, newest first; admins only. */
    public List<Entry> recent(User viewer, int limit) {
        if (viewer.role() != Role.ADMIN) {
            throw Refusal.forbidden("Only admins read the audit log.");
        }
        return db.read("read the audit log", c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT a.id, a.at, a.actor_id, ua.username, a.action, a.cohort_id, "
                    + "a.subject_id, us.username, a.detail FROM audit_log a LEFT JOIN users ua ON ua.id = a.actor_id "
                    + "LEFT JOIN users us ON us.id = a.subject_id ORDER BY a.at DESC, a.id LIMIT ?")) {
                p.setInt(1, limit);
                List<Entry> out = new ArrayList<>();
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        out.add(new Entry(r.getString(1), r.getLong(2), r.getString(3), r.getString(4), r.getString(5),
                                r.getString(6), r.getString(7), r.getString(8), r.getString(9)));
                    }
                }
                return out;
            }
        });
    }
}
