package org.changetalk.coding;

import java.util.AbstractSet;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * A set of words made per coded turn (the client's words and stems a counselor turn is read against): open
 * addressing over the words' own hashes, so adding a word allocates nothing and a look-up follows no entry objects.
 * Every counselor turn builds three of these and asks each of them a few times per sentence. Not for sharing
 * between threads while it is filled; no removal.
 *
 * <p>The lexicon's word sets are {@link #frozen} ones: the rules ask them hundreds of times a turn, and a
 * {@code HashSet} look-up reads its table and then an entry object (two dependent memory reads, the coder's largest
 * single cost in a profile: docs/benchmarks.md section 28), where this table's hash array answers most misses alone.
 */
final class WordSet extends AbstractSet<String> {
    private String[] keys;
    private int[] hashes;
    private int size;
    /** A frozen set's words in the order its source gave them (iteration keeps that order); null while it can grow. */
    private String[] order;

    /** A set with room for {@code expected} words before it grows. */
    WordSet(int expected) {
        int capacity = Integer.highestOneBit(Math.max(8, expected * 2 - 1)) << 1;
        keys = new String[capacity];
        hashes = new int[capacity];
    }

    /**
     * An unmodifiable set of {@code words}, iterated in their order. Each word the vocabulary holds in that spelling is
     * stored as the vocabulary's own instance, the one a text read with it carries ({@link Text#of(String, Vocabulary)}),
     * so a look-up of a text's word compares references instead of characters.
     */
    static WordSet frozen(java.util.Collection<String> words, Vocabulary vocabulary) {
        WordSet set = new WordSet(words.size());
        String[] order = new String[words.size()];
        int n = 0;
        for (String word : words) {
            int number = vocabulary == null ? -1 : vocabulary.number(word);
            String shared = number < 0 ? word : vocabulary.form(number);
            if (set.add(shared)) order[n++] = shared;
        }
        set.order = java.util.Arrays.copyOf(order, n);
        return set;
    }

    @Override
    public boolean add(String word) {
        if (order != null) throw new UnsupportedOperationException("a frozen word set");
        int h = word.hashCode();
        int mask = keys.length - 1;
        int slot = spread(h) & mask;
        String k;
        while ((k = keys[slot]) != null) {
            if (hashes[slot] == h && (k == word || k.equals(word))) return false;
            slot = (slot + 1) & mask;
        }
        keys[slot] = word;
        hashes[slot] = h;
        if (++size * 2 > keys.length) grow();
        return true;
    }

    @Override
    public boolean contains(Object o) {
        if (!(o instanceof String word)) return false;
        int h = word.hashCode();
        int mask = keys.length - 1;
        int slot = spread(h) & mask;
        String k;
        while ((k = keys[slot]) != null) {
            if (hashes[slot] == h && (k == word || k.equals(word))) return true;
            slot = (slot + 1) & mask;
        }
        return false;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Iterator<String> iterator() {
        if (order != null) return java.util.Arrays.asList(order).iterator();
        return new Iterator<>() {
            private int slot = advance(0);

            private int advance(int from) {
                while (from < keys.length && keys[from] == null) from++;
                return from;
            }

            @Override
            public boolean hasNext() {
                return slot < keys.length;
            }

            @Override
            public String next() {
                if (slot >= keys.length) throw new NoSuchElementException();
                String word = keys[slot];
                slot = advance(slot + 1);
                return word;
            }
        };
    }

    private void grow() {
        String[] oldKeys = keys;
        int[] oldHashes = hashes;
        keys = new String[oldKeys.length * 2];
        hashes = new int[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] == null) continue;
            int slot = spread(oldHashes[i]) & mask;
            while (keys[slot] != null) slot = (slot + 1) & mask;
            keys[slot] = oldKeys[i];
            hashes[slot] = oldHashes[i];
        }
    }

    private static int spread(int h) {
        return Vocabulary.spread(h);
    }
}
