package org.changetalk.coding;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a counselor turn answers: the client's words just before it (a reflection is a reflection *of*
 * something) and whether advice was asked for or permission given (then advice is "with permission").
 */
record Context(Set<String> clientStems, Set<String> clientWords, boolean permission, String clientQuote) {
    static final Context NONE = new Context(Set.of(), Set.of(), false, "");

    static Context of(List<Text> recentClient, boolean permission, Set<String> stop) {
        Set<String> stems = new HashSet<>();
        Set<String> words = new HashSet<>();
        for (Text t : recentClient) {
            for (String w : t.words) {
                words.add(w);
                if (!stop.contains(w) && Character.isLetterOrDigit(w.charAt(0))) stems.add(Words.stem(w));
            }
        }
        String quote = recentClient.isEmpty() ? "" : recentClient.get(recentClient.size() - 1).raw;
        return new Context(stems, words, permission, quote);
    }

    boolean hasClient() {
        return !clientWords.isEmpty();
    }
}
