package org.changetalk.coding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every word the lexicon names, numbered, with its one spelling ({@link Words#canonical}). A text looks each of its
 * words up here once, as it is read ({@link Text#of(String, Vocabulary)}): that one look-up gives the canonical
 * spelling (so the words of a text are the lexicon's own string instances, and the rules' set look-ups compare them
 * by reference) and the number the phrase graph follows ({@link PhraseTrie}), so matching a sentence no longer hashes
 * each word again at every phrase that could start or go on there. A word the lexicon never names has no number.
 *
 * <p>An open-addressing table of the words' hashes, spellings and numbers (no entry objects to follow): a text word
 * is looked up for every word of every turn coded. Immutable once built.
 */
final class Vocabulary {
    /** Set on the value of a key that is a respelling ("dont" of "don't"): found for a text's raw word, not as a form. */
    private static final int RESPELLING = 1 << 30;

    private final int[] hashes;
    private final String[] keys;
    private final int[] values;
    private final int mask;
    /**
     * The same table for {@link #numberOfRaw(String, int, int)}, which compares a word of a text with the keys' characters:
     * per slot, side by side, the key's hash, where its characters start in {@link #chars}, its length plus one (0: an
     * empty slot) and its value. Why: through {@link #keys} that comparison read the slot's hash, its string, the
     * string's bytes and its value, four dependent reads in four places for every word of every turn (7–9 % of the
     * coder's time in a profile, docs/benchmarks.md section 28); here it is one slot's line and the characters'.
     */
    private final int[] packed;
    private final char[] chars;
    /** The canonical spelling of each number, and its stem ({@link Words#stem}). */
    private final String[] forms;
    private final String[] stems;

    private Vocabulary(List<String> forms, Map<String, Integer> table) {
        this.forms = forms.toArray(String[]::new);
        this.stems = new String[this.forms.length];
        for (int i = 0; i < stems.length; i++) stems[i] = Words.stem(this.forms[i]);
        int capacity = Integer.highestOneBit(Math.max(4, table.size() * 2 - 1)) << 1;
        this.hashes = new int[capacity];
        this.keys = new String[capacity];
        this.values = new int[capacity];
        this.mask = capacity - 1;
        for (Map.Entry<String, Integer> e : table.entrySet()) {
            int h = e.getKey().hashCode();
            int slot = spread(h) & mask;
            while (keys[slot] != null) slot = (slot + 1) & mask;
            hashes[slot] = h;
            keys[slot] = e.getKey();
            values[slot] = e.getValue();
        }
        this.packed = new int[capacity * SLOT];
        StringBuilder all = new StringBuilder();
        for (int slot = 0; slot < capacity; slot++) {
            if (keys[slot] == null) continue;
            packed[slot * SLOT] = hashes[slot];
            packed[slot * SLOT + 1] = all.length();
            packed[slot * SLOT + 2] = keys[slot].length() + 1;
            packed[slot * SLOT + 3] = values[slot];
            all.append(keys[slot]);
        }
        this.chars = all.toString().toCharArray();
    }

    /** Ints per slot in {@link #packed}. */
    private static final int SLOT = 4;

    /**
     * The vocabulary of these words (lexicon phrase words and word-set entries, as written there), each standing
     * for its canonical spelling, and of every respelling {@link Words#canonical} knows.
     */
    static Vocabulary of(Iterable<String> words) {
        List<String> forms = new ArrayList<>();
        Map<String, Integer> numbers = new HashMap<>();
        Map<String, Integer> table = new HashMap<>();
        for (String word : words) add(word, forms, numbers, table);
        for (String word : Words.respelled()) add(word, forms, numbers, table);
        return new Vocabulary(forms, table);
    }

    /** The vocabulary of these words exactly as given, with no respellings (a phrase graph built apart from a lexicon). */
    static Vocabulary literal(Iterable<String> words) {
        List<String> forms = new ArrayList<>();
        Map<String, Integer> table = new HashMap<>();
        for (String word : words) {
            if (table.putIfAbsent(word, forms.size()) == null) forms.add(word);
        }
        return new Vocabulary(forms, table);
    }

    private static void add(String word, List<String> forms, Map<String, Integer> numbers, Map<String, Integer> table) {
        String form = Words.canonical(word);
        Integer number = numbers.get(form);
        if (number == null) {
            number = forms.size();
            forms.add(form);
            numbers.put(form, number);
            table.put(form, number);
        }
        if (!form.equals(word)) table.putIfAbsent(word, number | RESPELLING);
    }

    /** How many words (canonical spellings) there are; numbers run from 0 to one less. */
    int size() {
        return forms.length;
    }

    /** The number of a word already in its canonical spelling, or -1 (also for a respelling such as "dont"). */
    int number(String form) {
        int v = find(form);
        return v < 0 || (v & RESPELLING) != 0 ? -1 : v;
    }

    /** The number of a text's lower-cased word once respelled ("dont" gives the number of "don't"), or -1. */
    int numberOfRaw(String lower) {
        int v = find(lower);
        return v < 0 ? -1 : v & ~RESPELLING;
    }

    /** {@link #numberOfRaw(String, int, int)} cannot read the word from the text alone: look up its normalised copy. */
    static final int UNREAD = -2;

    /**
     * {@link #numberOfRaw(String)} of the word at {@code text[from, to)} lower-cased, without making the word: for a word
     * of ASCII characters (their lower case is one character each, as {@code toLowerCase(Locale.ROOT)} makes it), the
     * same number or -1; {@link #UNREAD} for any other word (curly apostrophes, accents), to be looked up as a string.
     */
    int numberOfRaw(String text, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) return UNREAD;
            if (c >= 'A' && c <= 'Z') c += 'a' - 'A';
            h = 31 * h + c;
        }
        int length = to - from + 1;
        int slot = spread(h) & mask;
        int at;
        int stored;
        while ((stored = packed[(at = slot * SLOT) + 2]) != 0) {
            if (packed[at] == h && stored == length && sameLowerCase(packed[at + 1], text, from, to)) {
                return packed[at + 3] & ~RESPELLING;
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    /** The key whose characters start at {@code start} in {@link #chars} is {@code text[from, to)} lower-cased (ASCII). */
    private boolean sameLowerCase(int start, String text, int from, int to) {
        for (int i = from, k = start; i < to; i++, k++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z') c += 'a' - 'A';
            if (chars[k] != c) return false;
        }
        return true;
    }

    /** The canonical spelling of a number: the one instance every text shares. */
    String form(int number) {
        return forms[number];
    }

    /** {@link Words#stem} of a number's spelling, made once. */
    String stem(int number) {
        return stems[number];
    }

    private int find(String key) {
        int h = key.hashCode();
        int slot = spread(h) & mask;
        String k;
        while ((k = keys[slot]) != null) {
            if (hashes[slot] == h && (k == key || k.equals(key))) return values[slot];
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    static int spread(int h) {
        return h ^ (h >>> 16);
    }
}