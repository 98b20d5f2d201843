package org.changetalk.account;

import org.changetalk.storage.Database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Accounts and their password hashes. Usernames compare case-insensitively. */
public final class UserRepository {
    private static final String COLUMNS = "id, username, display_name, role, manager_id";

    private final Database db;

    public UserRepository(Database db) {
        this.db = db;
    }

    /** A user with the stored hash, for sign-in. */
    public record WithPassword(User user, PasswordHash password) {}

    public void insert(Connection c, User u, PasswordHash pw, long now) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO users (id, username, display_name, role, manager_id, "
                + "pw_algorithm, pw_iterations, pw_salt, pw_hash, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            p.setString(1, u.id());
            p.setString(2, u.username());
            p.setString(3, u.displayName());
            p.setString(4, u.role().wire());
            p.setString(5, u.managerId());
            p.setString(6, pw.algorithm());
            p.setInt(7, pw.iterations());
            p.setString(8, pw.salt());
            p.setString(9, pw.hash());
            p.setLong(10, now);
            p.executeUpdate();
        }
    }

    public boolean usernameTaken(Connection c, String username) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM users WHERE lower(username) = lower(?)")) {
            p.setString(1, username);
            try (ResultSet r = p.executeQuery()) {
                return r.next();
            }
        }
    }

    public Optional<WithPassword> byUsername(String username) {
        return db.read("find user by name", c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS
                    + ", pw_algorithm, pw_iterations, pw_salt, pw_hash FROM users WHERE lower(username) = lower(?)")) {
                p.setString(1, username);
                try (ResultSet r = p.executeQuery()) {
                    if (!r.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new WithPassword(user(r), new PasswordHash(r.getString(6), r.getInt(7),
                            r.getString(8), r.getString(9))));
                }
            }
        });
    }

    public Optional<User> byId(String id) {
        return db.read("find user", c -> byId(c, id));
    }

    public Optional<User> byId(Connection c, String id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + " FROM users WHERE id = ?")) {
            p.setString(1, id);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? Optional.of(user(r)) : Optional.empty();
            }
        }
    }

    public long count() {
        return db.read("count users", c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM users");
                 ResultSet r = p.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        });
    }

    public void setManager(String userId, String managerId) {
        db.write("assign an instructor", c -> setManager(c, userId, managerId));
    }

    /** The same inside the caller's transaction (with its audit record). */
    public int setManager(java.sql.Connection c, String userId, String managerId) throws java.sql.SQLException {
        try (PreparedStatement p = c.prepareStatement("UPDATE users SET manager_id = ? WHERE id = ?")) {
            p.setString(1, managerId);
            p.setString(2, userId);
            return p.executeUpdate();
        }
    }

    /** Everyone (managerId null) or the trainees one instructor manages, by username. */
    public List<User> list(String managerId) {
        return db.read("list users", c -> {
            String sql = "SELECT " + COLUMNS + " FROM users" + (managerId == null ? "" : " WHERE manager_id = ?")
                    + " ORDER BY lower(username)";
            try (PreparedStatement p = c.prepareStatement(sql)) {
                if (managerId != null) {
                    p.setString(1, managerId);
                }
                List<User> out = new ArrayList<>();
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        out.add(user(r));
                    }
                }
                return out;
            }
        });
    }

    public void updatePassword(Connection c, String userId, PasswordHash pw) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("UPDATE users SET pw_algorithm = ?, pw_iterations = ?, pw_salt = ?, "
                + "pw_hash = ? WHERE id = ?")) {
            p.setString(1, pw.algorithm());
            p.setInt(2, pw.iterations());
            p.setString(3, pw.salt());
            p.setString(4, pw.hash());
            p.setString(5, userId);
            p.executeUpdate();
        }
    }

    /** The stored hash of a user's password, for checking it again (a password change). */
    public Optional<PasswordHash> passwordOf(String userId) {
        return db.read("find password", c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT pw_algorithm, pw_iterations, pw_salt, pw_hash FROM users WHERE id = ?")) {
                p.setString(1, userId);
                try (ResultSet r = p.executeQuery()) {
                    return r.next() ? Optional.of(new PasswordHash(r.getString(1), r.getInt(2), r.getString(3), r.getString(4)))
                            : Optional.empty();
                }
            }
        });
    }

    static User user(ResultSet r) throws SQLException {
        return new User(r.getString(1), r.getString(2), r.getString(3), Role.of(r.getString(4)), r.getString(5));
    }
}
