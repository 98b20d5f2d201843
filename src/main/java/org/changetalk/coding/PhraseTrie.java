package org.changetalk.coding;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * All lexicon phrases in one word trie, so an utterance is matched in a single pass:
 * at each word only the phrases that start with that word are followed.
 */
final class PhraseTrie {
    static final String ANY = "*";

    private final Node root = new Node();

    private static final class Node {
        final Map<String, Node> next = new HashMap<>(4);
        Node any;
        EnumSet<Cue> ends;
    }

    void add(List<String> words, Cue cue) {
        Node node = root;
        for (String w : words) {
            if (w.equals(ANY)) {
                if (node.any == null) node.any = new Node();
                node = node.any;
            } else {
                node = node.next.computeIfAbsent(w, k -> new Node());
            }
        }
        if (node.ends == null) node.ends = EnumSet.noneOf(Cue.class);
        node.ends.add(cue);
    }

    /** Every phrase occurrence in {@code words} (lower-cased word forms), longest first at each start. */
    List<Match> matchAll(List<String> words) {
        List<Match> out = new ArrayList<>();
        int n = words.size();
        for (int i = 0; i < n; i++) {
            walk(root.next.get(words.get(i)), words, i, i + 1, out);
            if (root.any != null) walk(root.any, words, i, i + 1, out);
        }
        return out;
    }

    private static void walk(Node node, List<String> words, int from, int at, List<Match> out) {
        if (node == null) return;
        if (node.ends != null) {
            for (Cue c : node.ends) out.add(new Match(c, from, at));
        }
        if (at >= words.size()) return;
        if (!node.next.isEmpty()) walk(node.next.get(words.get(at)), words, from, at + 1, out);
        if (node.any != null) walk(node.any, words, from, at + 1, out);
    }
}
