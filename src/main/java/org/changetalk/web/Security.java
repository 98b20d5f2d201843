package org.changetalk.web;

import org.changetalk.account.Passwords;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * The deployment facts security depends on. {@code trustedProxies}: the addresses of reverse proxies whose
 * {@code X-Forwarded-For} and {@code X-Forwarded-Proto} are believed (nobody else's are: anyone can send
 * those headers). {@code sessionLifetime}: how long a sign-in lasts. {@code passwordIterations}: PBKDF2's cost
 * for new password hashes (stored hashes keep their own); always {@link Passwords#ITERATIONS} in production, lower
 * only in tests, which would otherwise pay a third of a second per sign-in. {@code bodyDeadline}: how long a
 * request body may take to arrive before it is answered 408 (docs/security.md, "Slow bodies"); always
 * {@link #BODY_DEADLINE} in production, shorter only in the test that holds hundreds of slow bodies to it.
 */
public record Security(Set<String> trustedProxies, Duration sessionLifetime, int passwordIterations, Duration bodyDeadline) {
    public static final Duration BODY_DEADLINE = Duration.ofSeconds(15);
    public static final Security DEFAULTS = new Security(Set.of(), Duration.ofDays(14));

    public Security(Set<String> trustedProxies, Duration sessionLifetime) {
        this(trustedProxies, sessionLifetime, Passwords.ITERATIONS, BODY_DEADLINE);
    }

    /** The same, hashing new passwords at another cost (tests). */
    public Security withPasswordIterations(int iterations) {
        return new Security(trustedProxies, sessionLifetime, iterations, bodyDeadline);
    }

    /** The same, with another deadline for request bodies (tests). */
    public Security withBodyDeadline(Duration deadline) {
        return new Security(trustedProxies, sessionLifetime, passwordIterations, deadline);
    }

    public Security {
        if (passwordIterations < Passwords.MIN_ITERATIONS) {
            throw new IllegalArgumentException("password iterations must be at least " + Passwords.MIN_ITERATIONS);
        }
        if (bodyDeadline.isNegative() || bodyDeadline.isZero()) {
            throw new IllegalArgumentException("the body deadline must be more than 0, not " + bodyDeadline);
        }
        trustedProxies = Set.copyOf(trustedProxies);
        if (sessionLifetime.isNegative() || sessionLifetime.isZero() || sessionLifetime.compareTo(Duration.ofDays(365)) > 0) {
            throw new IllegalArgumentException("session lifetime must be more than 0 and at most 365 days, not " + sessionLifetime);
        }
    }

    /** Parses a comma-separated list of proxy addresses (blank: none). */
    public static Set<String> proxies(String list) {
        if (list == null || list.isBlank()) {
            return Set.of();
        }
        return Set.copyOf(List.of(list.split(",")).stream().map(String::strip).filter(s -> !s.isEmpty()).toList());
    }
}
