package org.changetalk.account;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

/**
 * Slows password guessing down without letting anyone lock anyone else out.
 *
 * <p>Every attempt is reserved <em>before</em> its password is hashed, in one atomic step per key: a guess
 * counts against the budget while it is being checked, so a hundred simultaneous guesses get no more checks
 * than a hundred consecutive ones. The keys, each with its own free failures and then a delay that doubles
 * from {@link #FIRST_DELAY} up to {@link #MAX_DELAY} (never a hard lock):
 * <ul>
 *   <li>the account from one address ({@code pairFree} free failures): what a single guesser meets;</li>
 *   <li>the account from anywhere ({@code accountFree}): guessing spread over many addresses;</li>
 *   <li>the address over all accounts ({@code addressFree}): one address trying many names.</li>
 * </ul>
 * A browser that has signed in to the account before (its device token) is judged only by its own budget for
 * the account, so the owner's correct password gets in however hard others guess, even from the same address; a new device on a new address meets the
 * account-wide delay only while a spread-out attack is under way. Failures older than {@link #WINDOW} are
 * forgotten. The counters live in a {@link ThrottleStore}: in memory for one instance, or in the database
 * that several instances share, so a delay earned on one holds on all.
 */
public final class LoginThrottle {
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration FIRST_DELAY = Duration.ofSeconds(5);
    static final Duration MAX_DELAY = Duration.ofMinutes(15);

    /** Failures in the window, when the last one was, and attempts being checked now. */
    public record Count(int failures, long lastMillis, int inFlight) {}

    /** The budgets: failures allowed before delays start, per key. */
    public record Limits(int pairFree, int accountFree, int addressFree) {
        public static final Limits DEFAULT = new Limits(5, 20, 100);
    }

    /** What {@link #begin} decided: go ahead (and report the outcome), or wait. */
    public sealed interface Decision permits Attempt, Wait {}

    /** How long to wait before trying again. */
    public record Wait(Duration duration) implements Decision {}

    private final Clock clock;
    private final Limits limits;
    private final ThrottleStore counts;

    /** Kept in memory: for one instance. */
    public LoginThrottle(Clock clock, Limits limits) {
        this(clock, limits, ThrottleStore.inMemory());
    }

    public LoginThrottle(Clock clock, Limits limits, ThrottleStore counts) {
        this.clock = clock;
        this.limits = limits;
        this.counts = counts;
    }

    /**
     * Reserves an attempt to sign in to {@code username} from {@code address}, or says how long to wait.
     * {@code deviceHash} is the hash of the browser's device token (null: none).
     */
    public Decision begin(String username, String address, String deviceHash) {
        String account = "u:" + key(username);
        boolean known = deviceHash != null && account.equals(counts.device(deviceHash));
        // a known browser has its own budget, wherever it is; anyone else is counted by address too
        String pair = known ? "d:" + key(username) + "\n" + deviceHash : "p:" + key(username) + "\n" + address;
        String from = "a:" + address;
        long now = clock.millis();
        // reserve on the narrowest key first; release it again if a wider one says wait
        long w = reserve(pair, limits.pairFree(), now);
        if (w > 0) {
            return new Wait(Duration.ofMillis(w));
        }
        if (!known) {
            w = reserve(account, limits.accountFree(), now);
            if (w > 0) {
                release(pair);
                return new Wait(Duration.ofMillis(w));
            }
            w = reserve(from, limits.addressFree(), now);
            if (w > 0) {
                release(pair);
                release(account);
                return new Wait(Duration.ofMillis(w));
            }
        }
        counts.prune(now - WINDOW.toMillis());
        return new Attempt(known ? new String[] {pair} : new String[] {pair, account, from}, account);
    }

    /** One reserved attempt: exactly one of its methods is called once the password has been checked (or not). */
    public final class Attempt implements Decision {
        private final String[] keys;
        private final String account;
        private boolean done;

        private Attempt(String[] keys, String account) {
            this.keys = keys;
            this.account = account;
        }

        /** A wrong password: counts on every key. */
        public synchronized void failed() {
            if (done) return;
            done = true;
            long now = clock.millis();
            for (String k : keys) {
                counts.update(k, c -> c == null ? new Count(1, now, 0)
                        : new Count(stale(c, now) ? 1 : c.failures() + 1, now, Math.max(0, c.inFlight() - 1)));
            }
        }

        /** The right password: the account's counts start again, and this browser is remembered. */
        public synchronized void succeeded(String deviceHash) {
            if (done) return;
            done = true;
            counts.update(keys[0], c -> null);
            for (int i = 1; i < keys.length; i++) {
                release(keys[i]);
            }
            if (deviceHash != null) {
                counts.remember(deviceHash, account);
            }
        }

        /** The password was never checked (the server was too busy): the attempt does not count. */
        public synchronized void abandoned() {
            if (done) return;
            done = true;
            for (String k : keys) {
                release(k);
            }
        }
    }

    /** Takes one in-flight slot on {@code key} if its budget allows now; else the wait in milliseconds. */
    private long reserve(String key, int free, long now) {
        long[] wait = {0};
        counts.update(key, c -> {
            Count cur = c == null || (stale(c, now) && c.inFlight() == 0) ? new Count(0, now, 0) : c;
            long w = waitMillis(cur, free, now);
            if (w > 0) {
                wait[0] = w;
                return c;
            }
            return new Count(cur.failures(), cur.lastMillis(), cur.inFlight() + 1);
        });
        return wait[0];
    }

    private void release(String key) {
        counts.update(key, c -> c == null || c.failures() == 0 && c.inFlight() <= 1 ? null
                : new Count(c.failures(), c.lastMillis(), Math.max(0, c.inFlight() - 1)));
    }

    /**
     * Free failures (counting those being checked now as failures) go at once. Past them, one attempt at a
     * time, each after a delay that doubles with every failure.
     */
    private static long waitMillis(Count c, int free, long now) {
        if (c.failures() + c.inFlight() < free) {
            return 0;
        }
        if (c.failures() < free) {
            // the budget is taken by attempts being checked right now: ask again shortly
            return FIRST_DELAY.toMillis();
        }
        long delay = Math.min(MAX_DELAY.toMillis(), FIRST_DELAY.toMillis() << Math.min(20, c.failures() - free));
        long wait = c.lastMillis() + delay - now;
        if (wait > 0) {
            return wait;
        }
        return c.inFlight() > 0 ? FIRST_DELAY.toMillis() : 0;
    }

    private static boolean stale(Count c, long now) {
        return now - c.lastMillis() > WINDOW.toMillis();
    }

    private static String key(String username) {
        return username == null ? "" : username.toLowerCase(Locale.ROOT);
    }
}
