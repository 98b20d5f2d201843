package org.changetalk.account;

import org.changetalk.storage.Database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** One-time password reset codes, kept as hashes; a user has at most one at a time. */
final class PasswordResetRepository {
    private final Database db;

    PasswordResetRepository(Database db) {
        this.db = db;
    }

    void replace(String codeHash, String userId, String createdBy, long now, long expires) {
        db.write("store password reset", c -> {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM password_resets WHERE user_id = ?")) {
                p.setString(1, userId);
                p.executeUpdate();
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO password_resets (code_hash, user_id, created_by, created_at, "
                    + "expires_at) VALUES (?, ?, ?, ?, ?)")) {
                p.setString(1, codeHash);
                p.setString(2, userId);
                p.setString(3, createdBy);
                p.setLong(4, now);
                p.setLong(5, expires);
                p.executeUpdate();
            }
            return null;
        });
    }

    /** Uses up the code if it is live and belongs to {@code userId}; true when it did. */
    boolean consume(Connection c, String codeHash, String userId, long now) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM password_resets WHERE code_hash = ? AND user_id = ? "
                + "AND expires_at > ?")) {
            p.setString(1, codeHash);
            p.setString(2, userId);
            p.setLong(3, now);
            try (ResultSet r = p.executeQuery()) {
                if (!r.next()) {
                    return false;
                }
            }
        }
        try (PreparedStatement p = c.prepareStatement("DELETE FROM password_resets WHERE code_hash = ?")) {
            p.setString(1, codeHash);
            return p.executeUpdate() == 1; // a second request racing this one deletes nothing and loses
        }
    }
}
