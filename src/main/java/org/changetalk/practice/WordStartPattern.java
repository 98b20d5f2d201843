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
            parts.add(new Part(Pattern.compile(regex, flags), false, false, null));
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

    /** Whether the pattern occurs in the text; {@code wordStarts} is {@link #wordStarts(String) wordStarts(text)}. */
    boolean foundIn(String text, int[] wordStarts) {
        for (Part p : parts) {
            if (p.foundIn(text, wordStarts)) {
                return true;
            }
        }
        return false;
    }

    /**
     * One top-level alternative, compiled alone.
     *
     * @param wordStart matches begin only where a word starts ({@code \b} then an ASCII word character)
     * @param atZero    a match may begin at the text's start whatever the character there ({@code ^})
     * @param first     the ASCII characters a match can begin with (both cases when the pattern ignores case);
     *                  null: not known, searched with {@code find()}
     */
    record Part(Pattern pattern, boolean wordStart, boolean atZero, boolean[] first) {
        static Part of(String alternative, int flags, boolean caseless) {
            Pattern p = Pattern.compile(alternative, flags);
            First f = new First(caseless);
            if (f.sequence(alternative, 0, alternative.length()) != First.DECIDED) {
                return new Part(p, false, false, null);
            }
            boolean wordStart = alternative.startsWith("\\b") && !f.atZero && f.onlyWordChars();
            return new Part(p, wordStart, f.atZero, f.chars);
        }

        boolean foundIn(String text, int[] wordStarts) {
            if (first == null) {
                return pattern.matcher(text).find();
            }
            Matcher m = null;
            if (wordStart) {
                for (int start : wordStarts) {
                    char c = text.charAt(start);
                    if (c < 128 && !first[c]) {
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
                if (!(i == 0 && atZero)) {
                    char c = text.charAt(i);
                    if (c < 128 && !first[c]) {
                        continue;
                    }
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
