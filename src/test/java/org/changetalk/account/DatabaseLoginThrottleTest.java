package org.changetalk.account;

import org.changetalk.account.LoginThrottle.Attempt;
import org.changetalk.account.LoginThrottle.Decision;
import org.changetalk.account.LoginThrottle.Limits;
import org.changetalk.account.LoginThrottle.Wait;
import org.changetalk.storage.Database;
import org.changetalk.storage.DatabaseUrl;
import org.changetalk.storage.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every LoginThrottleTest case again with the counters in PostgreSQL (what instances behind a load
 * balancer share), and what sharing adds: a delay earned through one instance holds on another, and the
 * attempts of an instance that died mid-check stop holding the budget.
 */
class DatabaseLoginThrottleTest extends LoginThrottleTest {
    private static DatabaseUrl url;
    private static Database db;

    @BeforeAll
    static void open() {
        url = TestDatabases.postgresql();
        db = Database.open(url);
    }

    @AfterAll
    static void close() {
        if (db != null) {
            db.close();
        }
    }

    @BeforeEach
    void forget() {
        db.write("clear the throttle", c -> {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM login_throttle");
                s.executeUpdate("DELETE FROM login_devices");
            }
            return null;
        });
    }

    @Override
    LoginThrottle throttle(Clock clock) {
        return new LoginThrottle(clock, Limits.DEFAULT, new DatabaseThrottleStore(db, clock));
    }

    @Test
    void aDelayEarnedOnOneInstanceHoldsOnAnother() {
        try (Database other = Database.open(url)) {
            LoginThrottle b = new LoginThrottle(clock, Limits.DEFAULT, new DatabaseThrottleStore(other, clock));
            for (int i = 0; i < Limits.DEFAULT.pairFree(); i++) {
                ((Attempt) t.begin("dana", "10.0.0.7", null)).failed();
            }
            Decision onB = b.begin("dana", "10.0.0.7", null);
            assertThat(onB).isInstanceOf(Wait.class);
            assertThat(((Wait) onB).duration()).isEqualTo(LoginThrottle.FIRST_DELAY);
            // a browser that signed in through B is known on A too
            clock.now = clock.now.plus(LoginThrottle.FIRST_DELAY);
            ((Attempt) b.begin("dana", "10.0.0.7", null)).succeeded("device-1");
            for (int i = 0; i < 20; i++) {
                Decision d = t.begin("dana", "10.0.0.99", null);
                if (d instanceof Attempt a) {
                    a.failed();
                }
            }
            assertThat(t.begin("dana", "10.0.0.50", "device-1")).isInstanceOf(Attempt.class);
        }
    }

    @Test
    void aHundredSimultaneousGuessesSpreadOverTwoInstancesReserveAtMostTheFreeFailures() throws Exception {
        try (Database other = Database.open(url)) {
            LoginThrottle b = new LoginThrottle(clock, Limits.DEFAULT, new DatabaseThrottleStore(other, clock));
            ExecutorService pool = Executors.newFixedThreadPool(16);
            try {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Decision>> guesses = new ArrayList<>();
                for (int i = 0; i < 100; i++) {
                    LoginThrottle via = i % 2 == 0 ? t : b;
                    guesses.add(pool.submit(() -> {
                        start.await();
                        return via.begin("frank", "10.0.0.9", null);
                    }));
                }
                start.countDown();
                int attempts = 0;
                for (Future<Decision> g : guesses) {
                    if (g.get() instanceof Attempt) {
                        attempts++;
                    }
                }
                assertThat(attempts).isEqualTo(Limits.DEFAULT.pairFree());
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void attemptsOfAnInstanceThatDiedMidCheckStopHoldingTheBudget() {
        for (int i = 0; i < Limits.DEFAULT.pairFree(); i++) {
            assertThat(t.begin("eve", "10.0.0.8", null)).isInstanceOf(Attempt.class); // never finished: the instance died
        }
        assertThat(t.begin("eve", "10.0.0.8", null)).isInstanceOf(Wait.class);
        clock.now = clock.now.plus(DatabaseThrottleStore.ORPHANED).plus(Duration.ofSeconds(1));
        assertThat(t.begin("eve", "10.0.0.8", null)).isInstanceOf(Attempt.class);
    }
}
