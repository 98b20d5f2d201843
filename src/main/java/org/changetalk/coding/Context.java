package org.changetalk.coding;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a counselor turn answers: the client's words just before it (a reflection is a reflection *of*
 * something) and whether advice was asked for or permission given (then advice is "with permission").
 */
record Context(Set<String> clientStems, Set<String> clientWords, Set<String> negatedStems, boolean permission,
               boolean clientAsked) {
    static final Context NONE = new Context(Set.of(), Set.of(), Set.of(), false, false);

    static Context of(List<Text> recentClient, boolean permission, Set<String> stop, Set<String> negators) {
        Set<String> stems = new HashSet<>();
        Set<String> words = new HashSet<>();
        Set<String> negated = new HashSet<>();
        for (Text t : recentClient) {
            for (int i = 0; i < t.words.size(); i++) {
                String w = t.words.get(i);
                words.add(w);
                if (!stop.contains(w) && Character.isLetterOrDigit(w.charAt(0))) {
                    stems.add(Words.stem(w));
                    if (Negation.before(t.words, i, 0, 4, negators)) negated.add(Words.stem(w));
                }
            }
        }
        Text last = recentClient.isEmpty() ? null : recentClient.get(recentClient.size() - 1);
        boolean asked = last != null && last.sentences.stream().anyMatch(sentence -> asks(last, sentence));
        return new Context(stems, words, negated, permission, asked);
    }

    /**
     * A real request ("What's PrEP exactly?", "Is it bad to drink on Xanax?"), not a rhetorical tag
     * ("…, you know?", "…, right?"): a question mark and question word order at the start.
     */
    private static boolean asks(Text text, Text.Sentence s) {
        if (s.size() < 2) return false;
        int i = s.from();
        while (i < s.to() - 1 && LEAD_INS.contains(text.words.get(i))) i++;
        String first = text.words.get(i);
        if (!QUESTION_STARTS.contains(first)) return false;
        if (s.question()) return true;
        if (s.to() - i < 4) return false; // "What's the point." is a sigh, not a request
        // transcribed without its question mark ("what happens if I miss a check-in"): question word order, and no
        // "what I want is…" statement
        String next = i + 1 < s.to() ? text.words.get(i + 1) : "";
        boolean wh = first.startsWith("wh") || first.startsWith("how");
        return wh ? first.endsWith("'s") || WH_VERBS.contains(next) : SUBJECTS.contains(next) && i + 2 < s.to();
    }

    /** What follows a question word that asks ("what happens if…", "how do I…"), unlike "when I'm down…". */
    private static final Set<String> WH_VERBS = Set.of("is", "are", "was", "were", "do", "does", "did", "can", "could",
            "should", "would", "will", "happens", "happened", "have", "has", "kind", "time", "long", "much", "many", "often");

    /** Words that follow an inverted auxiliary in a question ("is it…", "can I…") or a wh-word in a statement. */
    private static final Set<String> SUBJECTS = Set.of("i", "you", "it", "that", "this", "there", "my", "the", "he",
            "she", "they", "we", "your", "his", "her", "our", "their", "a");

    private static final Set<String> LEAD_INS = Set.of("so", "and", "but", "um", "uh", "like", "okay", "well", "wait", "then", "oh");
    private static final Set<String> QUESTION_STARTS = Set.of("what", "what's", "how", "how's", "why", "when", "where",
            "who", "which", "when's", "where's", "who's", "is", "are", "was", "were", "do", "does", "did", "can", "could", "should", "would", "will",
            "isn't", "aren't", "don't", "doesn't", "didn't", "can't", "have", "has", "any", "anything");

    boolean hasClient() {
        return !clientWords.isEmpty();
    }
}
