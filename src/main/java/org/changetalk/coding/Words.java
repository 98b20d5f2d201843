package org.changetalk.coding;

import java.util.Map;

/** Word normalisation shared by the lexicon and the text: one spelling per word, and a light stem. */
final class Words {
    private Words() {
    }

    // Transcribers often drop apostrophes; a lexicon written with them must still match.
    private static final Map<String, String> CANONICAL = java.util.Collections.unmodifiableMap(new java.util.HashMap<>(Map.ofEntries(
            Map.entry("dont", "don't"), Map.entry("cant", "can't"), Map.entry("im", "i'm"),
            Map.entry("youre", "you're"), Map.entry("ive", "i've"), Map.entry("didnt", "didn't"),
            Map.entry("doesnt", "doesn't"), Map.entry("isnt", "isn't"), Map.entry("wasnt", "wasn't"),
            Map.entry("arent", "aren't"), Map.entry("couldnt", "couldn't"), Map.entry("shouldnt", "shouldn't"),
            Map.entry("wouldnt", "wouldn't"), Map.entry("havent", "haven't"), Map.entry("hasnt", "hasn't"),
            Map.entry("youve", "you've"), Map.entry("youll", "you'll"), Map.entry("youd", "you'd"),
            Map.entry("theyre", "they're"), Map.entry("thats", "that's"), Map.entry("whats", "what's"),
            Map.entry("ok", "okay"), Map.entry("okey", "okay"),
            Map.entry("mmhmm", "mm-hmm"), Map.entry("mhm", "mm-hmm"), Map.entry("mm-hm", "mm-hmm"),
            Map.entry("uhhuh", "uh-huh"), Map.entry("cuz", "because"), Map.entry("cos", "because"),
            Map.entry("'cause", "because"), Map.entry("wouldve", "would've"), Map.entry("couldve", "could've"),
            Map.entry("shouldve", "should've"), Map.entry("whatre", "what're"), Map.entry("ya", "you"),
            Map.entry("u", "you"), Map.entry("gonna", "gonna"),
            // texted question words ("ok but y isnt that number lower"): without them a texted question reads as a statement
            Map.entry("y", "why"), Map.entry("wat", "what"), Map.entry("wut", "what"), Map.entry("ain't", "isn't"))));

    /** Every spelling {@link #canonical} changes ("dont", "ok", "cuz"): the lexicon's vocabulary knows them too. */
    static java.util.Set<String> respelled() {
        return CANONICAL.keySet();
    }

    /** The one spelling used for matching: lower case, straight apostrophes, apostrophes restored. */
    static String canonical(String lower) {
        if (lower.length() > 8) return lower;
        String c = CANONICAL.get(lower);
        return c == null ? lower : c;
    }

    /** A light suffix-stripping stem, enough to see "drinking", "drinks" and "drink" as one content word. */
    static String stem(String w) {
        int n = w.length();
        if (w.endsWith("'s")) {
            w = w.substring(0, n - 2);
            n -= 2;
        }
        if (n > 4 && w.endsWith("ing")) return undouble(w.substring(0, n - 3));
        if (n > 4 && w.endsWith("ied")) return w.substring(0, n - 3) + "y";
        if (n > 4 && w.endsWith("ed")) return undouble(w.substring(0, n - 2));
        if (n > 4 && w.endsWith("ies")) return w.substring(0, n - 3) + "y";
        if (n > 5 && w.endsWith("ly")) return w.substring(0, n - 2);
        if (n > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")) return dropE(w.substring(0, n - 1));
        return dropE(w);
    }

    private static String undouble(String w) {
        int n = w.length();
        if (n > 3 && w.charAt(n - 1) == w.charAt(n - 2) && "lsz".indexOf(w.charAt(n - 1)) < 0) {
            return w.substring(0, n - 1);
        }
        return dropE(w);
    }

    private static String dropE(String w) {
        return w.length() > 2 && w.endsWith("e") ? w.substring(0, w.length() - 1) : w;
    }
}
