package org.changetalk.account;

import org.changetalk.storage.Database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Invite codes instructors hand out; each has a number of uses. */
public final class InviteRepository {
    private final Database db;

    public InviteRepository(Database db) {
        this.db = db;
    }

    public record Invite(String code, String createdBy, int maxUses, int uses, long createdAt) {}

    public void insert(Invite i) {
        db.write("create invite", c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO invites (code, created_by, max_uses, uses, created_at) VALUES (?, ?, ?, ?, ?)")) {
                p.setString(1, i.code());
                p.setString(2, i.createdBy());
                p.setInt(3, i.maxUses());
                p.setInt(4, i.uses());
                p.setLong(5, i.createdAt());
                p.executeUpdate();
            }
            return null;
        });
    }

    /** Takes one use of a code inside the caller's transaction; returns who issued it, or null when used up or unknown. */
    public String use(Connection c, String code) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "UPDATE invites SET uses = uses + 1 WHERE code = ? AND uses < max_uses")) {
            p.setString(1, code);
            if (p.executeUpdate() == 0) {
                return null;
            }
        }
        try (PreparedStatement p = c.prepareStatement("SELECT created_by FROM invites WHERE code = ?")) {
            p.setString(1, code);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    /** Invites one user created, or all (createdBy null), newest first. */
    public List<Invite> list(String createdBy) {
        return db.read("list invites", c -> {
            String sql = "SELECT code, created_by, max_uses, uses, created_at FROM invites"
                    + (createdBy == null ? "" : " WHERE created_by = ?") + " ORDER BY created_at DESC, code";
            try (PreparedStatement p = c.prepareStatement(sql)) {
                if (createdBy != null) {
                    p.setString(1, createdBy);
                }
                List<Invite> out = new ArrayList<>();
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        out.add(new Invite(r.getString(1), r.getString(2), r.getInt(3), r.getInt(4), r.getLong(5)));
                    }
                }
                return out;
            }
        });
    }
}
