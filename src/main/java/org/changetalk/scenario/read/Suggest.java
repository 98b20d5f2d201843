package org.changetalk.scenario.read;

import org.apache.commons.text.similarity.LevenshteinDistance;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** "did you mean …?" for misspelt keys and names: the closest known word, if it is close enough to be a typo. */
final class Suggest {
    private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

    private Suggest() {
    }

    static Optional<String> closest(String typed, Collection<String> known) {
        int limit = Math.max(2, typed.length() / 3);
        return known.stream()
                .filter(k -> DISTANCE.apply(typed, k) <= limit)
                .min(Comparator.comparingInt((String k) -> DISTANCE.apply(typed, k)).thenComparing(k -> k));
    }

    static String didYouMean(String typed, Collection<String> known) {
        return closest(typed, known).map(k -> " (did you mean '" + k + "'?)").orElse("");
    }
}
