package org.changetalk.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Versioned schema migrations: db/{dialect}/V{n}__{description}.sql on the class path, applied in order,
 * each in its own transaction together with its row in schema_version. Files are found by number (V1, V2…
 * until one is missing) because a jar cannot be listed like a folder; the index file names them.
 */
final class Migrations {
    private final Dialect dialect;

    Migrations(Dialect dialect) {
        this.dialect = dialect;
    }

    void apply(Database db) {
        db.write("create schema_version", c -> {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                        + "description TEXT NOT NULL, applied_at TEXT NOT NULL)");
            }
            return null;
        });
        for (Migration m : available()) {
            db.write("migration V" + m.version() + " (" + m.description() + ")", c -> {
                if (dialect == Dialect.POSTGRESQL) {
                    // several app instances may start together: one migrates, the others wait and then skip
                    try (Statement s = c.createStatement()) {
                        s.execute("SELECT pg_advisory_xact_lock(7070)");
                    }
                }
                if (applied(c, m.version())) {
                    return null;
                }
                try (Statement s = c.createStatement()) {
                    for (String sql : m.statements()) {
                        s.execute(sql);
                    }
                }
                try (PreparedStatement p = c.prepareStatement(
                        "INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)")) {
                    p.setInt(1, m.version());
                    p.setString(2, m.description());
                    p.setString(3, Instant.now().toString());
                    p.executeUpdate();
                }
                return null;
            });
        }
    }

    private static boolean applied(Connection c, int version) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM schema_version WHERE version = ?")) {
            p.setInt(1, version);
            try (ResultSet r = p.executeQuery()) {
                return r.next();
            }
        }
    }

    record Migration(int version, String description, List<String> statements) {}

    List<Migration> available() {
        List<Migration> out = new ArrayList<>();
        String index = resource("db/" + dialect.folder() + "/index.txt");
        if (index == null) {
            throw new IllegalStateException("no migrations index db/" + dialect.folder() + "/index.txt on the class path");
        }
        int expected = 1;
        for (String line : index.split("\n")) {
            String name = line.strip();
            if (name.isEmpty() || name.startsWith("#")) {
                continue;
            }
            if (!name.matches("V\\d+__[A-Za-z0-9_]+\\.sql")) {
                throw new IllegalStateException("db/" + dialect.folder() + "/index.txt: bad migration name '" + name + "'");
            }
            int version = Integer.parseInt(name.substring(1, name.indexOf("__")));
            if (version != expected) {
                throw new IllegalStateException("db/" + dialect.folder() + "/index.txt: expected V" + expected + " but found " + name);
            }
            String sql = resource("db/" + dialect.folder() + "/" + name);
            if (sql == null) {
                throw new IllegalStateException("migration db/" + dialect.folder() + "/" + name + " is listed but missing");
            }
            out.add(new Migration(version, name.substring(name.indexOf("__") + 2, name.length() - 4), split(sql)));
            expected++;
        }
        return out;
    }

    /** Statements end with a semicolon at the end of a line; lines starting with -- are comments. */
    static List<String> split(String sql) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : sql.split("\n")) {
            String t = line.strip();
            if (t.startsWith("--") || t.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (t.endsWith(";")) {
                String stmt = current.toString().strip();
                out.add(stmt.substring(0, stmt.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }

    private static String resource(String name) {
        try (InputStream in = Migrations.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + name + ": " + e.getMessage(), e);
        }
    }
}
