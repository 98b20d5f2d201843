package org.changetalk.coding;

import java.util.List;
import java.util.Set;

/** Whether a word is said with a negation just before it ("not fine", "isn't a difference", "never drink"). */
final class Negation {
    private Negation() {
    }

    /**
     * A negator within {@code window} words before {@code words[i]}, from {@code from} on: "not really fine",
     * "never go to casinos".
     */
    static boolean before(List<String> words, int i, int from, int window, Set<String> negators) {
        for (int j = i - 1; j >= Math.max(from, i - window); j--) {
            if (negators.contains(words.get(j))) return true;
        }
        return false;
    }
}
