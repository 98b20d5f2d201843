package org.changetalk.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Cohorts, who instructs and who belongs to them, and which sessions are shared with them. Access checks are
 * single queries here so a route asks one question ("may this user review that session?") of the database.
 */
public final class CohortRepository {
    private final Database db;

    public CohortRepository(Database db) {
        this.db = db;
    }

    public record Cohort(String id, String name, String inviteCode, String createdBy, long createdAt) {}

    public record Share(String cohortId, String name, long sharedAt) {}

    /** Creates the cohort with its creator as the first instructor, in one transaction. */
    public void create(Cohort cohort) {
        db.write("create cohort", c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO cohorts (id, name, invite_code, created_by, created_at) VALUES (?, ?, ?, ?, ?)")) {
                p.setString(1, cohort.id());
                p.setString(2, cohort.name());
                p.setString(3, cohort.inviteCode());
                p.setString(4, cohort.createdBy());
                p.setLong(5, cohort.createdAt());
                p.executeUpdate();
            }
            addTo(c, "cohort_instructors", cohort.id(), cohort.createdBy(), cohort.createdAt());
            return null;
        });
    }

    public Optional<Cohort> find(String id) {
        return one("SELECT id, name, invite_code, created_by, created_at FROM cohorts WHERE id = ?", id);
    }

    public Optional<Cohort> byInviteCode(String code) {
        return one("SELECT id, name, invite_code, created_by, created_at FROM cohorts WHERE invite_code = ?", code);
    }

    /** Cohorts the user instructs or belongs to (all of them when {@code all}), newest first. */
    public List<Cohort> forUser(String userId, boolean all) {
        String sql = "SELECT id, name, invite_code, created_by, created_at FROM cohorts"
                + (all ? "" : " WHERE id IN (SELECT cohort_id FROM cohort_instructors WHERE user_id = ?)"
                + " OR id IN (SELECT cohort_id FROM cohort_members WHERE user_id = ?)")
                + " ORDER BY created_at DESC, id DESC";
        return db.read("list cohorts", c -> {
            try (PreparedStatement p = c.prepareStatement(sql)) {
                if (!all) {
                    p.setString(1, userId);
                    p.setString(2, userId);
                }
                return cohorts(p);
            }
        });
    }

    public void setInviteCode(String cohortId, String code) {
        db.write("new cohort invite code", c -> {
            try (PreparedStatement p = c.prepareStatement("UPDATE cohorts SET invite_code = ? WHERE id = ?")) {
                p.setString(1, code);
                p.setString(2, cohortId);
                p.executeUpdate();
            }
            return null;
        });
    }

    public List<String> instructorIds(String cohortId) {
        return ids("SELECT user_id FROM cohort_instructors WHERE cohort_id = ? ORDER BY added_at, user_id", cohortId);
    }

    public List<String> memberIds(String cohortId) {
        return ids("SELECT user_id FROM cohort_members WHERE cohort_id = ? ORDER BY added_at, user_id", cohortId);
    }

    public boolean isInstructor(String cohortId, String userId) {
        return exists("SELECT 1 FROM cohort_instructors WHERE cohort_id = ? AND user_id = ?", cohortId, userId);
    }

    public boolean isMember(String cohortId, String userId) {
        return exists("SELECT 1 FROM cohort_members WHERE cohort_id = ? AND user_id = ?", cohortId, userId);
    }

    /** False when they were already a member (nothing changes then). */
    public boolean addMember(String cohortId, String userId, long now) {
        return addMember(cohortId, userId, now, c -> null);
    }

    /** Adds a member; {@code also} (an audit record) runs in the same transaction when someone was added. */
    public boolean addMember(String cohortId, String userId, long now, Database.Work<Void> also) {
        return db.write("add cohort member", c -> !isIn(c, "cohort_members", cohortId, userId)
                && addTo(c, "cohort_members", cohortId, userId, now) && also.run(c) == null);
    }

    public boolean addInstructor(String cohortId, String userId, long now) {
        return addInstructor(cohortId, userId, now, c -> null);
    }

    public boolean addInstructor(String cohortId, String userId, long now, Database.Work<Void> also) {
        return db.write("add cohort instructor", c -> !isIn(c, "cohort_instructors", cohortId, userId)
                && addTo(c, "cohort_instructors", cohortId, userId, now) && also.run(c) == null);
    }

    /**
     * Removes an instructor, unless they are the last one (a cohort nobody instructs could never be managed
     * again); false when they were not an instructor, and {@code also} runs only when one was removed.
     *
     * @throws IllegalStateException for the last instructor
     */
    public boolean removeInstructor(String cohortId, String userId, Database.Work<Void> also) {
        return db.write("remove cohort instructor", c -> {
            if (!isIn(c, "cohort_instructors", cohortId, userId)) {
                return false;
            }
            try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM cohort_instructors WHERE cohort_id = ?")) {
                p.setString(1, cohortId);
                try (ResultSet r = p.executeQuery()) {
                    r.next();
                    if (r.getInt(1) <= 1) {
                        throw new IllegalStateException("the last instructor");
                    }
                }
            }
            try (PreparedStatement p = c.prepareStatement("DELETE FROM cohort_instructors WHERE cohort_id = ? AND user_id = ?")) {
                p.setString(1, cohortId);
                p.setString(2, userId);
                p.executeUpdate();
            }
            also.run(c);
            return true;
        });
    }

    /** Removes a member and withdraws their sessions from the cohort, together. */
    public void removeMember(String cohortId, String userId) {
        removeMember(cohortId, userId, c -> null);
    }

    /** As above; {@code also} (an audit record) runs in the same transaction when a member was removed. */
    public boolean removeMember(String cohortId, String userId, Database.Work<Void> also) {
        return db.write("remove cohort member", c -> {
            if (!isIn(c, "cohort_members", cohortId, userId)) {
                return false;
            }
            try (PreparedStatement p = c.prepareStatement("DELETE FROM session_shares WHERE cohort_id = ? AND session_id IN "
                    + "(SELECT id FROM practice_sessions WHERE user_id = ?)")) {
                p.setString(1, cohortId);
                p.setString(2, userId);
                p.executeUpdate();
            }
            try (PreparedStatement p = c.prepareStatement("DELETE FROM cohort_members WHERE cohort_id = ? AND user_id = ?")) {
                p.setString(1, cohortId);
                p.setString(2, userId);
                p.executeUpdate();
            }
            also.run(c);
            return true;
        });
    }

    /** False when it was already shared. */
    public boolean share(String sessionId, String cohortId, long now) {
        return db.write("share session", c -> {
            if (exists(c, "SELECT 1 FROM session_shares WHERE session_id = ? AND cohort_id = ?", sessionId, cohortId)) {
                return false;
            }
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO session_shares (session_id, cohort_id, shared_at) VALUES (?, ?, ?)")) {
                p.setString(1, sessionId);
                p.setString(2, cohortId);
                p.setLong(3, now);
                p.executeUpdate();
            }
            return true;
        });
    }

    public void withdraw(String sessionId, String cohortId) {
        db.write("withdraw session", c -> {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM session_shares WHERE session_id = ? AND cohort_id = ?")) {
                p.setString(1, sessionId);
                p.setString(2, cohortId);
                p.executeUpdate();
            }
            return null;
        });
    }

    public List<Share> shares(String sessionId) {
        return db.read("list shares", c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT s.cohort_id, k.name, s.shared_at FROM session_shares s "
                    + "JOIN cohorts k ON k.id = s.cohort_id WHERE s.session_id = ? ORDER BY s.shared_at, s.cohort_id")) {
                p.setString(1, sessionId);
                List<Share> out = new ArrayList<>();
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        out.add(new Share(r.getString(1), r.getString(2), r.getLong(3)));
                    }
                }
                return out;
            }
        });
    }

    /** Ids of the sessions shared with a cohort. */
    public List<String> sharedWith(String cohortId) {
        return ids("SELECT session_id FROM session_shares WHERE cohort_id = ?", cohortId);
    }

    /** Whether the user instructs a cohort that the owner belongs to. */
    public boolean instructsMemberOf(String instructorId, String ownerId) {
        return exists("SELECT 1 FROM cohort_instructors i JOIN cohort_members m ON m.cohort_id = i.cohort_id "
                + "WHERE i.user_id = ? AND m.user_id = ?", instructorId, ownerId);
    }

    /** Whether the session is shared with a cohort the user belongs to or instructs. */
    public boolean sharedWithCohortOf(String sessionId, String userId) {
        return exists("SELECT 1 FROM session_shares s WHERE s.session_id = ? AND (s.cohort_id IN "
                + "(SELECT cohort_id FROM cohort_members WHERE user_id = ?) OR s.cohort_id IN "
                + "(SELECT cohort_id FROM cohort_instructors WHERE user_id = ?))", sessionId, userId, userId);
    }

    /** Whether the session is shared with a cohort the user instructs. */
    public boolean sharedWithCohortInstructedBy(String sessionId, String userId) {
        return exists("SELECT 1 FROM session_shares s JOIN cohort_instructors i ON i.cohort_id = s.cohort_id "
                + "WHERE s.session_id = ? AND i.user_id = ?", sessionId, userId);
    }

    private static boolean isIn(Connection c, String table, String cohortId, String userId) throws SQLException {
        return exists(c, "SELECT 1 FROM " + table + " WHERE cohort_id = ? AND user_id = ?", cohortId, userId);
    }

    private static boolean addTo(Connection c, String table, String cohortId, String userId, long now) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO " + table + " (cohort_id, user_id, added_at) VALUES (?, ?, ?)")) {
            p.setString(1, cohortId);
            p.setString(2, userId);
            p.setLong(3, now);
            p.executeUpdate();
        }
        return true;
    }

    private Optional<Cohort> one(String sql, String arg) {
        return db.read("find cohort", c -> {
            try (PreparedStatement p = c.prepareStatement(sql)) {
                p.setString(1, arg);
                List<Cohort> found = cohorts(p);
                return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
            }
        });
    }

    private static List<Cohort> cohorts(PreparedStatement p) throws SQLException {
        List<Cohort> out = new ArrayList<>();
        try (ResultSet r = p.executeQuery()) {
            while (r.next()) {
                out.add(new Cohort(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getLong(5)));
            }
        }
        return out;
    }

    private List<String> ids(String sql, String arg) {
        return db.read("list ids", c -> {
            try (PreparedStatement p = c.prepareStatement(sql)) {
                p.setString(1, arg);
                List<String> out = new ArrayList<>();
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        out.add(r.getString(1));
                    }
                }
                return out;
            }
        });
    }

    private boolean exists(String sql, String... args) {
        return db.read("check", c -> exists(c, sql, args));
    }

    private static boolean exists(Connection c, String sql, String... args) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                p.setString(i + 1, args[i]);
            }
            try (ResultSet r = p.executeQuery()) {
                return r.next();
            }
        }
    }
}
