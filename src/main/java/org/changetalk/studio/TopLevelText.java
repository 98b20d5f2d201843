package org.changetalk.studio;

import java.util.Optional;

/**
 * Changes one string value of a lenient-JSON file's top-level object in place ({@code id} when a scenario is
 * renamed, {@code scenario} in its test plan), keeping every other character: the author's comments, layout
 * and quotes stay as written. Only the outermost object's key counts, never a beat's or a goal's {@code id}.
 */
final class TopLevelText {
    private TopLevelText() {}

    /**
     * The text with the top-level {@code key}'s string value replaced by {@code value} (a kebab-case id, so it
     * needs no escaping); empty when the text has no such key with a string value (or cannot be read that far).
     */
    static Optional<String> replace(String text, String key, String value) {
        int n = text.length();
        int depth = 0;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/' || c == '#') {
                i = lineEnd(text, i);
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (c == '{' || c == '[') {
                depth++;
                i++;
            } else if (c == '}' || c == ']') {
                depth--;
                i++;
            } else if (c == '"' || c == '\'') {
                int end = stringEnd(text, i);
                if (depth == 1 && text.substring(i + 1, Math.max(i + 1, end - 1)).equals(key)) {
                    Optional<String> done = replaceValue(text, end, value);
                    if (done.isPresent()) {
                        return done;
                    }
                }
                i = end;
            } else if (Character.isJavaIdentifierStart(c)) {
                int end = i;
                while (end < n && (Character.isJavaIdentifierPart(text.charAt(end)) || text.charAt(end) == '-')) {
                    end++;
                }
                if (depth == 1 && text.substring(i, end).equals(key)) {
                    Optional<String> done = replaceValue(text, end, value);
                    if (done.isPresent()) {
                        return done;
                    }
                }
                i = end;
            } else {
                i++;
            }
        }
        return Optional.empty();
    }

    /** After a key: a colon, then a string whose contents become {@code value}. */
    private static Optional<String> replaceValue(String text, int from, String value) {
        int i = skipSpace(text, from);
        if (i >= text.length() || text.charAt(i) != ':') {
            return Optional.empty(); // a string value, not a key
        }
        i = skipSpace(text, i + 1);
        if (i >= text.length() || text.charAt(i) != '"' && text.charAt(i) != '\'') {
            return Optional.empty();
        }
        int end = stringEnd(text, i);
        char quote = text.charAt(i);
        return Optional.of(text.substring(0, i) + quote + value + quote + text.substring(end));
    }

    private static int skipSpace(String text, int i) {
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\uFEFF') {
                i++;
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/' || c == '#') {
                i = lineEnd(text, i);
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else {
                break;
            }
        }
        return i;
    }

    private static int lineEnd(String text, int i) {
        int end = text.indexOf('\n', i);
        return end < 0 ? text.length() : end;
    }

    /** The index just after the closing quote of the string opening at {@code start} (or the text's end). */
    private static int stringEnd(String text, int start) {
        char quote = text.charAt(start);
        int i = start + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == quote) {
                return i + 1;
            } else {
                i++;
            }
        }
        return text.length();
    }
}
