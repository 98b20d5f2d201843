package org.changetalk.practice;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One pattern of moves.txt or intents.txt, split into its top-level alternatives, each tried only where a match of
 * it can begin.
 *
 * <p>Why: {@code find()} tries every position of the text, and at each one every alternative; a practice turn runs
 * all of moves.txt over the trainee's words, and that was a fifth to a third of a turn's CPU on the server. A
 * pattern {@code A|B} occurs in a text exactly when {@code A} or {@code B} does, so each alternative is compiled
 * alone and read for where its matches can begin:
 * <ul>
 * <li>{@code \b} followed by something that must begin with an ASCII word character ({@code \bon your mind\b},
 * {@code \b(feel )?(a (bit|little) )?more confident\b}): only where a word starts, with a first character it can
 * begin with;</li>
 * <li>{@code ^…} only at the start of the text; {@code (^|[.!?]\s+)you…} there and at a '.', '!' or '?';</li>
 * <li>anything else whose first character this reading can tell ({@code (?<![-\w])(\d+|two…)}): at the positions
 * holding such a character;</li>
 * <li>an alternative it cannot read (a back-reference, inline flags, one that may match nothing at all) with
 * {@code find()} as before.</li>
 * </ul>
 * At a candidate position the alternative is tried with {@code lookingAt}, the text around it still visible to
 * {@code \b} and look-behinds and {@code ^} meaning the text's start: the same answer as {@code find()}. Characters
 * outside ASCII are always tried (case folding may take them to an ASCII letter: the Kelvin sign is a 'k'), and an
 * alternative whose first character is not ASCII is searched everywhere.
 */
record WordStartPattern(Pattern pattern, List<Part> parts) {
    private static final Pattern UNSPLIT = Pattern.compile("\\\\([1-9]|k<)|\\(\\?[-idmsuxU]+[):]");

    static WordStartPattern compile(String regex, int flags) {
        boolean caseless = (flags & Pattern.CASE_INSENSITIVE) != 0;
        // not split: a pattern whose alternatives need each other (a back-reference, inline flags that reach into the
        // alternatives after them), or one read some other way (line anchors, comments, a literal, supplementary code points)
        List<String> alternatives = UNSPLIT.matcher(regex).find() || regex.codePoints().anyMatch(Character::isSupplementaryCodePoint)
                || (flags & (Pattern.MULTILINE | Pattern.COMMENTS | Pattern.LITERAL)) != 0 ? null : alternatives(regex);
        List<Part> parts = new ArrayList<>();
        if (alternatives == null) {
            parts.add(new Part(Pattern.compile(regex, flags), false, false, null, null, null));
        } else {
            for (String a : alternatives) {
                parts.add(Part.of(a, flags, caseless));
            }
        }
        return new WordStartPattern(Pattern.compile(regex, flags), List.copyOf(parts));
    }

    /** Whether every alternative is tried only where it can begin (none is searched with {@code find()}). */
    boolean atWordStarts() {
        return parts.stream().allMatch(p -> p.first() != null);
    }

    /** Whether the pattern occurs in the text (read once by {@link #scan}, for every pattern asked of it). */
    boolean foundIn(Scan text) {
        for (Part p : parts) {
            if (p.foundIn(text)) {
                return true;
            }
        }
        return false;
    }

    /** The text read once for every pattern asked of it: where its words start, and its letters lower-cased. */
    static Scan scan(String text) {
        return new Scan(text, wordStarts(text), folded(text));
    }

    /**
     * A text as the patterns read it.
     *
     * @param wordStarts {@link #wordStarts(String) wordStarts(text)}
     * @param folded     the text with its ASCII letters lower-cased, as long as the text; null when the text holds a
     *                   character that ignoring case could take to an ASCII one (the Kelvin sign is a 'k', the long s
     *                   an 's'), where a literal's absence from it would prove nothing
     */
    record Scan(String text, int[] wordStarts, String folded) {
    }

    private static String folded(String text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            char c = text.charAt(i);
            if (c < 128) {
                out[i] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            } else if (Character.toLowerCase(c) < 128 || Character.toUpperCase(c) < 128
                    || Character.toLowerCase(Character.toUpperCase(c)) < 128) {
                return null;
            } else {
                out[i] = c; // matches no ASCII character, case ignored or not
            }
        }
        return new String(out);
    }

    /**
     * One top-level alternative, compiled alone.
     *
     * @param wordStart matches begin only where a word starts ({@code \b} then an ASCII word character)
     * @param atZero    a match may begin at the text's start whatever the character there ({@code ^})
     * @param first     the ASCII characters a match can begin with (both cases when the pattern ignores case);
     *                  null: not known, searched with {@code find()}
     * @param prefixes  by the (ASCII) first character, the ways the next characters of a match can go on
     *                  ({@link Prefixes}); null: not read, the first character decides
     * @param literals  lower-cased runs of characters every match holds ({@link Prefixes#literals}), longest first;
     *                  a text without one of them is not tried at all
     */
    record Part(Pattern pattern, boolean wordStart, boolean atZero, boolean[] first, boolean[][][][] prefixes, String[] literals) {
        static Part of(String alternative, int flags, boolean caseless) {
            Pattern p = Pattern.compile(alternative, flags);
            String[] literals = Prefixes.literals(alternative, caseless);
            First f = new First(caseless);
            if (f.sequence(alternative, 0, alternative.length()) != First.DECIDED) {
                return new Part(p, false, false, null, null, literals);
            }
            boolean wordStart = alternative.startsWith("\\b") && !f.atZero && f.onlyWordChars();
            return new Part(p, wordStart, f.atZero, f.chars, f.atZero ? null : Prefixes.byFirst(alternative, caseless), literals);
        }

        boolean foundIn(Scan scan) {
            if (literals != null && scan.folded() != null) {
                for (String l : literals) {
                    if (scan.folded().indexOf(l) < 0) {
                        return false;
                    }
                }
            }
            String text = scan.text();
            if (first == null) {
                return pattern.matcher(text).find();
            }
            Matcher m = null;
            if (wordStart) {
                for (int start : scan.wordStarts()) {
                    if (!mayBeginAt(text, start)) {
                        continue;
                    }
                    if (m == null) {
                        m = matcher(text);
                    }
                    if (m.region(start, text.length()).lookingAt()) {
                        return true;
                    }
                }
                return false;
            }
            for (int i = 0; i < text.length() || i == 0 && atZero; i++) {
                if (!(i == 0 && atZero) && !mayBeginAt(text, i)) {
                    continue;
                }
                if (m == null) {
                    m = matcher(text);
                }
                if (m.region(i, text.length()).lookingAt()) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Whether a match may begin at {@code i}: its first character (and, when the prefixes were read, the next
         * ones) fits; a character outside ASCII always fits.
         */
        private boolean mayBeginAt(String text, int i) {
            char c = text.charAt(i);
            if (c >= 128) {
                return true;
            }
            if (!first[c]) {
                return false;
            }
            if (prefixes == null) {
                return true;
            }
            boolean[][][] ways = prefixes[c];
            if (ways == null) {
                return false;
            }
            for (boolean[][] way : ways) {
                if (Prefixes.fits(way, text, i)) {
                    return true;
                }
            }
            return false;
        }

        private Matcher matcher(String text) {
            return pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        }
    }

    /**
     * Every position where a pattern that starts with {@code \b} and a word character could begin a match:
     * a letter, digit or underscore with none of those before it (and, to be safe, any surrogate, which the
     * check by {@code char} cannot read). A superset of where {@code Pattern}'s {@code \b} sees a word begin.
     */
    static int[] wordStarts(String text) {
        int[] out = new int[text.length()];
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean surrogate = Character.isSurrogate(c);
            boolean word = surrogate || Character.isLetterOrDigit(c) || c == '_';
            if (surrogate || word && !inWord) {
                out[n++] = i;
            }
            inWord = word && !surrogate;
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /**
     * Reads a regex fragment for the characters a match of it can begin with: literal characters, escapes,
     * character classes, groups and quantifiers; anything else (a back-reference, a property, inline flags, a
     * non-ASCII first character) makes it give up. What it marks may be more than can begin a match, never less.
     */
    static final class First {
        /** A match must consume a character marked in {@link #chars} first, or begin at 0 ({@link #atZero}). */
        static final int DECIDED = 0;
        /** The fragment may match nothing: what begins the match depends on what follows it. */
        static final int EMPTY = 1;
        /** This reading cannot tell. */
        static final int UNKNOWN = 2;

        final boolean[] chars = new boolean[128];
        final boolean caseless;
        boolean atZero;

        First(boolean caseless) {
            this.caseless = caseless;
        }

        boolean onlyWordChars() {
            for (int c = 0; c < 128; c++) {
                if (chars[c] && !(Character.isLetterOrDigit(c) || c == '_')) {
                    return false;
                }
            }
            return true;
        }

        /** Reads the sequence {@code s[from, to)} (no top-level '|'). */
        int sequence(String s, int from, int to) {
            int i = from;
            while (i < to) {
                char c = s.charAt(i);
                int end;            // where the atom ends (its quantifier, if any, starts there)
                int atom;           // DECIDED: consumes at least one character; EMPTY: zero-width or may be empty
                if (c == '^') {
                    atZero = true;
                    return DECIDED; // whatever follows, the match begins at the text's start
                } else if (c == '$') {
                    end = i + 1;
                    atom = EMPTY;
                } else if (c == '\\') {
                    if (i + 1 >= to) {
                        return UNKNOWN;
                    }
                    char e = s.charAt(i + 1);
                    end = i + 2;
                    if (e == 'b' || e == 'B') {
                        atom = EMPTY;
                    } else if (!escape(e)) {
                        return UNKNOWN;
                    } else {
                        atom = DECIDED;
                    }
                } else if (c == '[') {
                    int close = classEnd(s, i);
                    if (close < 0 || close >= to || !characterClass(s, i + 1, close)) {
                        return UNKNOWN;
                    }
                    end = close + 1;
                    atom = DECIDED;
                } else if (c == '(') {
                    int close = closing(s, i);
                    if (close < 0 || close >= to) {
                        return UNKNOWN;
                    }
                    end = close + 1;
                    String inside = s.substring(i + 1, close);
                    if (inside.startsWith("?=") || inside.startsWith("?!") || inside.startsWith("?<=") || inside.startsWith("?<!")) {
                        atom = EMPTY; // a look-around consumes nothing
                    } else {
                        int body = i + 1;
                        if (inside.startsWith("?:")) {
                            body += 2;
                        } else if (inside.startsWith("?")) {
                            return UNKNOWN; // named groups, inline flags, atomic groups: not read here
                        }
                        atom = group(s, body, close);
                        if (atom == UNKNOWN) {
                            return UNKNOWN;
                        }
                    }
                } else if (c == '.') {
                    markAll();
                    end = i + 1;
                    atom = DECIDED;
                } else if (c == ')' || c == '|' || c == '*' || c == '+' || c == '?' || c == '{' || c >= 128) {
                    return UNKNOWN;
                } else {
                    mark(c);
                    end = i + 1;
                    atom = DECIDED;
                }
                // the quantifier: one that allows none of the atom leaves the match's beginning to what follows
                i = end;
                if (i < to) {
                    char q = s.charAt(i);
                    if (q == '?' || q == '*') {
                        atom = EMPTY;
                        i++;
                    } else if (q == '+') {
                        i++;
                    } else if (q == '{') {
                        int close = s.indexOf('}', i);
                        if (close < 0 || close >= to) {
                            return UNKNOWN;
                        }
                        String min = s.substring(i + 1, close).split(",", -1)[0].strip();
                        if (!min.matches("\\d+")) {
                            return UNKNOWN;
                        }
                        if (Integer.parseInt(min) == 0) {
                            atom = EMPTY;
                        }
                        i = close + 1;
                    }
                    if (i < to && (s.charAt(i) == '?' || s.charAt(i) == '+') && i > end) {
                        i++; // lazy or possessive: the same characters can begin it
                    }
                }
                if (atom == DECIDED) {
                    return DECIDED;
                }
            }
            return EMPTY;
        }

        /** A group's alternatives {@code s[from, to)}: DECIDED when each one is, EMPTY when one may match nothing. */
        private int group(String s, int from, int to) {
            List<String> alternatives = alternatives(s.substring(from, to));
            if (alternatives == null) {
                return UNKNOWN;
            }
            int out = DECIDED;
            int at = from;
            for (String a : alternatives) {
                int r = sequence(s, at, at + a.length());
                if (r == UNKNOWN) {
                    return UNKNOWN;
                }
                if (r == EMPTY) {
                    out = EMPTY;
                }
                at += a.length() + 1;
            }
            return out;
        }

        /** Marks what the escape {@code \e} can match; false when it is not one read here. */
        private boolean escape(char e) {
            switch (e) {
                case 'd' -> markRange('0', '9');
                case 'w' -> {
                    markRange('a', 'z');
                    markRange('A', 'Z');
                    markRange('0', '9');
                    chars['_'] = true;
                }
                case 's' -> {
                    for (char w : " \t\n\u000B\f\r".toCharArray()) {
                        chars[w] = true;
                    }
                }
                case 'D', 'W', 'S' -> markAll();
                default -> {
                    if (e >= 128 || Character.isLetterOrDigit(e)) {
                        return false; // \p{…}, \x41, \u0041, \Q, back-references, \t…: not read here
                    }
                    mark(e); // an escaped punctuation mark is itself
                }
            }
            return true;
        }

        /** Marks a class's members {@code s[from, to)} (between its brackets); false when it is not one read here. */
        private boolean characterClass(String s, int from, int to) {
            if (from < to && s.charAt(from) == '^') {
                markAll(); // a negated class may match nearly anything
                return true;
            }
            for (int i = from; i < to; i++) {
                char c = s.charAt(i);
                if (c == '[' || c == '&' || c >= 128) {
                    return false;
                }
                if (c == '\\') {
                    if (i + 1 >= to || !escape(s.charAt(i + 1)) || i + 3 < to && s.charAt(i + 2) == '-') {
                        return false; // an escape that begins a range is not read here
                    }
                    i++;
                } else if (i + 2 < to && s.charAt(i + 1) == '-') {
                    char last = s.charAt(i + 2);
                    if (last == '\\' || last == '[' || last >= 128 || last < c) {
                        return false;
                    }
                    markRange(c, last);
                    i += 2;
                } else {
                    mark(c);
                }
            }
            return true;
        }

        private void mark(char c) {
            chars[c] = true;
            if (caseless && c < 128 && Character.isLetter(c)) {
                chars[Character.toLowerCase(c)] = true;
                chars[Character.toUpperCase(c)] = true;
            }
        }

        private void markRange(char from, char to) {
            for (char c = from; c <= to; c++) {
                mark(c);
            }
        }

        private void markAll() {
            java.util.Arrays.fill(chars, true);
        }
    }

    /**
     * The first {@link #LENGTH} characters a match of an alternative can begin with, as sets of ASCII characters per
     * position, one list of such ways per first character: "\\b(is not|isn'?t) your" begins "is ", "isn", and an
     * attempt at "it" or "in" is not made. Read from literals, escapes, classes, groups and quantifiers (look-arounds
     * and \\b, which consume nothing, are passed over: more ways, never fewer); anything else, or more than
     * {@link #MOST} ways, is not read. A text that ends before a way does cannot hold it.
     */
    static final class Prefixes {
        static final int LENGTH = 3;
        static final int MOST = 512;
        private static final int DEEPEST = 200;

        /** One part of a sequence: a set of characters, a group's alternatives, or a quantified part. */
        private sealed interface Node permits Chars, Group, Repeat {
        }

        private record Chars(boolean[] set) implements Node {
        }

        private record Group(List<List<Node>> alternatives) implements Node {
        }

        /** {@code max} -1: no upper bound. */
        private record Repeat(Node node, int min, int max) implements Node {
        }

        /** A sequence still to match, as a linked list (shared tails). */
        private record Rest(Node head, Rest tail) {
            static Rest of(List<Node> nodes, Rest after) {
                Rest r = after;
                for (int i = nodes.size() - 1; i >= 0; i--) {
                    r = new Rest(nodes.get(i), r);
                }
                return r;
            }
        }

        private static final class Unread extends RuntimeException {
            Unread() {
                super(null, null, false, false);
            }
        }

        /** By first character, the ways (each a set per following position) a match can begin; null when not read. */
        static boolean[][][][] byFirst(String alternative, boolean caseless) {
            List<boolean[][]> ways = new ArrayList<>();
            try {
                List<Node> nodes = parse(alternative, 0, alternative.length(), caseless, false);
                walk(Rest.of(nodes, null), new ArrayList<>(), ways, 0);
            } catch (Unread e) {
                return null;
            }
            List<List<boolean[][]>> by = new ArrayList<>();
            for (int c = 0; c < 128; c++) {
                by.add(null);
            }
            for (boolean[][] way : ways) {
                if (way.length == 0) {
                    return null; // may match nothing: any position
                }
                for (int c = 0; c < 128; c++) {
                    if (way[0][c]) {
                        if (by.get(c) == null) {
                            by.set(c, new ArrayList<>());
                        }
                        by.get(c).add(way);
                    }
                }
            }
            boolean[][][][] out = new boolean[128][][][];
            for (int c = 0; c < 128; c++) {
                out[c] = by.get(c) == null ? null : by.get(c).toArray(new boolean[0][][]);
            }
            return out;
        }

        /**
         * The runs of single characters every match of the alternative holds in order, lower-cased ("\\byou (could|might)
         * have died\\b": "you ", " have died"), longest first; null when there are none or the alternative is not read.
         * Only the alternative's own sequence is read (a group, a class or a quantified part ends a run), and
         * anchors, look-arounds and {@code \\b} consume nothing, so the characters on either side of them are
         * neighbours in the text. A text that lacks a run cannot hold a match.
         */
        static String[] literals(String alternative, boolean caseless) {
            List<Node> nodes;
            try {
                nodes = parse(alternative, 0, alternative.length(), caseless, true);
            } catch (Unread e) {
                return null;
            }
            List<String> runs = new ArrayList<>();
            StringBuilder run = new StringBuilder();
            for (Node n : nodes) {
                int c = n instanceof Chars chars ? single(chars.set()) : -1;
                if (c >= 0) {
                    run.append((char) c);
                } else if (!run.isEmpty()) {
                    runs.add(run.toString());
                    run.setLength(0);
                }
            }
            if (!run.isEmpty()) {
                runs.add(run.toString());
            }
            runs.sort(java.util.Comparator.comparingInt(String::length).reversed());
            return runs.isEmpty() ? null : runs.toArray(String[]::new);
        }

        /** The one character a set holds (a letter's two cases count as one, given lower-cased); -1 if not one. */
        private static int single(boolean[] set) {
            int one = -1;
            for (int c = 0; c < 128; c++) {
                if (set[c]) {
                    int lower = Character.toLowerCase(c);
                    if (one >= 0 && one != lower) {
                        return -1;
                    }
                    one = lower;
                }
            }
            return one;
        }

        /** Whether the text at {@code i} goes on as the way does after its first character. */
        static boolean fits(boolean[][] way, String text, int i) {
            for (int k = 1; k < way.length; k++) {
                if (i + k >= text.length()) {
                    return false;
                }
                char c = text.charAt(i + k);
                if (c < 128 && !way[k][c]) {
                    return false;
                }
            }
            return true;
        }

        private static void walk(Rest rest, List<boolean[]> prefix, List<boolean[][]> out, int depth) {
            if (depth > DEEPEST || out.size() > MOST) {
                throw new Unread();
            }
            if (prefix.size() == LENGTH || rest == null) {
                out.add(prefix.toArray(new boolean[0][]));
                return;
            }
            Node n = rest.head();
            if (n instanceof Chars c) {
                prefix.add(c.set());
                walk(rest.tail(), prefix, out, depth + 1);
                prefix.remove(prefix.size() - 1);
            } else if (n instanceof Group g) {
                for (List<Node> a : g.alternatives()) {
                    walk(Rest.of(a, rest.tail()), prefix, out, depth + 1);
                }
            } else if (n instanceof Repeat r) {
                if (r.min() > 0) {
                    Node again = new Repeat(r.node(), r.min() - 1, r.max() < 0 ? -1 : r.max() - 1);
                    walk(new Rest(r.node(), new Rest(again, rest.tail())), prefix, out, depth + 1);
                } else {
                    walk(rest.tail(), prefix, out, depth + 1);
                    if (r.max() != 0) {
                        Node again = new Repeat(r.node(), 0, r.max() < 0 ? -1 : r.max() - 1);
                        walk(new Rest(r.node(), new Rest(again, rest.tail())), prefix, out, depth + 1);
                    }
                }
            }
        }

        /** The sequence {@code s[from, to)} (no top-level '|') as nodes; zero-width parts left out. */
        private static List<Node> parse(String s, int from, int to, boolean caseless, boolean anchorsConsumeNothing) {
            List<Node> out = new ArrayList<>();
            int i = from;
            while (i < to) {
                char c = s.charAt(i);
                Node atom;
                int end;
                if (c == '^' && !anchorsConsumeNothing) {
                    throw new Unread();
                } else if (c == '$' || c == '^') {
                    i++;
                    continue;
                } else if (c == '\\') {
                    if (i + 1 >= to) {
                        throw new Unread();
                    }
                    char e = s.charAt(i + 1);
                    end = i + 2;
                    if (e == 'b' || e == 'B') {
                        atom = null;
                    } else {
                        First f = new First(caseless);
                        if (!f.escape(e)) {
                            throw new Unread();
                        }
                        atom = new Chars(f.chars);
                    }
                } else if (c == '[') {
                    int close = classEnd(s, i);
                    First f = new First(caseless);
                    if (close < 0 || close >= to || !f.characterClass(s, i + 1, close)) {
                        throw new Unread();
                    }
                    atom = new Chars(f.chars);
                    end = close + 1;
                } else if (c == '(') {
                    int close = closing(s, i);
                    if (close < 0 || close >= to) {
                        throw new Unread();
                    }
                    end = close + 1;
                    String inside = s.substring(i + 1, close);
                    if (inside.startsWith("?=") || inside.startsWith("?!") || inside.startsWith("?<=") || inside.startsWith("?<!")) {
                        atom = null;
                    } else {
                        int body = i + 1;
                        if (inside.startsWith("?:")) {
                            body += 2;
                        } else if (inside.startsWith("?")) {
                            throw new Unread();
                        }
                        List<String> alternatives = alternatives(s.substring(body, close));
                        if (alternatives == null) {
                            throw new Unread();
                        }
                        List<List<Node>> group = new ArrayList<>();
                        int at = body;
                        for (String a : alternatives) {
                            group.add(parse(s, at, at + a.length(), caseless, anchorsConsumeNothing));
                            at += a.length() + 1;
                        }
                        atom = new Group(group);
                    }
                } else if (c == '.') {
                    First f = new First(caseless);
                    f.markAll();
                    atom = new Chars(f.chars);
                    end = i + 1;
                } else if (c == ')' || c == '|' || c == '*' || c == '+' || c == '?' || c == '{' || c >= 128) {
                    throw new Unread();
                } else {
                    First f = new First(caseless);
                    f.mark(c);
                    atom = new Chars(f.chars);
                    end = i + 1;
                }
                i = end;
                int min = 1;
                int max = 1;
                if (i < to) {
                    char q = s.charAt(i);
                    if (q == '?' || q == '*' || q == '+') {
                        min = q == '+' ? 1 : 0;
                        max = q == '?' ? 1 : -1;
                        i++;
                    } else if (q == '{') {
                        int close = s.indexOf('}', i);
                        if (close < 0 || close >= to) {
                            throw new Unread();
                        }
                        String[] bounds = s.substring(i + 1, close).split(",", -1);
                        if (bounds.length > 2 || !bounds[0].strip().matches("\\d{1,3}")
                                || bounds.length == 2 && !bounds[1].strip().matches("\\d{0,3}")) {
                            throw new Unread();
                        }
                        min = Integer.parseInt(bounds[0].strip());
                        max = bounds.length == 1 ? min : bounds[1].isBlank() ? -1 : Integer.parseInt(bounds[1].strip());
                        i = close + 1;
                    }
                    if (i > end && i < to && (s.charAt(i) == '?' || s.charAt(i) == '+')) {
                        i++; // lazy or possessive: the same characters
                    }
                }
                if (atom == null) {
                    continue; // consumes nothing, quantified or not
                }
                out.add(min == 1 && max == 1 ? atom : new Repeat(atom, min, max));
            }
            return out;
        }
    }

    /** The regex's top-level alternatives; null when its brackets do not balance. */
    static List<String> alternatives(String regex) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = classEnd(regex, i);
                if (i < 0) {
                    return null;
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                if (--depth < 0) {
                    return null;
                }
            } else if (c == '|' && depth == 0) {
                out.add(regex.substring(from, i));
                from = i + 1;
            }
        }
        if (depth != 0) {
            return null;
        }
        out.add(regex.substring(from));
        return out;
    }

    /** The index of the ')' closing the group that opens at {@code open}; -1 if none. */
    private static int closing(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = classEnd(s, i);
                if (i < 0) {
                    return -1;
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The index of the ']' closing the character class that opens at {@code open}; -1 if none. */
    private static int classEnd(String s, int open) {
        int i = open + 1;
        if (i < s.length() && s.charAt(i) == '^') {
            i++;
        }
        if (i < s.length() && s.charAt(i) == ']') {
            i++; // a ']' first is a literal
        }
        int depth = 1;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                depth++;
            } else if (c == ']' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
