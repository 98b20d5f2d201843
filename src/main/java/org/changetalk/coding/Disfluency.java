package org.changetalk.coding;

import java.util.Set;

/**
 * The disfluencies of transcribed speech taken out of a text before any rule reads it (issue 9, round 9): hesitation
 * sounds ("um", "uh", "er": {@code [set:speech_hesitation]}), a word or two said twice ("you you said", "I I think", "what we'll, what we'll do"), a false start
 * cut off by a dash and begun again ("so what— what made you…", "what made— what got you here"), and a filler
 * ", like," ("it was, like, three weeks"). A transcribed sentence has them between the words a phrase is made of, so
 * "it sounds, um, like you're tired" missed the reflection opener and "you you said" the "you said". The words
 * are dropped from the word list only; their characters stay in the text, so an utterance's span and text are what
 * was said.
 *
 * <p>Cheap on purpose (every turn is read through it): one look at each word's number and its neighbour's, and a new
 * {@link Text} only for a text that has something to drop. A sentence is never emptied ("Um." stays a filler).
 */
final class Disfluency {
    /** By vocabulary number: a hesitation sound. */
    private final boolean[] hesitation;
    /** By vocabulary number: a word that is said twice in good speech ("that that's" is two words; "had had"). */
    private final boolean[] doubled;
    private final int like;

    Disfluency(Lexicon lexicon) {
        Vocabulary v = lexicon.vocabulary();
        this.hesitation = marks(v, lexicon.set("speech_hesitation"));
        this.doubled = marks(v, lexicon.set("speech_doubled"));
        this.like = v.number("like");
    }

    private static boolean[] marks(Vocabulary v, Set<String> words) {
        boolean[] m = new boolean[v.size()];
        for (String w : words) {
            int n = v.number(Words.canonical(w));
            if (n >= 0) m[n] = true;
        }
        return m;
    }

    /** The text without its disfluencies; the same instance when it has none (most texts). */
    Text clean(Text t) {
        if (t.numbers == null) return t;
        boolean[] drop = null;
        boolean any = false;
        for (Text.Sentence s : t.sentences) {
            int dropped = 0;
            for (int i = s.from(); i < s.to(); i++) {
                int first = dropFrom(t, s, i);
                if (first < 0) continue;
                if (drop == null) drop = new boolean[t.words.size()];
                for (int j = first; j <= i; j++) {
                    if (!drop[j]) dropped++;
                    drop[j] = true;
                }
            }
            if (dropped >= s.size() && drop != null) {
                // never empty a sentence: "Um." and "Uh, uh." are the fillers they are
                for (int j = s.from(); j < s.to(); j++) drop[j] = false;
            } else {
                any |= dropped > 0;
            }
        }
        return any ? t.without(drop) : t;
    }

    /**
     * Words {@code a} and {@code b} of the text are the same word. Why by number first: this is asked for nearly every
     * word of every turn, mostly of two different words, and a word the vocabulary holds is its canonical spelling, one
     * spelling a number (so two numbered words are equal exactly when their numbers are, and a numbered word never
     * equals one the vocabulary does not hold); only two unnumbered words need their characters compared.
     */
    private static boolean sameWord(Text t, int a, int b) {
        int x = t.numbers[a], y = t.numbers[b];
        if (x >= 0 || y >= 0) return x == y;
        return t.words.get(a).equals(t.words.get(b));
    }

    /**
     * The first word of a disfluency that ends at word {@code i} of sentence {@code s} (inclusive), or -1: the word
     * itself for a hesitation or a filler "like,"; the first copy of a doubled word; the false start before a dash.
     */
    private int dropFrom(Text t, Text.Sentence s, int i) {
        int n = t.numbers[i];
        if (n >= 0 && hesitation[n]) return i;
        // "like" set off by commas on both sides ("and, like, I don't know"): "sounds like, you're…" or "if you'd
        // like, we can…" have no comma before it
        if (n == like && n >= 0 && i > s.from() && i + 1 < s.to() && t.breakBefore[i] && commaAfter(t, i)) return i;
        if (i + 1 >= s.to()) return -1;
        boolean letters = Character.isLetter(t.raw.charAt(t.wordStart[i]));
        // a word said twice, hesitations between the two aside: "you you said", "I, I think", "been, uh, been" (not a
        // number: "two, two" may be a count)
        int k = i + 1;
        while (k + 1 < s.to() && t.numbers[k] >= 0 && hesitation[t.numbers[k]]) k++;
        if (letters && sameWord(t, i, k) && !(n >= 0 && doubled[n])) return i;
        // two or three words said twice: "what we'll, uh, what we'll do is", "is it, is it the knee"
        for (int len = 2; len <= 3; len++) {
            int j = i - len + 1;
            if (j < s.from() || k + len > s.to()) break;
            boolean same = true;
            for (int m = 0; m < len && same; m++) same = sameWord(t, j + m, k + m);
            if (same && letters) return j;
        }
        // a false start: up to three words, a dash, and the first of them said again ("what made— what got you")
        if (dashBefore(t, i + 1)) {
            String again = t.words.get(i + 1);
            for (int j = i - 1; j >= Math.max(s.from(), i - 2); j--) {
                if (t.words.get(j).equals(again) && Character.isLetter(t.raw.charAt(t.wordStart[j]))) return j;
            }
        }
        return -1;
    }

    /** A comma right after word {@code i} (spaces allowed). */
    private static boolean commaAfter(Text t, int i) {
        for (int k = t.wordEnd[i]; k < t.wordStart[i + 1]; k++) {
            if (t.raw.charAt(k) == ',') return true;
        }
        return false;
    }

    /** A dash between word {@code i} and the one before it: "—", "–", "--" or " - ". */
    private static boolean dashBefore(Text t, int i) {
        if (!t.breakBefore[i]) return false;
        for (int k = t.wordEnd[i - 1]; k < t.wordStart[i]; k++) {
            char c = t.raw.charAt(k);
            if (c == '\u2014' || c == '\u2013' || c == '-') return true;
        }
        return false;
    }
}
