package org.changetalk.account;

import org.changetalk.account.LoginThrottle.Attempt;
import org.changetalk.account.LoginThrottle.Decision;
import org.changetalk.account.LoginThrottle.Limits;
import org.changetalk.account.LoginThrottle.Wait;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTest {
    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
        volatile Instant now = Instant.parse("2026-11-26T10:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final ManualClock clock = new ManualClock();
    final LoginThrottle t = throttle(clock);

    /** The throttle under test: its counters in memory here, in PostgreSQL in DatabaseLoginThrottleTest. */
    LoginThrottle throttle(Clock clock) {
        return new LoginThrottle(clock, Limits.DEFAULT);
    }

    private void fail(String user, String address, int times) {
        for (int i = 0; i < times; i++) {
            Decision d = t.begin(user, address, null);
            assertThat(d).as("attempt %d of %s from %s", i + 1, user, address).isInstanceOf(Attempt.class);
            ((Attempt) d).failed();
        }
    }

    private static Duration waitOf(Decision d) {
        assertThat(d).isInstanceOf(Wait.class);
        return ((Wait) d).duration();
    }

    @Test
    void aHundredSimultaneousGuessesReserveAtMostTheFreeFailures() throws Exception {
        int guesses = 100;
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Decision>> out = new ArrayList<>();
        for (int i = 0; i < guesses; i++) {
            out.add(pool.submit(() -> {
                go.await();
                return t.begin("ann", "10.0.0.1", null);
            }));
        }
        go.countDown();
        int attempts = 0;
        for (Future<Decision> f : out) {
            if (f.get() instanceof Attempt) {
                attempts++;
            }
        }
        pool.shutdown();
        // all 100 are "being checked" at once: only the 5 free ones may hash a password
        assertThat(attempts).isEqualTo(Limits.DEFAULT.pairFree());
    }

    @Test
    void pastTheFreeFailuresTheDelayDoublesAndIsNeverAHardLock() {
        fail("Ann", "10.0.0.1", 5);
        assertThat(waitOf(t.begin("ann", "10.0.0.1", null))).isEqualTo(Duration.ofSeconds(5));
        clock.now = clock.now.plusSeconds(5);
        fail("ANN", "10.0.0.1", 1);
        assertThat(waitOf(t.begin("ann", "10.0.0.1", null))).isEqualTo(Duration.ofSeconds(10));
        clock.now = clock.now.plusSeconds(4);
        assertThat(waitOf(t.begin("ann", "10.0.0.1", null))).isEqualTo(Duration.ofSeconds(6));
        // forty more failures, each waited for: capped at fifteen minutes
        for (int i = 0; i < 40; i++) {
            clock.now = clock.now.plus(Duration.ofMinutes(15));
            fail("ann", "10.0.0.1", 1);
        }
        assertThat(waitOf(t.begin("ann", "10.0.0.1", null))).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void anotherAddressWithTheRightPasswordIsNotHeldUpBySomeoneElsesGuessing() {
        fail("ann", "10.0.0.66", 5);
        assertThat(t.begin("ann", "10.0.0.66", null)).isInstanceOf(Wait.class);
        Decision owner = t.begin("ann", "192.168.1.5", null);
        assertThat(owner).isInstanceOf(Attempt.class);
        ((Attempt) owner).succeeded("device-1");
    }

    @Test
    void guessesSpreadOverManyAddressesMeetTheAccountDelayButNotTheOwnersKnownBrowser() {
        Decision first = t.begin("ann", "192.168.1.5", null);
        ((Attempt) first).succeeded("owners-device");
        for (int i = 0; i < Limits.DEFAULT.accountFree(); i++) {
            fail("ann", "10.1.0." + i, 1);
        }
        assertThat(t.begin("ann", "10.2.0.1", null)).isInstanceOf(Wait.class);
        assertThat(t.begin("ann", "10.2.0.1", "someone-elses-device")).isInstanceOf(Wait.class);
        assertThat(t.begin("ann", "10.2.0.1", "owners-device")).as("the owner's browser, from a new address")
                .isInstanceOf(Attempt.class);
    }

    @Test
    void oneAddressTryingManyNamesIsSlowedAndOldFailuresAreForgotten() {
        for (int i = 0; i < Limits.DEFAULT.addressFree(); i++) {
            fail("user" + i, "10.0.0.9", 1);
        }
        assertThat(t.begin("someone-else", "10.0.0.9", null)).isInstanceOf(Wait.class);
        assertThat(t.begin("someone-else", "10.0.0.8", null)).isInstanceOf(Attempt.class);
        clock.now = clock.now.plus(Duration.ofMinutes(16));
        assertThat(t.begin("another", "10.0.0.9", null)).isInstanceOf(Attempt.class);
    }

    @Test
    void aSuccessClearsTheCountAndAnAbandonedAttemptDoesNotCount() {
        fail("ann", "10.0.0.1", 4);
        ((Attempt) t.begin("ann", "10.0.0.1", null)).abandoned();
        fail("ann", "10.0.0.1", 1);
        assertThat(t.begin("ann", "10.0.0.1", null)).isInstanceOf(Wait.class);
        clock.now = clock.now.plusSeconds(5);
        ((Attempt) t.begin("ann", "10.0.0.1", null)).succeeded(null);
        fail("ann", "10.0.0.1", 4);
        assertThat(t.begin("ann", "10.0.0.1", null)).isInstanceOf(Attempt.class);
    }
}
