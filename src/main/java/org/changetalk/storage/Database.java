package org.changetalk.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * A connection pool and transactions on SQLite or PostgreSQL. SQLite allows one writer at a time: rather
 * than let writers collide and retry on SQLITE_BUSY, writes take turns in the JVM, and the writes that queued
 * up behind a busy writer commit together ({@link GroupCommit}); reads run beside them, thanks to WAL.
 * PostgreSQL has writers of its own: each write is its own transaction on the caller's thread.
 */
public final class Database implements AutoCloseable {
    /** One unit of work on a connection. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** Beside a SQLite file: the driver's native library, kept between starts (see {@link SqliteNative}). */
    static final String NATIVE_FOLDER = "native";

    private final DatabaseUrl url;
    private final HikariDataSource pool;
    /**
     * SQLite: the statements each physical connection has prepared through {@link #prepared}, by SQL. Weak keys: a
     * connection the pool retires (closing it finalises its statements) takes its entry with it.
     */
    private final Map<Connection, Map<String, PreparedStatement>> kept =
            Collections.synchronizedMap(new WeakHashMap<>());
    /** SQLite's one writer; null on PostgreSQL. */
    private final GroupCommit writer;
    /** SQLite: copies the log back into the database file off the writer's path; null on PostgreSQL. */
    private final Checkpointer checkpointer;

    private Database(DatabaseUrl url, HikariDataSource pool) {
        this.url = url;
        this.pool = pool;
        boolean sqlite = url.dialect() == Dialect.SQLITE;
        this.writer = sqlite ? new GroupCommit(pool::getConnection) : null;
        this.checkpointer = sqlite ? new Checkpointer(pool.getPoolName() + ":checkpoint",
                () -> DriverManager.getConnection(url.jdbcUrl())) : null;
        if (checkpointer != null) {
            checkpointer.start();
        }
    }

    /**
     * Asks the machine, on the calling thread, what opening a SQLite database will ask it (which of the driver's
     * native libraries fits; the driver runs a child process to find out), so a start can do it early on another
     * core. Optional: {@link #connect} asks itself when nobody did.
     */
    public static void lookAhead() {
        SqliteNative.ThisMachine.ask();
    }

    /** Opens the pool and brings the schema up to date; SQLite commits survive a process crash. */
    public static Database open(DatabaseUrl url) {
        return open(url, Durability.PROCESS_CRASH);
    }

    public static Database open(DatabaseUrl url, Durability durability) {
        Database db = connect(url, durability, true);
        db.migrate();
        return db;
    }

    /**
     * The pool without waiting for a connection or the schema: the web server starts listening while the
     * connections open and {@link #migrate()} runs on another thread (it answers "starting" until then).
     */
    public static Database connect(DatabaseUrl url, Durability durability) {
        return connect(url, durability, false);
    }

    /** Brings the schema up to date; closes the pool if that fails, so a failed start leaves nothing open. */
    public void migrate() {
        try {
            if (url.dialect() == Dialect.SQLITE) {
                openOnce();
            }
            new Migrations(url.dialect()).apply(this);
        } catch (RuntimeException e) {
            close();
            throw e instanceof StorageException ? new StorageException("cannot open the database " + url.display() + ": "
                    + rootMessage(e), e) : e;
        }
    }

    /**
     * Opens the SQLite file once outside the pool: a file SQLite cannot open (its folder is a file, no
     * permission) fails the start at once with SQLite's reason, where the pool would retry for its whole
     * connection timeout (10 s) first.
     */
    private void openOnce() {
        try (Connection c = DriverManager.getConnection(url.jdbcUrl())) {
            c.isValid(1);
        } catch (SQLException e) {
            throw new StorageException(e.getMessage(), e);
        }
    }

    private static Database connect(DatabaseUrl url, Durability durability, boolean failFast) {
        url.sqliteFile().ifPresent(file -> SqliteNative.useCopyIn(file.toAbsolutePath().resolveSibling(NATIVE_FOLDER)));
        HikariConfig config = new HikariConfig();
        if (!failFast) {
            config.setInitializationFailTimeout(-1); // no connection in the constructor; migrate() makes the first
        }
        config.setJdbcUrl(url.jdbcUrl());
        config.setPoolName("changetalk-" + url.dialect().folder());
        if (url.dialect() == Dialect.SQLITE) {
            // WAL: readers never wait for the writer. synchronous per Durability. busy_timeout covers another
            // process holding the file.
            config.addDataSourceProperty("journal_mode", "WAL");
            config.addDataSourceProperty("synchronous", durability.sqliteSynchronous);
            config.addDataSourceProperty("busy_timeout", "10000");
            config.addDataSourceProperty("foreign_keys", "true");
            // the checkpoints run on a thread of their own (Checkpointer); a commit only checkpoints if that fell far behind
            config.addDataSourceProperty("wal_autocheckpoint", Integer.toString(Checkpointer.SAFETY_NET_PAGES));
            config.setMaximumPoolSize(8);
        } else {
            if (url.user() != null) {
                config.setUsername(url.user());
            }
            if (url.password() != null) {
                config.setPassword(url.password());
            }
            config.setMaximumPoolSize(10);
            // while the server is down or restarting, a request waits this long for a connection and is then
            // answered 503 (see unavailable); Hikari replaces broken connections by itself once it is back
            config.setConnectionTimeout(3_000);
            config.addDataSourceProperty("connectTimeout", "3");
            config.addDataSourceProperty("tcpKeepAlive", "true");
        }
        if (url.dialect() == Dialect.SQLITE) {
            config.setConnectionTimeout(10_000);
        }
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new StorageException("cannot open the database " + url.display() + ": " + rootMessage(e), e);
        }
        return new Database(url, pool);
    }

    public Dialect dialect() {
        return url.dialect();
    }

    public DatabaseUrl url() {
        return url;
    }

    /**
     * Runs work in one transaction (on SQLite: in a savepoint of a transaction it may share with other writes)
     * and commits it before returning; rolls back on any failure. A write must not start another write.
     */
    public <T> T write(String what, Work<T> work) {
        if (writer != null) {
            T result = writer.write(what, work);
            checkpointer.wrote();
            return result;
        }
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollback(c, e);
                throw e;
            } finally {
                restoreAutoCommit(c);
            }
        } catch (SQLException e) {
            throw new StorageException(what + ": " + e.getMessage(), e);
        }
    }

    /**
     * Rolls back after a failure. When the connection itself broke (the database went away) the rollback
     * fails too; the first failure is the one that says what happened, so it is kept.
     */
    private static void rollback(Connection c, Exception cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    /** A broken connection cannot be reset; the pool throws it away, so there is nothing to do. */
    private static void restoreAutoCommit(Connection c) {
        try {
            c.setAutoCommit(true);
        } catch (SQLException e) {
            // the pool evicts a broken connection when it comes back
        }
    }

    /**
     * A statement for {@code sql} on this pooled connection, for the statements every practice turn runs. On SQLite
     * it is prepared once per connection and kept: sqlite-jdbc has no statement cache, and preparing the turn's
     * statements again each time cost ~0.1 ms of a turn (docs/benchmarks.md, section 14). PostgreSQL's driver
     * keeps prepared statements on the server by itself; there it is an ordinary statement. Close it (with
     * try-with-resources) as one from {@code prepareStatement}: a kept one then only has its parameters cleared.
     * Results must be closed before the statement is used again, as JDBC requires anyway.
     */
    public Prepared prepared(Connection c, String sql) throws SQLException {
        if (url.dialect() != Dialect.SQLITE || !c.isWrapperFor(org.sqlite.SQLiteConnection.class)) {
            return new Prepared(c.prepareStatement(sql), false);
        }
        // the pool's connection is a wrapper that closes every statement made through it when it is given back
        Connection physical = c.unwrap(org.sqlite.SQLiteConnection.class);
        Map<String, PreparedStatement> statements = kept.computeIfAbsent(physical, k -> new HashMap<>());
        // one thread at a time has a connection from the pool, so its own map needs no lock
        PreparedStatement p = statements.get(sql);
        if (p == null || p.isClosed()) {
            p = physical.prepareStatement(sql);
            statements.put(sql, p);
        }
        return new Prepared(p, true);
    }

    /** Runs read-only work on a pooled connection in autocommit mode. */
    public <T> T read(String what, Work<T> work) {
        try (Connection c = pool.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new StorageException(what + ": " + e.getMessage(), e);
        }
    }

    /**
     * A connection of its own, outside the pool, for work that holds one for a long time (a PostgreSQL
     * LISTEN). The caller closes it. Connecting gives up after a few seconds, so a loop around it stays live.
     */
    public Connection dedicated() throws SQLException {
        java.util.Properties props = new java.util.Properties();
        if (url.user() != null) {
            props.setProperty("user", url.user());
        }
        if (url.password() != null) {
            props.setProperty("password", url.password());
        }
        if (url.dialect() == Dialect.POSTGRESQL) {
            props.setProperty("connectTimeout", "3");
            props.setProperty("tcpKeepAlive", "true");
        }
        return DriverManager.getConnection(url.jdbcUrl(), props);
    }

    /**
     * Whether a failure means the database cannot be reached right now (down, restarting, or no connection
     * free in time), as opposed to a fault in what was asked: the caller may answer "try again later".
     */
    public static boolean unavailable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLTransientConnectionException || t instanceof java.net.ConnectException
                    || t instanceof java.io.EOFException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true; // connection exceptions; admin shutdown, crash shutdown, cannot connect now
            }
        }
        return false;
    }

    /** True when a trivial query answers: for the health check. */
    public boolean ping() {
        try {
            return read("ping", c -> c.isValid(2));
        } catch (StorageException e) {
            return false;
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    @Override
    public void close() {
        if (writer != null) {
            writer.close();
        }
        if (checkpointer != null) {
            checkpointer.close();
        }
        pool.close();
    }
}
