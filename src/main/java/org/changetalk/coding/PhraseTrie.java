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
    /** The graph as arrays for matching; dropped whenever a phrase is added. */
    private volatile Compiled compiled;
    /** The lexicon's vocabulary, when the graph is the lexicon's (null: the graph numbers its own words). */
    private volatile Vocabulary vocabulary;

    /** One position in a phrase: its alternatives (each one or more words), possibly optional. */
    record Segment(List<List<String>> alternatives, boolean optional) {}

    private static final class Node {
        Map<String, Node> next = new HashMap<>(4);
        Node any;
        EnumSet<Cue> ends;
        EnumSet<Cue> anchoredEnds;
        /** Edges pointing here; above one, the node is shared and must be copied before it changes. */
        int incoming;
        /** This node's number in the compiled graph, valid while {@link #numbering} is that compilation's. */
        int number;
        Object numbering;

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

    synchronized void add(List<Segment> segments, Cue cue, boolean anchored) {
        compiled = null;
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

    /**
     * Numbers this graph's words with the lexicon's vocabulary, so a text read with it ({@link Text#of(String,
     * Vocabulary)}) is matched without looking its words up again. Every phrase word must be in it.
     */
    synchronized void useVocabulary(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        // made now, while the lexicon loads (a tenth of a second in a cold JVM), not on the first coded turn
        compiled = new Compiled(root, vocabulary);
    }

    /** Every phrase occurrence in {@code words} (lower-cased word forms), each start and end once per cue. */
    List<Match> matchAll(List<String> words) {
        Compiled c = compiled();
        int[] numbers = new int[words.size()];
        for (int i = 0; i < numbers.length; i++) numbers[i] = c.vocabulary.number(words.get(i));
        return c.matchAll(numbers, 0, numbers.length);
    }

    /** Every phrase occurrence in the words [from, to) of a text, positions relative to {@code from}. */
    List<Match> matchAll(Text text, int from, int to) {
        Compiled c = compiled();
        if (text.vocabulary == c.vocabulary) return c.matchAll(text.numbers, from, to);
        return matchAll(text.words.subList(from, to));
    }

    private Compiled compiled() {
        Compiled c = compiled;
        if (c != null) return c;
        synchronized (this) { // compiling marks the nodes, so one thread at a time
            if (compiled == null) compiled = new Compiled(root, vocabulary);
            return compiled;
        }
    }

    /**
     * The finished graph as arrays, made on the first match after the last phrase was added: each word of a text is
     * looked up once (its number in the vocabulary, {@link Text#numbers}) and then followed from node to node by
     * comparing numbers, instead of a hash look-up of the word at every node it passes. Immutable, so one instance
     * serves every thread. The matches and their order are the graph walk's own: at each start word, the word's edge
     * before the wildcard; at each node, its cues (in cue order, then the anchored ones not also plain) before the
     * nodes after it.
     */
    private static final class Compiled {
        private static final Cue[] NO_CUES = new Cue[0];
        final Vocabulary vocabulary;
        /** The root's edges by word number (-1: none). */
        private final int[] rootNext;
        private final int rootAny;
        /** Node k's edges are [edgeFrom[k], edgeFrom[k + 1]), sorted by word number. */
        private final int[] edgeFrom;
        private final int[] edgeWord;
        private final int[] edgeTo;
        /** Node k's wildcard child, or -1. */
        private final int[] any;
        private final Cue[][] ends;
        private final Cue[][] anchoredOnly;

        Compiled(Node root, Vocabulary given) {
            vocabulary = given != null ? given : Vocabulary.literal(wordsOf(root));
            // one pass, nodes numbered as they are first reached (breadth first); made once per lexicon, in a cold
            // JVM, so no per-node garbage beyond the edges' sort keys
            Object numbering = new Object(); // marks the nodes this compilation has numbered (no identity map of ~70,000)
            List<Node> nodes = new ArrayList<>(1024);
            numbered(root, numbering, nodes);
            int[] from = new int[1024];
            int[] word = new int[1024];
            int[] to = new int[1024];
            int[] wild = new int[1024];
            List<Cue[]> plain = new ArrayList<>(1024);
            List<Cue[]> anchoredLists = new ArrayList<>(1024);
            int at = 0;
            for (int k = 0; k < nodes.size(); k++) {
                Node node = nodes.get(k);
                if (k + 1 >= from.length) {
                    from = java.util.Arrays.copyOf(from, from.length * 2);
                    wild = java.util.Arrays.copyOf(wild, wild.length * 2);
                }
                from[k] = at;
                int m = node.next.size();
                if (m > 0) {
                    long[] sorted = new long[m];
                    int j = 0;
                    for (Map.Entry<String, Node> e : node.next.entrySet()) {
                        int w = vocabulary.number(e.getKey());
                        if (w < 0) throw new IllegalStateException("phrase word '" + e.getKey() + "' is not in the vocabulary");
                        sorted[j++] = (long) w << 32 | numbered(e.getValue(), numbering, nodes);
                    }
                    java.util.Arrays.sort(sorted);
                    if (at + m > word.length) {
                        word = java.util.Arrays.copyOf(word, Math.max(word.length * 2, at + m));
                        to = java.util.Arrays.copyOf(to, word.length);
                    }
                    for (long edge : sorted) {
                        word[at] = (int) (edge >>> 32);
                        to[at] = (int) edge;
                        at++;
                    }
                }
                wild[k] = node.any == null ? -1 : numbered(node.any, numbering, nodes);
                plain.add(node.ends == null ? NO_CUES : node.ends.toArray(NO_CUES));
                anchoredLists.add(node.anchoredEnds == null ? NO_CUES : anchoredOnly(node));
            }
            int n = nodes.size();
            from[n] = at;
            edgeFrom = java.util.Arrays.copyOf(from, n + 1);
            edgeWord = java.util.Arrays.copyOf(word, at);
            edgeTo = java.util.Arrays.copyOf(to, at);
            any = java.util.Arrays.copyOf(wild, n);
            ends = plain.toArray(Cue[][]::new);
            this.anchoredOnly = anchoredLists.toArray(Cue[][]::new);
            rootNext = new int[vocabulary.size()];
            java.util.Arrays.fill(rootNext, -1);
            for (int e = edgeFrom[0]; e < edgeFrom[1]; e++) rootNext[edgeWord[e]] = edgeTo[e];
            rootAny = any[0];
        }

        /** The node's number, given the next one when it is first reached. */
        private static int numbered(Node node, Object numbering, List<Node> nodes) {
            if (node.numbering == numbering) return node.number;
            node.numbering = numbering;
            node.number = nodes.size();
            nodes.add(node);
            return node.number;
        }

        /** The anchored cues of a node that are not also plain there, in cue order. */
        private static Cue[] anchoredOnly(Node node) {
            if (node.ends == null) return node.anchoredEnds.toArray(NO_CUES);
            EnumSet<Cue> only = EnumSet.copyOf(node.anchoredEnds);
            only.removeAll(node.ends);
            return only.toArray(NO_CUES);
        }

        /** Every edge word of a graph built apart from a lexicon. */
        private static List<String> wordsOf(Node root) {
            Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            List<Node> todo = new ArrayList<>(List.of(root));
            List<String> words = new ArrayList<>();
            seen.add(root);
            while (!todo.isEmpty()) {
                Node node = todo.remove(todo.size() - 1);
                for (Map.Entry<String, Node> e : node.next.entrySet()) {
                    words.add(e.getKey());
                    if (seen.add(e.getValue())) todo.add(e.getValue());
                }
                if (node.any != null && seen.add(node.any)) todo.add(node.any);
            }
            return words;
        }

        /** Matches in the words [from, to) given by number; positions relative to {@code from}. */
        List<Match> matchAll(int[] words, int from, int to) {
            List<Match> out = new ArrayList<>();
            for (int i = from; i < to; i++) {
                if (words[i] >= 0) walk(rootNext[words[i]], words, to, from, i, i + 1, out);
                if (rootAny >= 0) walk(rootAny, words, to, from, i, i + 1, out);
            }
            return out;
        }

        private void walk(int node, int[] words, int to, int base, int start, int at, List<Match> out) {
            if (node < 0) return;
            for (Cue c : ends[node]) out.add(new Match(c, start - base, at - base, false));
            for (Cue c : anchoredOnly[node]) out.add(new Match(c, start - base, at - base, true));
            if (at >= to) return;
            int w = words[at];
            if (w >= 0) {
                int lo = edgeFrom[node], hi = edgeFrom[node + 1] - 1;
                while (lo <= hi) {
                    int mid = (lo + hi) >>> 1;
                    int v = edgeWord[mid];
                    if (v < w) {
                        lo = mid + 1;
                    } else if (v > w) {
                        hi = mid - 1;
                    } else {
                        walk(edgeTo[mid], words, to, base, start, at + 1, out);
                        break;
                    }
                }
            }
            if (any[node] >= 0) walk(any[node], words, to, base, start, at + 1, out);
        }
    }
}
