package org.changetalk.storage;

import org.changetalk.session.HumanCode;
import org.changetalk.session.Recode;
import org.changetalk.session.Verdict;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What reviewers add to a session: human recodes of turns and threaded comments. */
public final class ReviewRepository {
    private final Database db;

    public ReviewRepository(Database db) {
        this.db = db;
    }

    public record Comment(String id, String sessionId, int turn, String parentId, String authorId, String text, long createdAt) {}

    /** Another reviewer reviewed the turn after the version the caller saw. */
    public static final class StaleReview extends RuntimeException {
        public StaleReview(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * Stores a review of a turn (a recode or an agreement) over the review the reviewer saw: {@code seen} is the
     * version they saw (0: none; negative: not said, no check). A reviewer may always replace their own review;
     * replacing someone else's needs its version, else StaleReview and nothing is written. Returns the stored
     * review.
     */
    public Recode review(String sessionId, int number, List<HumanCode> codes, Verdict verdict, String by, long at,
                         int seen) {
        return db.write("review turn", c -> {
            Recode current = null;
            try (PreparedStatement p = c.prepareStatement(SELECT + " WHERE session_id = ? AND number = ?")) {
                p.setString(1, sessionId);
                p.setInt(2, number);
                try (ResultSet r = p.executeQuery()) {
                    if (r.next()) {
                        current = recode(r);
                    }
                }
            }
            if (seen >= 0 && current != null && !current.by().equals(by) && current.version() != seen) {
                throw new StaleReview("turn " + number + " was reviewed by someone else (version " + current.version()
                        + ") after the version you saw (" + seen + ")");
            }
            int version = current == null ? 1 : current.version() + 1;
            try (PreparedStatement p = c.prepareStatement("DELETE FROM turn_recodes WHERE session_id = ? AND number = ?")) {
                p.setString(1, sessionId);
                p.setInt(2, number);
                p.executeUpdate();
            }
            Recode stored = new Recode(sessionId, number, codes, by, at, verdict, version);
            insert(c, stored);
            return stored;
        });
    }

    /** Stores or replaces a review as it is (tests, imports of reviews). */
    public void recode(Recode r) {
        db.write("recode turn", c -> {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM turn_recodes WHERE session_id = ? AND number = ?")) {
                p.setString(1, r.sessionId());
                p.setInt(2, r.number());
                p.executeUpdate();
            }
            insert(c, r);
            return null;
        });
    }

    private static void insert(java.sql.Connection c, Recode r) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO turn_recodes (session_id, number, codes_json, "
                + "recoded_by, recoded_at, verdict, version) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            p.setString(1, r.sessionId());
            p.setInt(2, r.number());
            p.setString(3, SessionRows.humanCodes(r.codes()));
            p.setString(4, r.by());
            p.setLong(5, r.at());
            p.setString(6, r.verdict() == Verdict.AGREE ? "agree" : "recode");
            p.setInt(7, r.version());
            p.executeUpdate();
        }
    }

    private static final String SELECT = "SELECT session_id, number, codes_json, recoded_by, recoded_at, verdict, version "
            + "FROM turn_recodes";

    private static Recode recode(ResultSet r) throws SQLException {
        return new Recode(r.getString(1), r.getInt(2), SessionRows.humanCodes(r.getString(3), "review of session "
                + r.getString(1) + " turn " + r.getInt(2)), r.getString(4), r.getLong(5),
                "agree".equals(r.getString(6)) ? Verdict.AGREE : Verdict.RECODE, r.getInt(7));
    }

    public void clearRecode(String sessionId, int number) {
        db.write("clear recode", c -> {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM turn_recodes WHERE session_id = ? AND number = ?")) {
                p.setString(1, sessionId);
                p.setInt(2, number);
                p.executeUpdate();
            }
            return null;
        });
    }

    /** The sessions with at least one recode (for the gold data export), oldest recode first. */
    public List<String> recodedSessions() {
        return db.read("list recoded sessions", c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT session_id FROM turn_recodes GROUP BY session_id "
                    + "ORDER BY min(recoded_at), session_id")) {
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

    /** A session's reviews (recodes and agreements), by turn number. */
    public List<Recode> recodes(String sessionId) {
        return db.read("read recodes", c -> {
            try (PreparedStatement p = c.prepareStatement(SELECT + " WHERE session_id = ? ORDER BY number")) {
                p.setString(1, sessionId);
                List<Recode> out = new ArrayList<>();
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        out.add(recode(r));
                    }
                }
                return out;
            }
        });
    }

    public void addComment(Comment k) {
        db.write("add comment", c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO comments (id, session_id, turn, parent_id, author_id, "
                    + "body, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                p.setString(1, k.id());
                p.setString(2, k.sessionId());
                p.setInt(3, k.turn());
                p.setString(4, k.parentId());
                p.setString(5, k.authorId());
                p.setString(6, k.text());
                p.setLong(7, k.createdAt());
                p.executeUpdate();
            }
            return null;
        });
    }

    public Optional<Comment> comment(String id) {
        return list("SELECT id, session_id, turn, parent_id, author_id, body, created_at FROM comments WHERE id = ?", id)
                .stream().findFirst();
    }

    /** A session's comments, oldest first. */
    public List<Comment> comments(String sessionId) {
        return list("SELECT id, session_id, turn, parent_id, author_id, body, created_at FROM comments "
                + "WHERE session_id = ? ORDER BY created_at, id", sessionId);
    }

    private List<Comment> list(String sql, String arg) {
        return db.read("read comments", c -> {
            try (PreparedStatement p = c.prepareStatement(sql)) {
                p.setString(1, arg);
                List<Comment> out = new ArrayList<>();
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        out.add(comment(r));
                    }
                }
                return out;
            }
        });
    }

    private static Comment comment(ResultSet r) throws SQLException {
        return new Comment(r.getString(1), r.getString(2), r.getInt(3), r.getString(4), r.getString(5), r.getString(6),
                r.getLong(7));
    }
}
