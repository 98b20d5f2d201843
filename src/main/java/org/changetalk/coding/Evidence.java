package org.changetalk.coding;

import java.util.List;
import java.util.Objects;

/**
 * Why a code was given: the words that decided it, the rule or feature that fired,
 * and one sentence a trainee can read.
 */
public record Evidence(List<Span> spans, String rule, String explanation) {
    public Evidence {
        spans = List.copyOf(spans);
        Objects.requireNonNull(rule, "rule");
        if (explanation == null || explanation.isBlank()) {
            throw new IllegalArgumentException("evidence for rule '" + rule + "' has no explanation");
        }
    }

    public static Evidence of(Span span, String rule, String explanation) {
        return new Evidence(List.of(span), rule, explanation);
    }
}
