package org.changetalk.web;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The work a server does before it is ready, run beside the HTTP server's own start-up instead of before it:
 * the schema check (and on PostgreSQL the link to the shared library). The API answers 503 "starting" until
 * every task is done; a failed task fails the start. What answering does not need first (the scenario folder,
 * the first admin's password hash, the coder's lexicon) waits until the server is serving (see WebServer).
 */
final class Startup implements AutoCloseable {
    private final ExecutorService threads;
    private final List<CompletableFuture<?>> tasks = new ArrayList<>();
    private CompletableFuture<Void> ready;

    Startup() {
        AtomicInteger n = new AtomicInteger();
        this.threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "changetalk-startup-" + n.incrementAndGet());
            t.setDaemon(true); // a start that fails must not keep the JVM alive
            return t;
        });
    }

    synchronized <T> CompletableFuture<T> supply(Supplier<T> task) {
        if (ready != null) {
            throw new IllegalStateException("all start-up tasks are given before waiting for them");
        }
        CompletableFuture<T> f = CompletableFuture.supplyAsync(task, threads);
        tasks.add(f);
        return f;
    }

    CompletableFuture<Void> run(Runnable task) {
        return supply(() -> {
            task.run();
            return null;
        });
    }

    /** Done when every task is; the threads end with the last task. */
    synchronized CompletableFuture<Void> ready() {
        if (ready == null) {
            ready = CompletableFuture.allOf(tasks.toArray(CompletableFuture[]::new));
            ready.whenComplete((v, e) -> threads.shutdown());
        }
        return ready;
    }

    boolean isReady() {
        CompletableFuture<Void> r = ready();
        return r.isDone() && !r.isCompletedExceptionally();
    }

    /** Waits for every task; a task's failure is rethrown as itself, not wrapped. */
    void await() {
        try {
            ready().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof CompletionException c && c.getCause() != null ? c.getCause() : e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
