package org.changetalk.practice;

import java.util.regex.Pattern;

/**
 * A client line's sentences: split after its ".", "!" or "?". One compiled pattern for the whole engine; a
 * {@code String.split} with this regex compiled it again on every call, and the turn path splits persona lines
 * many times a turn.
 */
final class Sentences {
    private static final Pattern END = Pattern.compile("(?<=[.!?])\\s+");

    private Sentences() {
    }

    static String[] of(String line) {
        return END.split(line);
    }
}
