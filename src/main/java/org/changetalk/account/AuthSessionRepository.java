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

    /** A live sign-in: who, the CSRF token that state-changing requests must echo, and its token's hash. */
    public record SignedIn(User user, String csrfToken, String tokenHash) {}

    /** A sign-in as its owner sees it: {@code id} is a prefix of the token's hash (never the token). */
    public record SignInInfo(String id, long createdAt, long expiresAt, String userAgent, String tokenHash) {}

    /** How many hex digits of the token hash name a sign-in to its owner. */
    static final int ID_LENGTH = 16;

    public void insert(String tokenHash, String userId, String csrfToken, long now, long expires, String userAgent) {
        db.write("store sign-in", c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO auth_sessions (token_hash, user_id, csrf_token, "
                    + "created_at, expires_at, user_agent) VALUES (?, ?, ?, ?, ?, ?)")) {
                p.setString(1, tokenHash);
                p.setString(2, userId);
                p.setString(3, csrfToken);
                p.setLong(4, now);
                p.setLong(5, expires);
                p.setString(6, userAgent);
                p.executeUpdate();
            }
            return null;
        });
    }

    private static final String FIND = "SELECT u.id, u.username, u.display_name, u.role, u.manager_id, "
            + "s.csrf_token FROM auth_sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = ? AND s.expires_at > ?";

    /** Every API request asks this (the statement is kept per connection: {@link Database#prepared}). */
    public Optional<SignedIn> find(String tokenHash, long now) {
        return db.read("find sign-in", c -> {
            try (org.changetalk.storage.Prepared prepared = db.prepared(c, FIND)) {
                PreparedStatement p = prepared.statement();
                p.setString(1, tokenHash);
                p.setLong(2, now);
                try (ResultSet r = p.executeQuery()) {
                    return r.next() ? Optional.of(new SignedIn(UserRepository.user(r), r.getString(6), tokenHash)) : Optional.empty();
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

    /** The user's live sign-ins, newest first. */
    public java.util.List<SignInInfo> list(String userId, long now) {
        return db.read("list sign-ins", c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT token_hash, created_at, expires_at, user_agent FROM auth_sessions "
                    + "WHERE user_id = ? AND expires_at > ? ORDER BY created_at DESC")) {
                p.setString(1, userId);
                p.setLong(2, now);
                java.util.List<SignInInfo> out = new java.util.ArrayList<>();
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        out.add(new SignInInfo(r.getString(1).substring(0, ID_LENGTH), r.getLong(2), r.getLong(3),
                                r.getString(4), r.getString(1)));
                    }
                }
                return out;
            }
        });
    }

    /** Ends the user's sign-ins except {@code keepTokenHash} (null: all of them); returns how many ended. */
    public int deleteAllFor(java.sql.Connection c, String userId, String keepTokenHash) throws java.sql.SQLException {
        try (PreparedStatement p = c.prepareStatement("DELETE FROM auth_sessions WHERE user_id = ?"
                + (keepTokenHash == null ? "" : " AND token_hash <> ?"))) {
            p.setString(1, userId);
            if (keepTokenHash != null) {
                p.setString(2, keepTokenHash);
            }
            return p.executeUpdate();
        }
    }

    public int deleteAllFor(String userId, String keepTokenHash) {
        return db.write("sign out everywhere", c -> deleteAllFor(c, userId, keepTokenHash));
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
