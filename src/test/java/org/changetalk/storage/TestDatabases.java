package org.changetalk.storage;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Databases for tests: a SQLite file in a temp folder, or a fresh PostgreSQL database on the server named by
 * CHANGETALK_TEST_PG_URL (set by .ci/run), defaulting to the local Debian server. In CI an unreachable
 * PostgreSQL fails the test; on a developer machine without one the PostgreSQL cases are skipped, loudly.
 */
public final class TestDatabases {
    static final String DEFAULT_PG = "postgresql://changetalk:changetalk@127.0.0.1:5432/changetalk";

    private TestDatabases() {
    }

    public static List<Dialect> dialects() {
        return List.of(Dialect.SQLITE, Dialect.POSTGRESQL);
    }

    /** A new, empty database of the dialect; PostgreSQL databases are dropped when the JVM exits. */
    public static DatabaseUrl fresh(Dialect dialect, Path dir) {
        return dialect == Dialect.SQLITE ? DatabaseUrl.sqlite(dir.resolve("test-" + UUID.randomUUID() + ".db")) : postgresql();
    }

    public static DatabaseUrl postgresql() {
        String env = System.getenv("CHANGETALK_TEST_PG_URL");
        DatabaseUrl server = DatabaseUrl.parse(env == null || env.isBlank() ? DEFAULT_PG : env, Path.of("."));
        String name = "ct_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        try (Connection c = DriverManager.getConnection(server.jdbcUrl(), server.user(), server.password());
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            String why = "PostgreSQL is not reachable at " + server.display() + ": " + e.getMessage();
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError(why + " (CI must run the PostgreSQL tests: see .ci/run)", e);
            }
            Assumptions.abort(why + " — skipping the PostgreSQL case on this machine");
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(server, name)));
        String jdbc = server.jdbcUrl().replaceFirst("^(jdbc:postgresql://[^/]+)/[^?]*", "$1/" + name);
        return new DatabaseUrl(Dialect.POSTGRESQL, jdbc, server.user(), server.password());
    }

    private static void drop(DatabaseUrl server, String name) {
        try (Connection c = DriverManager.getConnection(server.jdbcUrl(), server.user(), server.password());
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            // best effort: a leftover test database is harmless
        }
    }
}
