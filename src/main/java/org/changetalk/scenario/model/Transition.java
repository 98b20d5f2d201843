package org.changetalk.scenario.model;

import java.util.List;
import java.util.Set;

/**
 * One rule of a beat's {@code next} (or of the scenario's {@code from_any_beat}): when the response's category is in
 * {@code on} (empty: any), and any of {@code words} occurs (empty: no condition), and the state after the response
 * passes {@code when}, the client goes to {@code to}. {@code named} is the part of {@code on} the author wrote
 * category by category rather than through a group ({@code mi_consistent}…): a beat that names a category has its own
 * plan for it, so a rule from any beat for that category does not apply there ({@link AnyBeatRules}).
 */
public record Transition(Set<Category> on, List<Phrase> words, StateGuard when, String to, Set<Category> named) {
    public Transition {
        on = Set.copyOf(on);
        words = List.copyOf(words);
        named = Set.copyOf(named);
    }

    /** A rule whose categories were all written by name. */
    public Transition(Set<Category> on, List<Phrase> words, StateGuard when, String to) {
        this(on, words, when, to, on);
    }

    public boolean matches(Category category, List<String> traineeWords, ClientState after) {
        return (on.isEmpty() || on.contains(category))
                && (words.isEmpty() || words.stream().anyMatch(p -> p.occursIn(traineeWords)))
                && when.test(after);
    }
}
