package org.changetalk.account;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Where password hashing runs: a few threads and a short queue. PBKDF2 takes a core for a few hundred
 * milliseconds; on the request threads, a hundred sign-ins at once took every core and every other request
 * (health, practice) waited seconds. Here at most {@code threads} hashes run at once, leaving the other cores
 * to everything else, and past {@code queue} waiting hashes the caller is told the server is busy at once.
 */
public final class HashingPool implements AutoCloseable {
    private final ThreadPoolExecutor pool;

    /** Full: the caller should answer 503 and try later. */
    public static final class Busy extends RuntimeException {
        Busy() {
            super("too many password checks at once", null, false, false);
        }
    }

    public HashingPool(int threads, int queue) {
        if (threads < 1 || queue < 0) {
            throw new IllegalArgumentException("threads ≥ 1 and queue ≥ 0, not " + threads + " and " + queue);
        }
        pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(Math.max(1, queue)),
                r -> {
                    Thread t = new Thread(r, "changetalk-hashing");
                    t.setDaemon(true);
                    return t;
                }, new ThreadPoolExecutor.AbortPolicy());
        pool.allowCoreThreadTimeOut(true);
    }

    /** Half the cores (at least one), and up to 64 waiting. */
    public static HashingPool sized() {
        return new HashingPool(Math.max(1, Runtime.getRuntime().availableProcessors() / 2), 64);
    }

    /** Runs {@code work} on the pool and waits for it; {@link Busy} when the queue is full. */
    public <T> T run(Supplier<T> work) {
        Future<T> f;
        try {
            f = pool.submit(work::get);
        } catch (RejectedExecutionException e) {
            throw new Busy();
        }
        try {
            return f.get();
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw new Busy();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
