package org.changetalk.coding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The coder's phrase and word lists, read once from {@code lexicon.txt} and friends. Phrase sections become one
 * {@link PhraseTrie}; word sets become hash sets. The format is described at the top of lexicon.txt.
 */
final class Lexicon {
    private final PhraseTrie trie = new PhraseTrie();
    private final List<Entry> entries = new ArrayList<>();

    /** One phrase line as read: its segments, its cue, and whether it only counts at a sentence start. */
    record Entry(List<PhraseTrie.Segment> segments, Cue cue, boolean anchored) {}
    private final Map<String, Set<String>> sets = new HashMap<>();
    /** Where each word set was declared, and which ones a rule asked for: an unread set is a load error. */
    private final Map<String, String> declaredAt = new java.util.LinkedHashMap<>();
    private final Set<String> read = new HashSet<>();
    private final Map<String, List<List<String>>> macros = new HashMap<>();
    private long phraseCount;
    private int lineCount;
    /** Every word of the phrases and word sets, numbered once every resource is read. */
    private Vocabulary vocabulary;

    static Lexicon load(String... resources) {
        Lexicon lexicon = new Lexicon();
        for (String resource : resources) {
            try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
                if (in == null) throw new LexiconError(resource, 0, "resource not found");
                lexicon.read(resource, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        lexicon.vocabulary = Vocabulary.of(lexicon.words());
        lexicon.trie.useVocabulary(lexicon.vocabulary);
        // read-only from here on, and shaped for the rules' look-ups of a text's words (WordSet.frozen)
        lexicon.sets.replaceAll((name, set) -> WordSet.frozen(set, lexicon.vocabulary));
        return lexicon;
    }

    /** The words of every phrase line (not the wildcard) and of every word set, as written there. */
    private List<String> words() {
        List<String> words = new ArrayList<>();
        for (Entry e : entries) {
            for (PhraseTrie.Segment s : e.segments()) {
                for (List<String> alternative : s.alternatives()) {
                    for (String w : alternative) {
                        if (!w.equals(PhraseTrie.ANY)) words.add(w);
                    }
                }
            }
        }
        for (Set<String> set : sets.values()) words.addAll(set);
        return words;
    }

    /** The lexicon's words numbered: read a text with it ({@link Text#of(String, Vocabulary)}) to match it by number. */
    Vocabulary vocabulary() {
        return vocabulary;
    }

    PhraseTrie trie() {
        return trie;
    }

    /** A trie of only some cues, for a pass that needs nothing else (cheaper than matching every phrase). */
    PhraseTrie trie(java.util.Set<Cue> only) {
        PhraseTrie sub = new PhraseTrie();
        for (Entry e : entries) {
            if (only.contains(e.cue())) sub.add(e.segments(), e.cue(), e.anchored());
        }
        if (vocabulary != null) sub.useVocabulary(vocabulary);
        return sub;
    }

    /** Every phrase line, in file order (for checks that each one still matches what it says). */
    List<Entry> entries() {
        return List.copyOf(entries);
    }

    /** How many plain phrases the lexicon's lines stand for, once every alternative is spelled out. */
    long phraseCount() {
        return phraseCount;
    }

    int lineCount() {
        return lineCount;
    }

    /** A word set by name; the name must exist in the lexicon, so a typo fails at start-up, not silently. */
    Set<String> set(String name) {
        Set<String> s = sets.get(name);
        if (s == null) throw new IllegalArgumentException("no word set [set:" + name + "] in the lexicon");
        read.add(name);
        return s;
    }

    /**
     * Fails when a word set was declared but no rule asked for it: a section nobody reads is a list someone
     * believes is in force. Called once every rule has been built.
     */
    void requireAllRead() {
        for (Map.Entry<String, String> e : declaredAt.entrySet()) {
            if (!read.contains(e.getKey())) {
                String at = e.getValue();
                int colon = at.lastIndexOf(':');
                throw new LexiconError(at.substring(0, colon), Integer.parseInt(at.substring(colon + 1)),
                        "[set:" + e.getKey() + "] is read by no rule: use it or remove it");
            }
        }
    }

    private void read(String source, BufferedReader reader) throws IOException {
        Cue cue = null;
        Set<String> set = null;
        String line;
        int lineNo = 0;
        while ((line = reader.readLine()) != null) {
            lineNo++;
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) continue;
            if (text.startsWith("[") && text.endsWith("]")) {
                String name = text.substring(1, text.length() - 1).strip();
                if (name.startsWith("set:")) {
                    // a second section of the same name would merge into the first, silently, and one rule would read
                    // the other's words (round 14: a client [set:ruler_cue] grew PushedRuler's counselor one)
                    String before = declaredAt.putIfAbsent(name.substring(4), source + ":" + lineNo);
                    if (before != null) {
                        throw new LexiconError(source, lineNo, "[" + name + "] is already declared at " + before + ": give it a name of its own");
                    }
                    set = sets.computeIfAbsent(name.substring(4), k -> new HashSet<>());
                    cue = null;
                } else {
                    try {
                        cue = Cue.valueOf(name);
                    } catch (IllegalArgumentException e) {
                        throw new LexiconError(source, lineNo, "unknown cue section [" + name + "]");
                    }
                    set = null;
                }
            } else if (text.startsWith("$") && text.contains("=")) {
                int eq = text.indexOf('=');
                String name = text.substring(1, eq).strip();
                macros.put(name, alternatives(source, lineNo, text.substring(eq + 1).strip()));
            } else if (set != null) {
                set.addAll(spaced(text.toLowerCase(Locale.ROOT)));
            } else if (cue != null) {
                boolean anchored = text.startsWith("^");
                List<PhraseTrie.Segment> segments = segments(source, lineNo, anchored ? text.substring(1) : text);
                trie.add(segments, cue, anchored);
                entries.add(new Entry(segments, cue, anchored));
                phraseCount += expansions(segments);
                lineCount++;
            } else {
                throw new LexiconError(source, lineNo, "phrase outside of any section");
            }
        }
    }

    /** Reads a phrase line into its segments: words, {alternatives}, optional groups and macros. */
    private List<PhraseTrie.Segment> segments(String source, int lineNo, String text) {
        List<PhraseTrie.Segment> segments = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (c == '{') {
                int close = text.indexOf('}', i);
                if (close < 0) throw new LexiconError(source, lineNo, "'{' without '}'");
                List<List<String>> options = alternatives(source, lineNo, text.substring(i, close + 1));
                i = close + 1;
                boolean optional = i < n && text.charAt(i) == '?';
                if (optional) i++;
                segments.add(new PhraseTrie.Segment(options, optional));
            } else {
                int end = i;
                while (end < n && !Character.isWhitespace(text.charAt(end))) end++;
                String word = text.substring(i, end);
                i = end;
                if (word.startsWith("$")) {
                    List<List<String>> options = macros.get(word.substring(1));
                    if (options == null) throw new LexiconError(source, lineNo, "unknown macro " + word);
                    segments.add(new PhraseTrie.Segment(options, false));
                } else {
                    if (word.length() > 1 && word.endsWith("?")) {
                        // "it be? alright" once read as the literal word "be?", which no sentence has: the phrase never matched
                        throw new LexiconError(source, lineNo, "'" + word + "' is not optional: write {"
                                + word.substring(0, word.length() - 1) + "}?");
                    }
                    for (String w : words(word)) segments.add(new PhraseTrie.Segment(List.of(List.of(w)), false));
                }
            }
        }
        if (segments.isEmpty() || segments.stream().allMatch(PhraseTrie.Segment::optional)) {
            throw new LexiconError(source, lineNo, "a phrase needs at least one word that is not optional");
        }
        return segments;
    }

    /** How many plain phrases a line stands for. */
    private static long expansions(List<PhraseTrie.Segment> segments) {
        long count = 1;
        for (PhraseTrie.Segment s : segments) count *= s.alternatives().size() + (s.optional() ? 1 : 0);
        return count;
    }

    private List<List<String>> alternatives(String source, int lineNo, String group) {
        if (!group.startsWith("{") || !group.endsWith("}")) {
            throw new LexiconError(source, lineNo, "expected {a|b} but found " + group);
        }
        List<List<String>> out = new ArrayList<>();
        for (String alt : group.substring(1, group.length() - 1).split("\\|")) {
            List<String> ws = new ArrayList<>();
            for (String part : spaced(alt)) {
                if (part.isEmpty()) continue;
                if (part.startsWith("$")) {
                    throw new LexiconError(source, lineNo, "macros cannot be nested in {…}: " + part);
                }
                ws.addAll(words(part));
            }
            if (ws.isEmpty()) throw new LexiconError(source, lineNo, "empty alternative in " + group);
            out.add(ws);
        }
        return out;
    }

    /** Splits on runs of white space (no regular expression: the lexicon has thousands of these at start-up). */
    private static List<String> spaced(String text) {
        List<String> parts = new ArrayList<>(4);
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(text.charAt(i))) i++;
            int start = i;
            while (i < n && !Character.isWhitespace(text.charAt(i))) i++;
            if (i > start) parts.add(text.substring(start, i));
        }
        return parts;
    }

    /** A lexicon word goes through the same tokenizer as the text, so "you're" and "100%" match alike. */
    private static List<String> words(String raw) {
        if (raw.equals(PhraseTrie.ANY)) return List.of(PhraseTrie.ANY);
        List<String> out = new ArrayList<>(2);
        for (Token t : Tokenizer.tokenize(raw)) out.add(Words.canonical(t.lower()));
        return out;
    }
}
