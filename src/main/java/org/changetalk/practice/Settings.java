package org.changetalk.practice;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A settings file of the engine: one "key value" a line, "#" comments and blank lines skipped (pacing.txt,
 * relevance.txt). Why one reader: each file had its own copy of this loop, and their errors must read alike, at
 * file:line:column, so an author who mistypes a value finds it.
 */
final class Settings {
    private final String file;
    private final Map<String, String> values;
    private final Map<String, String> where;

    private Settings(String file, Map<String, String> values, Map<String, String> where) {
        this.file = file;
        this.values = values;
        this.where = where;
    }

    static Settings read(String file, List<String> lines) {
        Map<String, String> values = new HashMap<>();
        Map<String, String> where = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\\s+");
            if (f.length != 2) {
                throw new IllegalStateException(file + ":" + (i + 1) + ":1: a key and a value, got: " + line);
            }
            values.put(f[0], f[1]);
            where.put(f[0], file + ":" + (i + 1) + ":" + (lines.get(i).indexOf(f[1]) + 1));
        }
        return new Settings(file, values, where);
    }

    /** The value of a key as written; a key the file lacks is an error naming it. */
    String text(String key) {
        String s = values.get(key);
        if (s == null) {
            throw new IllegalStateException(file + ": no '" + key + "'");
        }
        return s;
    }

    /** The value of a key as a number; one that is no number is named where it is. */
    double number(String key) {
        return parsed(key, Double::parseDouble, "a number");
    }

    /** The value of a key as a whole number; one that is not is named where it is. */
    int whole(String key) {
        return parsed(key, Integer::parseInt, "a whole number");
    }

    private <T> T parsed(String key, java.util.function.Function<String, T> parse, String what) {
        String s = text(key);
        try {
            return parse.apply(s);
        } catch (NumberFormatException e) {
            throw new IllegalStateException(where.get(key) + ": not " + what + ": " + s, e);
        }
    }
}
