package org.changetalk.scenario.read;

import java.nio.CharBuffer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jackson's syntax messages in an author's words, placed where the fix goes. Jackson notices a missing comma
 * on the line after it ("Unexpected character ('t' (code 116)): was expecting comma to separate Object
 * entries"); an author needs "missing comma after line 61?" at the end of line 61.
 */
final class PlainSyntax {
    /** A message, and where to show it. */
    record Said(Pos pos, String message) {}

    private static final Pattern UNEXPECTED = Pattern.compile("^Unexpected character \\('(.+?)' \\(code \\d+\\)\\)(?:: (.*))?$");
    private static final Pattern START_MARKER = Pattern.compile("start marker at line (\\d+), column (\\d+)");
    private static final Pattern UNRECOGNIZED = Pattern.compile("^Unrecognized token '(.*?)'");

    private PlainSyntax() {
    }

    static Said of(String jackson, Pos at, CharBuffer text) {
        String line = jackson.lines().findFirst().orElse(jackson);
        Matcher u = UNEXPECTED.matcher(line);
        if (u.find()) {
            String found = u.group(1);
            String expecting = u.group(2) == null ? "" : u.group(2);
            if (expecting.contains("comma to separate")) {
                Pos end = endOfPreviousLine(text, at);
                return new Said(end, "missing comma after line " + end.line() + "?");
            }
            if (expecting.contains("colon to separate")) {
                return new Said(at, "missing ':' between a name and its value before '" + found + "'?");
            }
            if (expecting.contains("double-quote to start field name") || expecting.contains("start field name")) {
                return new Said(at, "'" + found + "' where a name was expected: a name is letters, digits, _ or $, or in quotes");
            }
            return new Said(at, "unexpected '" + found + "' here");
        }
        Matcher r = UNRECOGNIZED.matcher(line);
        if (r.find()) {
            return new Said(at, "'" + r.group(1) + "' is not a value: put text in quotes, as 'like this'");
        }
        if (line.startsWith("Unexpected end-of-input")) {
            Matcher m = START_MARKER.matcher(line);
            if (m.find()) {
                boolean object = line.contains("for Object");
                return new Said(at, "the file ends before the '" + (object ? "{" : "[") + "' at line " + m.group(1)
                        + ", column " + m.group(2) + " is closed with '" + (object ? "}" : "]") + "'");
            }
            return new Said(at, "the file ends too soon: a closing '}', ']' or quote is missing");
        }
        return new Said(at, line);
    }

    /** The end of the last line before {@code at} with something on it other than a // comment. */
    static Pos endOfPreviousLine(CharBuffer text, Pos at) {
        String[] lines = text.duplicate().toString().split("\n", -1);
        for (int n = Math.min(at.line(), lines.length) - 1; n >= 1; n--) {
            String l = lines[n - 1];
            int comment = l.indexOf("//");
            String code = (comment >= 0 ? l.substring(0, comment) : l).stripTrailing();
            if (!code.isBlank()) {
                return new Pos(n, code.length() + 1);
            }
        }
        return at;
    }
}
