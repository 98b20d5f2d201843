package org.changetalk.practice;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One pattern of moves.txt, and whether its matches can only begin at the first character of a word.
 *
 * <p>Why: {@code find()} tries every position of the text, and at each one every alternative's {@code \b}; a
 * practice turn runs all of moves.txt over the trainee's words, and that was a third of a turn's CPU on the
 * server. Nearly every pattern is {@code \b} followed by a word character ({@code \bon your mind\b},
 * {@code \b(scale|ruler)\b}), and such a pattern can match only where a word starts, so it is tried there
 * alone ({@code lookingAt} with the text around the start still visible to {@code \b} and look-behinds):
 * the same answer as {@code find()}, from a tenth of the positions. A pattern this reading cannot prove that
 * of (a {@code ^}, a look-around, an optional first letter) is searched with {@code find()} as before.
 */
record Cue(Pattern pattern, boolean[] firstChars) {
    static Cue compile(String regex, int flags) {
        return new Cue(Pattern.compile(regex, flags), startsWords(regex));
    }

    /** Whether the pattern is tried only where a word starts. */
    boolean atWordStarts() {
        return firstChars != null;
    }

    /** Whether the pattern occurs in the text; {@code wordStarts} is {@link #wordStarts(String) wordStarts(text)}. */
    boolean foundIn(String text, int[] wordStarts) {
        if (firstChars == null) {
            return pattern.matcher(text).find();
        }
        Matcher m = null;
        for (int start : wordStarts) {
            char c = text.charAt(start);
            // an ASCII letter or digit the pattern cannot begin with is skipped; any other character is tried
            // (case folding may take it to one: the Kelvin sign is a 'k')
            if (c < 128 && !firstChars[Character.toLowerCase(c)]) {
                continue;
            }
            if (m == null) {
                m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            }
            if (m.region(start, text.length()).lookingAt()) {
                return true;
            }
        }
        return false;
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
     * When every top-level alternative of the regex is {@code \b} followed by something that must match an ASCII
     * word character first: the (lower-case) characters a match can begin with; otherwise null. Reads only the
     * few shapes moves.txt uses and says no to anything else.
     */
    static boolean[] startsWords(String regex) {
        List<String> alternatives = alternatives(regex);
        if (alternatives == null) {
            return null;
        }
        boolean[] first = new boolean[128];
        for (String a : alternatives) {
            if (!a.startsWith("\\b") || !wordFirst(a.substring(2), first)) {
                return null;
            }
        }
        return first;
    }

    /** Whether a match of this regex fragment must begin with a letter, digit or underscore; marks which in {@code first}. */
    private static boolean wordFirst(String s, boolean[] first) {
        if (s.isEmpty()) {
            return false;
        }
        char c = s.charAt(0);
        int next;
        if (c < 128 && (Character.isLetterOrDigit(c) || c == '_')) {
            first[Character.toLowerCase(c)] = true;
            next = 1;
        } else if (s.startsWith("\\d") || s.startsWith("\\w")) {
            for (char d = '0'; d <= '9'; d++) {
                first[d] = true;
            }
            if (s.charAt(1) == 'w') {
                for (char l = 'a'; l <= 'z'; l++) {
                    first[l] = true;
                }
                first['_'] = true;
            }
            next = 2;
        } else if (c == '(') {
            int close = closing(s);
            if (close < 0) {
                return false;
            }
            String inside = s.substring(1, close);
            if (inside.startsWith("?:")) {
                inside = inside.substring(2);
            } else if (inside.startsWith("?")) {
                return false; // a look-around, a named group or flags: not read here
            }
            List<String> alternatives = alternatives(inside);
            if (alternatives == null || !alternatives.stream().allMatch(a -> wordFirst(a, first))) {
                return false;
            }
            next = close + 1;
        } else {
            return false;
        }
        // the first atom must be there: a quantifier that allows none of it is not read here
        return next >= s.length() || "?*{".indexOf(s.charAt(next)) < 0;
    }

    /** The regex's top-level alternatives; null when its brackets do not balance. */
    private static List<String> alternatives(String regex) {
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

    /** The index of the ')' closing the group that opens at 0; -1 if none. */
    private static int closing(String s) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
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
