package org.changetalk.practice;

import java.util.ArrayList;
import java.util.List;

/**
 * One {@code key: value} line of a practice word file (moves.txt, intents.txt), with where it stands so a
 * mistake in the file is reported at its line. Blank lines and {@code #} comments are left out.
 */
record KeyedLine(String file, int number, String key, String value) {
    /** Every keyed line of a bundled file; a line without a key before its colon fails, naming what was expected. */
    static List<KeyedLine> read(String file, String expected) {
        List<String> lines = Resources.lines(file);
        List<KeyedLine> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon < 1) {
                throw new IllegalStateException(file + ":" + (i + 1) + ": expected " + expected);
            }
            out.add(new KeyedLine(file, i + 1, line.substring(0, colon).strip(), line.substring(colon + 1).strip()));
        }
        return out;
    }

    /** The value as a case-insensitive pattern; one that does not compile fails at this line ("file:12: …"). */
    java.util.regex.Pattern pattern() {
        try {
            return java.util.regex.Pattern.compile(value, java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);
        } catch (java.util.regex.PatternSyntaxException e) {
            throw new IllegalStateException(where() + ": " + e.getDescription(), e);
        }
    }

    /** "intents.txt:12", for an error about this line. */
    String where() {
        return file + ":" + number;
    }
}
