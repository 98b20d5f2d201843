package org.changetalk.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

/**
 * SQLite's single writer, shared by every request. A write that finds the writer free runs at once on its own
 * thread, as with a plain lock. Writes that arrive while it is busy queue up, and whichever caller gets the
 * writer next commits everything queued in one transaction, each write inside a savepoint of its own.
 *
 * <p>Why: with a plain (fair) lock, 500 trainees practising at once put 200+ request threads in the lock's
 * queue on a busy 2-core machine; each hand-over had to wake the next thread and wait for it to get a core,
 * so the database sat idle between writers and a turn waited for hundreds of writers one by one
 * (docs/benchmarks.md, section 7). Here one hand-over commits a whole queue, so the writer keeps up however
 * many wait; uncontended, nothing changes hands at all (a writer thread of its own cost every write two thread
 * switches, and was slower than the lock until the machine saturated).
 *
 * <p>Each write still stands alone: one that fails (a refusal, a conflict, a broken statement) is rolled back
 * to its savepoint and its caller gets the failure, while the others in the batch commit. A caller returns only
 * after the commit that holds its write, so an acknowledged write is as durable as before. If the batch as a
 * whole cannot commit, every write in it fails and nothing in it was stored.
 */
final class GroupCommit {
    /** Writes in one transaction at most: bounds how long the last one in a batch waits for the commit. */
    private static final int MAX_BATCH = 64;
    /** A queued caller is woken when the writer is free; this is only a safety net, not the usual way. */
    private static final long RECHECK_NANOS = 50_000_000;

    /** Lends a pooled connection; closing it gives it back. */
    @FunctionalInterface
    interface Connections {
        Connection get() throws SQLException;
    }

    private final Connections connections;
    private final Queue<Pending<?>> queue = new ConcurrentLinkedQueue<>();
    private final ReentrantLock writer = new ReentrantLock();
    private volatile boolean closed;

    /** One caller's write and, once its batch is done, its outcome. */
    private static final class Pending<T> {
        final String what;
        final Database.Work<T> work;
        final Thread caller = Thread.currentThread();
        T value;
        Throwable failure;
        volatile boolean done;

        Pending(String what, Database.Work<T> work) {
            this.what = what;
            this.work = work;
        }

        void run(Connection c) throws SQLException {
            value = work.run(c);
        }

        void settle() {
            done = true;
            if (caller != Thread.currentThread()) {
                LockSupport.unpark(caller);
            }
        }
    }

    GroupCommit(Connections connections) {
        this.connections = connections;
    }

    /** Runs {@code work} alone or in a batch and returns its result once that has committed. */
    <T> T write(String what, Database.Work<T> work) {
        if (writer.isHeldByCurrentThread()) {
            // the transaction this would join is the caller's own, still open: it would wait for itself
            throw new IllegalStateException(what + ": a write cannot start another write");
        }
        if (closed) {
            throw new StorageException(what + ": the database is closed", null);
        }
        Pending<T> p = new Pending<>(what, work);
        queue.add(p);
        boolean interrupted = false;
        while (!p.done) {
            if (writer.tryLock()) {
                try {
                    // everything queued before this write goes first, in batches, then this one's batch
                    while (!p.done) {
                        List<Pending<?>> batch = drain();
                        if (batch.isEmpty()) {
                            break; // cannot be while this write is queued; if it were, the outer loop tries again
                        }
                        commit(batch);
                    }
                } finally {
                    writer.unlock();
                }
                Pending<?> next = queue.peek();
                if (next != null) {
                    LockSupport.unpark(next.caller); // its turn to commit the queue
                }
            } else {
                LockSupport.parkNanos(this, RECHECK_NANOS);
                interrupted |= Thread.interrupted(); // once queued, the write may be in the database: see it through
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return outcome(p);
    }

    private static <T> T outcome(Pending<T> p) {
        Throwable e = p.failure;
        if (e == null) {
            return p.value;
        }
        if (e instanceof RuntimeException r) {
            throw r;
        }
        if (e instanceof Error err) {
            throw err;
        }
        throw new StorageException(p.what + ": " + e.getMessage(), e);
    }

    private List<Pending<?>> drain() {
        List<Pending<?>> batch = new ArrayList<>();
        for (Pending<?> p; batch.size() < MAX_BATCH && (p = queue.poll()) != null; ) {
            batch.add(p);
        }
        return batch;
    }

    /** Runs a batch in one transaction and settles every write in it, whatever happens. */
    private void commit(List<Pending<?>> batch) {
        try (Connection c = connections.get()) {
            c.setAutoCommit(false);
            try {
                if (batch.size() == 1) {
                    runAlone(c, batch.get(0));
                } else {
                    runTogether(c, batch);
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                failAll(batch, e);
                rollback(c, e);
            } finally {
                try {
                    c.setAutoCommit(true);
                } catch (SQLException e) {
                    // a broken connection: the pool evicts it when it comes back
                }
            }
        } catch (SQLException | RuntimeException | Error e) {
            failAll(batch, e); // no connection, or it broke on the way back: nothing in the batch was stored
        } finally {
            batch.forEach(Pending::settle);
        }
    }

    /** One write: no savepoint needed, its failure rolls back its own transaction. */
    private static void runAlone(Connection c, Pending<?> p) throws SQLException {
        try {
            p.run(c);
        } catch (SQLException | RuntimeException | Error e) {
            p.failure = e;
            rollback(c, e);
        }
    }

    private static void runTogether(Connection c, List<Pending<?>> batch) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (Pending<?> p : batch) {
                s.execute("SAVEPOINT w");
                try {
                    p.run(c);
                    s.execute("RELEASE w");
                } catch (SQLException | RuntimeException | Error e) {
                    p.failure = e;
                    // if even this fails, the transaction is gone: the caller fails the whole batch
                    s.execute("ROLLBACK TO w");
                    s.execute("RELEASE w");
                }
            }
        }
    }

    /** The batch failed as a whole: none of it was stored (a write that failed alone keeps its own reason). */
    private static void failAll(List<Pending<?>> batch, Throwable e) {
        for (Pending<?> p : batch) {
            if (p.failure == null) {
                p.failure = e instanceof Error ? e : new StorageException(p.what + ": " + e.getMessage(), e);
            }
        }
    }

    private static void rollback(Connection c, Throwable cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    /** Later writes fail; those already queued are seen through by their callers. */
    void close() {
        closed = true;
    }

    /** Writes queued behind the writer (for a test that needs a batch to form). */
    int waiting() {
        return queue.size();
    }
}
