package org.changetalk.coding;

import java.util.AbstractSet;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * A set of words made per coded turn (the client's words and stems a counselor turn is read against): open
 * addressing over the words' own hashes, so adding a word allocates nothing and a look-up follows no entry objects.
 * Every counselor turn builds three of these and asks each of them a few times per sentence. Not for sharing
 * between threads while it is filled; no removal.
 */
final class WordSet extends AbstractSet<String> {
    private String[] keys;
    private int[] hashes;
    private int size;

    /** A set with room for {@code expected} words before it grows. */
    WordSet(int expected) {
        int capacity = Integer.highestOneBit(Math.max(8, expected * 2 - 1)) << 1;
        keys = new String[capacity];
        hashes = new int[capacity];
    }

    @Override
    public boolean add(String word) {
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
        return h ^ (h >>> 16);
    }
}
