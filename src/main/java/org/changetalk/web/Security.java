package org.changetalk.web;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * The deployment facts security depends on. {@code trustedProxies}: the addresses of reverse proxies whose
 * {@code X-Forwarded-For} and {@code X-Forwarded-Proto} are believed (nobody else's are: anyone can send
 * those headers). {@code sessionLifetime}: how long a sign-in lasts.
 */
public record Security(Set<String> trustedProxies, Duration sessionLifetime) {
    public static final Security DEFAULTS = new Security(Set.of(), Duration.ofDays(14));

    public Security {
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
