package org.changetalk.scenario.model;

import java.util.List;
import java.util.Set;

/**
 * One rule of a beat's {@code next}: when the response's category is in {@code on} (empty: any),
 * and any of {@code words} occurs (empty: no condition), and the state after the response passes
 * {@code when}, the client goes to {@code to}.
 */
public record Transition(Set<Category> on, List<Phrase> words, StateGuard when, String to) {
    public Transition {
        on = Set.copyOf(on);
        words = List.copyOf(words);
    }

    public boolean matches(Category category, List<String> traineeWords, ClientState after) {
        return (on.isEmpty() || on.contains(category))
                && (words.isEmpty() || words.stream().anyMatch(p -> p.occursIn(traineeWords)))
                && when.test(after);
    }
}
