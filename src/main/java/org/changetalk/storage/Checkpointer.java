package org.changetalk.storage;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Copies SQLite's write-ahead log back into the database file on a thread of its own, so that no request waits for it.
 *
 * <p>Why: SQLite's automatic checkpoint runs inside the commit that takes the log past 1,000 pages, on the thread that
 * commits. With {@code synchronous=NORMAL} a checkpoint is the only place SQLite calls fsync (the log, then the
 * database file: 7–45 ms each on this machine's shared disk), and the writer is {@link GroupCommit}'s one writer: every
 * turn queued behind it waited for those fsyncs. At 500 trainees that came every second or so (docs/benchmarks.md,
 * section 24). Here the pooled connections only checkpoint as a safety net, far later ({@link #SAFETY_NET_PAGES}), and
 * this thread runs a PASSIVE checkpoint (it never takes the write lock nor waits for readers) about once a
 * {@link #PERIOD_MILLIS}, when something was written since the last one.
 *
 * <p>What a commit promises is unchanged: a commit still returns once its pages are in the log (and, with
 * {@code synchronous=FULL}, the log is synced), whether or not they have been copied back yet; a checkpoint only moves
 * committed pages. The database is the same file with or without this thread, and the last connection to close
 * checkpoints what is left, as before.
 */
final class Checkpointer implements AutoCloseable {
    /** The pooled connections' own automatic checkpoint: only if this thread fell far behind (~40 MB of log). */
    static final int SAFETY_NET_PAGES = 10_000;
    static final long PERIOD_MILLIS = 500;
    private static final System.Logger LOG = System.getLogger(Checkpointer.class.getName());

    /** Opens the connection the checkpoints run on. */
    @FunctionalInterface
    interface Connector {
        Connection open() throws SQLException;
    }

    private final Connector connector;
    private final AtomicLong writes = new AtomicLong();
    private final Thread thread;
    private volatile boolean closed;

    Checkpointer(String name, Connector connector) {
        this.connector = connector;
        this.thread = new Thread(this::loop, name);
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** Something was committed: the next round has pages to copy back. */
    void wrote() {
        writes.incrementAndGet();
    }

    private void loop() {
        long done = 0;
        Connection c = null;
        while (!closed) {
            try {
                Thread.sleep(PERIOD_MILLIS);
            } catch (InterruptedException e) {
                break; // closing
            }
            long seen = writes.get();
            if (seen == done) {
                continue;
            }
            try {
                if (c == null) {
                    c = connector.open();
                }
                checkpoint(c);
                done = seen;
            } catch (SQLException | RuntimeException e) {
                // the database went away or is busy: the pooled connections' safety net still bounds the log
                LOG.log(System.Logger.Level.DEBUG, "checkpoint failed: " + e.getMessage());
                close(c);
                c = null;
            }
        }
        close(c);
    }

    /** A PASSIVE checkpoint: copies what it can without waiting for the writer or any reader. */
    static void checkpoint(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA wal_checkpoint(PASSIVE)")) {
            r.next();
        }
    }

    private static void close(Connection c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (SQLException e) {
            // nothing left to do with it
        }
    }

    /** Stops the thread and waits for a checkpoint in progress, so the pool can close after it. */
    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
