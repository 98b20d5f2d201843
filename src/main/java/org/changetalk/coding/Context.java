package org.changetalk.coding;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a counselor turn answers: the client's words just before it (a reflection is a reflection *of*
 * something) and whether advice was asked for or permission given (then advice is "with permission").
 */
record Context(Set<String> clientStems, Set<String> clientWords, boolean permission, boolean clientAsked, String clientQuote) {
    static final Context NONE = new Context(Set.of(), Set.of(), false, false, "");

    static Context of(List<Text> recentClient, boolean permission, Set<String> stop) {
        Set<String> stems = new HashSet<>();
        Set<String> words = new HashSet<>();
        for (Text t : recentClient) {
            for (String w : t.words) {
                words.add(w);
                if (!stop.contains(w) && Character.isLetterOrDigit(w.charAt(0))) stems.add(Words.stem(w));
            }
        }
        Text last = recentClient.isEmpty() ? null : recentClient.get(recentClient.size() - 1);
        boolean asked = last != null && last.sentences.stream().anyMatch(Text.Sentence::question);
        return new Context(stems, words, permission, asked, last == null ? "" : last.raw);
    }

    boolean hasClient() {
        return !clientWords.isEmpty();
    }
}
