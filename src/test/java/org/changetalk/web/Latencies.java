package org.changetalk.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Polls {@code GET /api/health} on 127.0.0.1 one request at a time while something else loads the server,
 * and reports the latencies: the probe behind the "health p99" numbers in docs/security.md.
 */
final class Latencies implements AutoCloseable {
    private final List<Long> micros = Collections.synchronizedList(new ArrayList<>());
    private final AtomicBoolean stop = new AtomicBoolean();
    private final Thread thread;
    private volatile int failures;

    Latencies(int port) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/health"))
                .timeout(Duration.ofSeconds(10)).build();
        thread = new Thread(() -> {
            while (!stop.get()) {
                long t0 = System.nanoTime();
                try {
                    HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() != 200) {
                        failures++;
                    }
                } catch (Exception e) {
                    failures++;
                }
                micros.add((System.nanoTime() - t0) / 1000);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "health-probe");
        thread.start();
    }

    @Override
    public void close() throws InterruptedException {
        stop.set(true);
        thread.join(15_000);
    }

    int count() {
        return micros.size();
    }

    int failures() {
        return failures;
    }

    /** The q-quantile in milliseconds (q = 0.5, 0.99…). */
    double quantileMillis(double q) {
        List<Long> sorted;
        synchronized (micros) {
            sorted = new ArrayList<>(micros);
        }
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int i = (int) Math.min(sorted.size() - 1, Math.ceil(q * sorted.size()) - 1);
        return sorted.get(Math.max(0, i)) / 1000.0;
    }

    String summary() {
        return String.format(java.util.Locale.ROOT, "health: %d probes, p50 %.1f ms, p99 %.1f ms, max %.1f ms, %d failed",
                count(), quantileMillis(0.5), quantileMillis(0.99), quantileMillis(1.0), failures());
    }
}
