package org.changetalk.account;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after {@code freeFailures} failed sign-ins for one username, or
 * {@code freeFailures × 4} from one address, each further attempt must wait, doubling from one second up
 * to fifteen minutes. A success clears the username's count. Failures older than the window are forgotten.
 * Kept in memory: a restart forgives, which costs an attacker a restart they cannot cause.
 */
public final class LoginThrottle {
    private static final Duration WINDOW = Duration.ofMinutes(15);
    private static final long MAX_WAIT_SECONDS = 15 * 60;

    private record Failures(int count, long lastMillis) {}

    private final Clock clock;
    private final int freeFailures;
    private final Map<String, Failures> byName = new ConcurrentHashMap<>();
    private final Map<String, Failures> byAddress = new ConcurrentHashMap<>();

    public LoginThrottle(Clock clock, int freeFailures) {
        this.clock = clock;
        this.freeFailures = freeFailures;
    }

    /** How long the caller must still wait before trying, or empty when they may try now. */
    public Optional<Duration> wait(String username, String address) {
        long now = clock.millis();
        long a = waitMillis(byName.get(key(username)), freeFailures, now);
        long b = waitMillis(byAddress.get(address), freeFailures * 4, now);
        long w = Math.max(a, b);
        return w > 0 ? Optional.of(Duration.ofMillis(w)) : Optional.empty();
    }

    public void failed(String username, String address) {
        long now = clock.millis();
        byName.merge(key(username), new Failures(1, now), (old, one) -> next(old, now));
        byAddress.merge(address, new Failures(1, now), (old, one) -> next(old, now));
        if (byAddress.size() > 100_000) {
            prune(now);
        }
    }

    public void succeeded(String username) {
        byName.remove(key(username));
    }

    private static Failures next(Failures old, long now) {
        boolean stale = now - old.lastMillis() > WINDOW.toMillis();
        return new Failures(stale ? 1 : old.count() + 1, now);
    }

    private static long waitMillis(Failures f, int free, long now) {
        if (f == null || now - f.lastMillis() > WINDOW.toMillis() || f.count() < free) {
            return 0;
        }
        long seconds = Math.min(MAX_WAIT_SECONDS, 1L << Math.min(20, f.count() - free));
        return Math.max(0, f.lastMillis() + seconds * 1000 - now);
    }

    private void prune(long now) {
        byName.values().removeIf(f -> now - f.lastMillis() > WINDOW.toMillis());
        byAddress.values().removeIf(f -> now - f.lastMillis() > WINDOW.toMillis());
    }

    private static String key(String username) {
        return username == null ? "" : username.toLowerCase(java.util.Locale.ROOT);
    }
}
