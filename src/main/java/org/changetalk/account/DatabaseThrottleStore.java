package org.changetalk.account;

import org.changetalk.storage.Database;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;

/**
 * The throttle's counters in the PostgreSQL database that several instances share (table login_throttle),
 * so guesses spread over the instances behind a load balancer meet one budget. Each update runs in its own
 * transaction under an advisory lock on the key, so reservations are atomic across instances.
 */
public final class DatabaseThrottleStore implements ThrottleStore {
    /** Advisory lock namespace for throttle keys (the migrations use the single-number lock 7070). */
    private static final int LOCK_SPACE = 7071;
    /**
     * An attempt in flight this long ago belonged to an instance that died mid-check (a check takes well under
     * a second): it no longer holds the budget.
     */
    static final Duration ORPHANED = Duration.ofMinutes(2);
    private static final Duration PRUNE_EVERY = Duration.ofMinutes(1);

    private final Database db;
    private final Clock clock;
    private final AtomicLong lastPrune = new AtomicLong();

    public DatabaseThrottleStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public void update(String key, UnaryOperator<LoginThrottle.Count> change) {
        long now = clock.millis();
        db.write("sign-in throttle", c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT pg_advisory_xact_lock(?, hashtext(?))")) {
                p.setInt(1, LOCK_SPACE);
                p.setString(2, key);
                p.execute();
            }
            LoginThrottle.Count current = null;
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT failures, last_millis, in_flight, touched_millis FROM login_throttle WHERE key = ?")) {
                p.setString(1, key);
                try (ResultSet r = p.executeQuery()) {
                    if (r.next()) {
                        int inFlight = now - r.getLong(4) > ORPHANED.toMillis() ? 0 : r.getInt(3);
                        current = new LoginThrottle.Count(r.getInt(1), r.getLong(2), inFlight);
                    }
                }
            }
            LoginThrottle.Count next = change.apply(current);
            if (next == null) {
                if (current != null) {
                    try (PreparedStatement p = c.prepareStatement("DELETE FROM login_throttle WHERE key = ?")) {
                        p.setString(1, key);
                        p.executeUpdate();
                    }
                }
            } else if (!next.equals(current)) {
                try (PreparedStatement p = c.prepareStatement("INSERT INTO login_throttle (key, failures, last_millis, in_flight, "
                        + "touched_millis) VALUES (?, ?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET failures = excluded.failures, "
                        + "last_millis = excluded.last_millis, in_flight = excluded.in_flight, touched_millis = excluded.touched_millis")) {
                    p.setString(1, key);
                    p.setInt(2, next.failures());
                    p.setLong(3, next.lastMillis());
                    p.setInt(4, next.inFlight());
                    p.setLong(5, now);
                    p.executeUpdate();
                }
            }
            return null;
        });
    }

    @Override
    public String device(String deviceHash) {
        return db.read("sign-in device", c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT account FROM login_devices WHERE device_hash = ?")) {
                p.setString(1, deviceHash);
                try (ResultSet r = p.executeQuery()) {
                    return r.next() ? r.getString(1) : null;
                }
            }
        });
    }

    @Override
    public void remember(String deviceHash, String account) {
        long now = clock.millis();
        db.write("remember a sign-in device", c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO login_devices (device_hash, account, at) VALUES (?, ?, ?) "
                    + "ON CONFLICT (device_hash) DO UPDATE SET account = excluded.account, at = excluded.at")) {
                p.setString(1, deviceHash);
                p.setString(2, account);
                p.setLong(3, now);
                p.executeUpdate();
            }
            return null;
        });
    }

    /** At most once a minute per instance: the table only grows by failed sign-ins, and old rows cost nothing but space. */
    @Override
    public void prune(long staleBefore) {
        long now = clock.millis();
        long last = lastPrune.get();
        if (now - last < PRUNE_EVERY.toMillis() || !lastPrune.compareAndSet(last, now)) {
            return;
        }
        db.write("prune the sign-in throttle", c -> {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM login_throttle WHERE last_millis < ? AND (in_flight = 0 "
                    + "OR touched_millis < ?)")) {
                p.setLong(1, staleBefore);
                p.setLong(2, now - ORPHANED.toMillis());
                p.executeUpdate();
            }
            return null;
        });
    }
}
