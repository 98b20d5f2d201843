package org.changetalk.coding;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * All lexicon phrases in one word graph, so an utterance is matched in a single pass: at each word only the
 * phrases that start with that word are followed.
 *
 * <p>A lexicon line such as {@code {you|you really} {need|have} to {stop|quit|cut}} stands for a dozen phrases.
 * Expanding every line into a plain trie would build tens of thousands of nodes at start-up, so alternatives
 * share one node instead (the graph is a DAG). A node reached by several edges is copied before a later phrase
 * changes it (copy on write), so sharing never lets one phrase match another's words.
 */
final class PhraseTrie {
    static final String ANY = "*";

    private final Node root = new Node();

    /** One position in a phrase: its alternatives (each one or more words), possibly optional. */
    record Segment(List<List<String>> alternatives, boolean optional) {}

    private static final class Node {
        Map<String, Node> next = new HashMap<>(4);
        Node any;
        EnumSet<Cue> ends;
        EnumSet<Cue> anchoredEnds;
        /** Edges pointing here; above one, the node is shared and must be copied before it changes. */
        int incoming;

        Node copy() {
            Node c = new Node();
            c.next = new HashMap<>(next);
            c.any = any;
            c.ends = ends == null ? null : EnumSet.copyOf(ends);
            c.anchoredEnds = anchoredEnds == null ? null : EnumSet.copyOf(anchoredEnds);
            for (Node child : next.values()) child.incoming++;
            if (any != null) any.incoming++;
            return c;
        }
    }

    void add(List<Segment> segments, Cue cue, boolean anchored) {
        Set<Node> current = identitySet();
        current.add(root);
        for (Segment segment : segments) {
            Set<Node> reached = identitySet();
            // deepest first: a node reached through an optional segment is extended before its parent's multi-word
            // alternative copies it ("that's {a}? {smart|a skill}": "a skill" copies the "a" node, which must
            // already lead to "smart")
            List<Node> order = new ArrayList<>(current);
            Collections.reverse(order);
            for (Node node : order) {
                if (segment.optional()) reached.add(node);
                Node shared = null;
                for (List<String> alternative : segment.alternatives()) {
                    if (alternative.size() == 1 && !node.next.containsKey(alternative.get(0))
                            && !alternative.get(0).equals(ANY) && !startsLonger(segment, alternative.get(0))) {
                        // single words new at this node all lead to one fresh node
                        if (shared == null) shared = new Node();
                        node.next.put(alternative.get(0), shared);
                        shared.incoming++;
                        reached.add(shared);
                        continue;
                    }
                    Node at = node;
                    for (String word : alternative) at = step(at, word);
                    reached.add(at);
                }
            }
            current = reached;
        }
        for (Node node : current) {
            if (anchored) {
                if (node.anchoredEnds == null) node.anchoredEnds = EnumSet.noneOf(Cue.class);
                node.anchoredEnds.add(cue);
            } else {
                if (node.ends == null) node.ends = EnumSet.noneOf(Cue.class);
                node.ends.add(cue);
            }
        }
    }

    /**
     * Whether a longer alternative of the same group starts with this word ("{no|nope|no way}"): then the word may
     * not share the fresh node, since the longer one would copy it away and "no" alone would never match.
     */
    private static boolean startsLonger(Segment segment, String word) {
        for (List<String> alternative : segment.alternatives()) {
            if (alternative.size() > 1 && alternative.get(0).equals(word)) return true;
        }
        return false;
    }

    /** Follows (or makes) the edge for one word, copying a shared child so this phrase alone changes it. */
    private static Node step(Node node, String word) {
        if (word.equals(ANY)) {
            if (node.any == null) {
                node.any = new Node();
                node.any.incoming = 1;
            } else if (node.any.incoming > 1) {
                node.any.incoming--;
                node.any = node.any.copy();
                node.any.incoming = 1;
            }
            return node.any;
        }
        Node child = node.next.get(word);
        if (child == null) {
            child = new Node();
            child.incoming = 1;
            node.next.put(word, child);
        } else if (child.incoming > 1) {
            child.incoming--;
            child = child.copy();
            child.incoming = 1;
            node.next.put(word, child);
        }
        return child;
    }

    /**
     * Nodes by identity, in the order they were reached: an identity hash order would differ from run to run, and
     * with copy on write the order in which shared nodes are visited decides which copy a later phrase extends.
     */
    private static Set<Node> identitySet() {
        return new IdentityLinkedSet();
    }

    /** A set of nodes compared by identity that iterates in insertion order (the phrase sets here are small). */
    private static final class IdentityLinkedSet extends java.util.AbstractSet<Node> {
        private final List<Node> order = new ArrayList<>(4);
        private final Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());

        @Override
        public boolean add(Node node) {
            if (!seen.add(node)) return false;
            order.add(node);
            return true;
        }

        @Override
        public java.util.Iterator<Node> iterator() {
            return Collections.unmodifiableList(order).iterator();
        }

        @Override
        public int size() {
            return order.size();
        }
    }

    /** Every phrase occurrence in {@code words} (lower-cased word forms), each start and end once per cue. */
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
            for (Cue c : node.ends) out.add(new Match(c, from, at, false));
        }
        if (node.anchoredEnds != null) {
            for (Cue c : node.anchoredEnds) {
                if (node.ends == null || !node.ends.contains(c)) out.add(new Match(c, from, at, true));
            }
        }
        if (at >= words.size()) return;
        if (!node.next.isEmpty()) walk(node.next.get(words.get(at)), words, from, at + 1, out);
        if (node.any != null) walk(node.any, words, from, at + 1, out);
    }
}
