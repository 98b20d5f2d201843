package org.changetalk.account;

import org.changetalk.storage.Database;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;

/** Signed-in sessions, keyed by the hash of their token. */
public final class AuthSessionRepository {
    private final Database db;

    public AuthSessionRepository(Database db) {
        this.db = db;
    }

    /** A live sign-in: who, and the CSRF token that state-changing requests must echo. */
    public record SignedIn(User user, String csrfToken) {}

    public void insert(String tokenHash, String userId, String csrfToken, long now, long expires) {
        db.write("store sign-in", c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO auth_sessions (token_hash, user_id, csrf_token, "
                    + "created_at, expires_at) VALUES (?, ?, ?, ?, ?)")) {
                p.setString(1, tokenHash);
                p.setString(2, userId);
                p.setString(3, csrfToken);
                p.setLong(4, now);
                p.setLong(5, expires);
                p.executeUpdate();
            }
            return null;
        });
    }

    public Optional<SignedIn> find(String tokenHash, long now) {
        return db.read("find sign-in", c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT u.id, u.username, u.display_name, u.role, u.manager_id, "
                    + "s.csrf_token FROM auth_sessions s JOIN users u ON u.id = s.user_id "
                    + "WHERE s.token_hash = ? AND s.expires_at > ?")) {
                p.setString(1, tokenHash);
                p.setLong(2, now);
                try (ResultSet r = p.executeQuery()) {
                    return r.next() ? Optional.of(new SignedIn(UserRepository.user(r), r.getString(6))) : Optional.empty();
                }
            }
        });
    }

    public void delete(String tokenHash) {
        db.write("sign out", c -> {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM auth_sessions WHERE token_hash = ?")) {
                p.setString(1, tokenHash);
                p.executeUpdate();
            }
            return null;
        });
    }

    public int deleteExpired(long now) {
        return db.write("delete expired sign-ins", c -> {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM auth_sessions WHERE expires_at <= ?")) {
                p.setLong(1, now);
                return p.executeUpdate();
            }
        });
    }
}
