package org.changetalk.practice;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists of one bundled file, {@code kind: word word …} (several lines of one kind are joined), read once, with
 * every kind a class needs checked at load: a missing one fails naming the file, a line without a kind its line.
 */
record WordSets(String file, Map<String, Set<String>> sets) {
    static WordSets read(String file, String... required) {
        Map<String, Set<String>> sets = new HashMap<>();
        for (KeyedLine line : KeyedLine.read(file, "'kind: words'")) {
            for (String w : line.value().toLowerCase(Locale.ROOT).split("\\s+")) {
                if (!w.isEmpty()) {
                    sets.computeIfAbsent(line.key(), k -> new HashSet<>()).add(w);
                }
            }
        }
        for (String k : required) {
            if (!sets.containsKey(k)) {
                throw new IllegalStateException(file + ": no '" + k + "' line");
            }
        }
        Map<String, Set<String>> frozen = new HashMap<>();
        sets.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
        return new WordSets(file, Map.copyOf(frozen));
    }

    /** The words of one kind (a kind the file lacks fails, naming it: only kinds checked at load are asked for). */
    Set<String> of(String kind) {
        Set<String> s = sets.get(kind);
        if (s == null) {
            throw new IllegalStateException(file + ": no '" + kind + "' line");
        }
        return s;
    }
}
