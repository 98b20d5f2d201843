package org.changetalk.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * SQLite's single writer, shared by every request: one thread runs the writes, and the writes that queued up
 * while it was busy commit together in one transaction, each inside a savepoint of its own.
 *
 * <p>Why: SQLite allows one writer at a time. With a lock in front of it, 500 trainees practising at once put
 * 200+ request threads in the lock's queue; each hand-over woke the next thread, which then had to wait for a
 * core, so the lock sat idle between writers and a turn waited seconds (docs/benchmarks.md, section 7). Here
 * the writer thread stays on its core and pays one commit for a whole batch.
 *
 * <p>Each write still stands alone: one that fails (a refusal, a conflict, a broken statement) is rolled back
 * to its savepoint and its caller gets the failure, while the others in the batch commit. A caller is answered
 * only after the commit that holds its write, so an acknowledged write is as durable as before. If the batch
 * as a whole cannot commit, every write in it fails and nothing in it was stored.
 */
final class GroupCommit implements AutoCloseable {
    /** Writes in one transaction at most: bounds how long the last one in a batch waits for the commit. */
    private static final int MAX_BATCH = 64;
    private static final Pending<?> STOP = new Pending<>("stop", c -> null);

    /** Lends a pooled connection; closing it gives it back. */
    @FunctionalInterface
    interface Connections {
        Connection get() throws SQLException;
    }

    private static final System.Logger LOG = System.getLogger(GroupCommit.class.getName());

    private final Connections connections;
    private final BlockingQueue<Pending<?>> queue = new LinkedBlockingQueue<>();
    private final Thread thread;
    private volatile boolean closed;

    /** One caller's write and, once the batch is done, its outcome. */
    private static final class Pending<T> {
        final String what;
        final Database.Work<T> work;
        final CompletableFuture<T> done = new CompletableFuture<>();
        T value;
        Throwable failure;

        Pending(String what, Database.Work<T> work) {
            this.what = what;
            this.work = work;
        }

        void run(Connection c) throws SQLException {
            value = work.run(c);
        }

        void settle() {
            if (failure == null) {
                done.complete(value);
            } else {
                done.completeExceptionally(failure);
            }
        }
    }

    GroupCommit(String name, Connections connections) {
        this.connections = connections;
        this.thread = new Thread(this::loop, name);
        thread.setDaemon(true); // a database nobody closed must not keep the JVM alive
        thread.start();
    }

    /** Runs {@code work} in the next batch and returns its result once that batch has committed. */
    <T> T write(String what, Database.Work<T> work) {
        if (Thread.currentThread() == thread) {
            // the writer would wait for itself: a write must not start another write
            throw new IllegalStateException(what + ": a write cannot start another write");
        }
        Pending<T> p = new Pending<>(what, work);
        if (closed) {
            throw new StorageException(what + ": the database is closed", null);
        }
        queue.add(p);
        if (closed && queue.remove(p)) {
            throw new StorageException(what + ": the database is closed", null);
        }
        try {
            return p.done.join(); // not interruptible: once queued, the write may already be in the database
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof SQLException sql) {
                throw new StorageException(what + ": " + sql.getMessage(), sql);
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new StorageException(what + ": " + cause, cause);
        }
    }

    /** Writes waiting for the writer (for tests that need a batch to form). */
    int waiting() {
        return queue.size();
    }

    private void loop() {
        List<Pending<?>> batch = new ArrayList<>();
        while (true) {
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                continue; // only close() stops the writer, and it does so with STOP
            }
            queue.drainTo(batch, MAX_BATCH - 1);
            boolean stop = batch.remove(STOP);
            if (!batch.isEmpty()) {
                commit(batch);
            }
            batch.clear();
            if (stop) {
                return;
            }
        }
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
        } catch (SQLException | RuntimeException e) {
            failAll(batch, e); // no connection (or it broke on the way back): nothing in the batch was stored
        } catch (Error e) {
            // the writer must outlive this, or every later write would wait for ever
            failAll(batch, e);
            LOG.log(System.Logger.Level.ERROR, "a batch of " + batch.size() + " writes failed", e);
        } finally {
            batch.forEach(Pending::settle);
        }
    }

    /** One write: no savepoint needed, its failure rolls back the whole (its own) transaction. */
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
                    // if even this fails the transaction is gone: the caller fails the whole batch
                    s.execute("ROLLBACK TO w");
                    s.execute("RELEASE w");
                }
            }
        }
    }

    /** Every write in the batch failed with the batch: none of it was stored (the ones that failed alone keep their own reason). */
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

    /** Lets the writes already queued finish, then stops the writer; later writes fail. */
    @Override
    public void close() {
        closed = true;
        queue.add(STOP);
        try {
            thread.join(30_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (Pending<?> p; (p = queue.poll()) != null; ) {
            p.failure = new StorageException(p.what + ": the database is closed", null);
            p.settle();
        }
    }
}
