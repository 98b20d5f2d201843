package org.changetalk.coding;

import java.util.List;
import java.util.Set;

/**
 * What a counselor turn answers: the client's words just before it (a reflection is a reflection *of*
 * something) and whether advice was asked for or permission given (then advice is "with permission").
 */
record Context(Set<String> clientStems, Set<String> clientWords, Set<String> negatedStems, boolean permission,
               boolean clientAsked, boolean leaveNotRefused) {
    static final Context NONE = new Context(Set.of(), Set.of(), Set.of(), false, false, false);

    /**
     * The word sets that tell a client's real request from a rhetorical tag (lexicon sections
     * {@code client_question_leadin}, {@code client_question_start}, {@code client_question_wh_verb},
     * {@code client_question_subject}).
     */
    record Asking(Set<String> leadIns, Set<String> starts, Set<String> whVerbs, Set<String> subjects, Set<String> sighs) {
        static Asking of(Lexicon lexicon) {
            return new Asking(lexicon.set("client_question_leadin"), lexicon.set("client_question_start"),
                    lexicon.set("client_question_wh_verb"), lexicon.set("client_question_subject"),
                    lexicon.set("client_question_sigh"));
        }
    }

    /** How many words before a client word a negator may stand and still negate it ("not really that fine"). */
    private static final int NEGATION_WINDOW = 4;

    /**
     * {@code leaveNotRefused}: the counselor asked leave to share and the client's reply did not turn it down, without a
     * plain yes (Coder.doesNotRefuse). It makes advice Persuade with Permission and nothing else: unlike a yes or a
     * request, it does not make the counselor's next statement an answer, nor hand a volley to its information.
     */
    static Context of(List<Text> recentClient, boolean permission, boolean leaveNotRefused, Set<String> stop, Set<String> negators,
                      Asking asking) {
        int size = 0;
        for (Text t : recentClient) size += t.words.size();
        // sized for every word at once; the rules ask them for membership and size
        Set<String> stems = new WordSet(size);
        Set<String> words = new WordSet(size);
        Set<String> negated = new WordSet(4);
        for (Text t : recentClient) {
            // the last negator seen: a word is negated when one stands within four words before it (Negation.before)
            int negator = Integer.MIN_VALUE;
            for (int i = 0; i < t.words.size(); i++) {
                String w = t.words.get(i);
                words.add(w);
                if (!stop.contains(w) && Character.isLetterOrDigit(w.charAt(0))) {
                    String stem = t.stem(i);
                    stems.add(stem);
                    if (negator >= i - NEGATION_WINDOW) negated.add(stem);
                }
                if (negators.contains(w)) negator = i;
            }
        }
        Text last = recentClient.isEmpty() ? null : recentClient.get(recentClient.size() - 1);
        // "What's helped? I gave my old points to the van. … And I buy foil by the roll.": a question the client goes on
        // to answer at length was theirs to answer; only a question near the end of the turn is left to the counselor
        boolean asked = false;
        if (last != null) {
            for (int i = Math.max(0, last.sentences.size() - 2); i < last.sentences.size(); i++) {
                asked |= asks(last, last.sentences.get(i), asking);
            }
        }
        return new Context(stems, words, negated, permission, asked, leaveNotRefused);
    }

    /**
     * A real request ("What's PrEP exactly?", "Is it bad to drink on Xanax?"), not a rhetorical tag
     * ("…, you know?", "…, right?"): a question mark and question word order at the start.
     */
    private static boolean asks(Text text, Text.Sentence s, Asking asking) {
        if (s.size() < 2) return false;
        int i = s.from();
        while (i < s.to() - 1 && asking.leadIns().contains(text.words.get(i))) i++;
        String first = text.words.get(i);
        if (!asking.starts().contains(first)) return false;
        if (s.question()) return true;
        if (s.to() - i < 4) return false; // "What's the point." is a sigh, not a request
        for (int j = i + 1; j < Math.min(s.to(), i + 4); j++) {
            if (asking.sighs().contains(text.words.get(j))) return false; // "What's even the point of the bupe."
        }
        // transcribed without its question mark ("what happens if I miss a check-in"): question word order, and no
        // "what I want is…" statement
        String next = i + 1 < s.to() ? text.words.get(i + 1) : "";
        boolean wh = first.startsWith("wh") || first.startsWith("how");
        return wh ? first.endsWith("'s") || asking.whVerbs().contains(next) : asking.subjects().contains(next) && i + 2 < s.to();
    }

    boolean hasClient() {
        return !clientWords.isEmpty();
    }
}
