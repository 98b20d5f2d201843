package org.changetalk.account;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTest {
    /** A clock the test moves by hand. */
    private static final class ManualClock extends Clock {
        Instant now = Instant.parse("2026-11-26T10:00:00Z");

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

    @Test
    void theWaitDoublesAfterTheFreeFailuresAndASuccessClearsIt() {
        ManualClock clock = new ManualClock();
        LoginThrottle t = new LoginThrottle(clock, 5);
        for (int i = 0; i < 4; i++) {
            t.failed("Ann", "10.0.0.1");
        }
        assertThat(t.wait("ann", "10.0.0.1")).isEmpty();
        t.failed("ann", "10.0.0.1");
        assertThat(t.wait("ANN", "10.0.0.2")).contains(Duration.ofSeconds(1));
        t.failed("ann", "10.0.0.1");
        assertThat(t.wait("ann", "10.0.0.2")).contains(Duration.ofSeconds(2));
        clock.now = clock.now.plusSeconds(1);
        assertThat(t.wait("ann", "10.0.0.2")).contains(Duration.ofSeconds(1));
        clock.now = clock.now.plusSeconds(1);
        assertThat(t.wait("ann", "10.0.0.2")).isEmpty();
        t.succeeded("ann");
        t.failed("ann", "10.0.0.1");
        assertThat(t.wait("ann", "10.0.0.2")).isEmpty();
    }

    @Test
    void oneAddressGetsFourTimesTheFailuresAcrossNamesAndOldFailuresAreForgotten() {
        ManualClock clock = new ManualClock();
        LoginThrottle t = new LoginThrottle(clock, 5);
        for (int i = 0; i < 20; i++) {
            t.failed("user" + i, "10.0.0.9");
        }
        assertThat(t.wait("someone-else", "10.0.0.9")).isPresent();
        assertThat(t.wait("someone-else", "10.0.0.8")).isEmpty();
        clock.now = clock.now.plus(Duration.ofMinutes(16));
        assertThat(t.wait("someone-else", "10.0.0.9")).isEmpty();
    }

    @Test
    void theWaitIsCappedAtFifteenMinutes() {
        ManualClock clock = new ManualClock();
        LoginThrottle t = new LoginThrottle(clock, 5);
        for (int i = 0; i < 60; i++) {
            t.failed("ann", "10.0.0." + i);
        }
        assertThat(t.wait("ann", "10.0.1.1")).contains(Duration.ofMinutes(15));
    }
}
