package org.changetalk.practice;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a trainee's chat spelling the way a person would before the client weighs it ("whos in ur corner" is "who's
 * in your corner", "weed does what for u" asks about "you"): the words of texting.txt, whole words only. Round 8's
 * unusual-style scripts were answered less often than plain ones because "u", "ur", "ppl" and words without their
 * apostrophe matched neither the persona's words nor the cues written for plain English.
 */
final class Texting {
    private static final Readings READINGS = Readings.load("texting.txt");
    private static final Pattern WORD = Pattern.compile("(?<![\\w'’])[A-Za-z0-9]+(?![\\w'’])");

    private Texting() {
    }

    /**
     * The spellings of one file: each one's plain reading, and the reading some take before certain words ("ur done"
     * is "you're done", "ur mum" is "your mum"). Immutable once read.
     */
    private record Readings(Map<String, String> plain, Map<String, Before> before) {
        static Readings load(String file) {
            Map<String, String> plain = new HashMap<>();
            Map<String, Before> before = new HashMap<>();
            for (KeyedLine line : KeyedLine.read(file, "'spelling: reading' or 'spelling before next-word-regex: reading'")) {
                String[] key = line.key().split("\\s+before\\s+", 2);
                String spelling = key[0].strip().toLowerCase(Locale.ROOT);
                if (!spelling.matches("[a-z0-9]+") || line.value().isBlank()) {
                    throw new IllegalStateException(line.where() + ":1: a spelling is one word of letters or digits, with a reading");
                }
                boolean twice = key.length == 2
                        ? before.put(spelling, new Before(Pattern.compile("\\s+(" + key[1].strip() + ")\\b", Pattern.CASE_INSENSITIVE),
                                line.value())) != null
                        : plain.put(spelling, line.value()) != null;
                if (twice) {
                    throw new IllegalStateException(line.where() + ":1: '" + spelling + "' is read twice");
                }
            }
            return new Readings(Map.copyOf(plain), Map.copyOf(before));
        }

        String of(String text, Matcher word) {
            String spelling = word.group().toLowerCase(Locale.ROOT);
            Before b = before.get(spelling);
            if (b != null && b.next().matcher(text).region(word.end(), text.length()).lookingAt()) {
                return b.reading();
            }
            return plain.get(spelling);
        }
    }

    /** A reading taken when the next word matches. */
    private record Before(Pattern next, String reading) {
    }

    /** The text with each chat spelling read as its words; a text with none comes back as it was (the same object). */
    static String read(String text) {
        Matcher m = WORD.matcher(text);
        StringBuilder out = null;
        int last = 0;
        while (m.find()) {
            String reading = READINGS.of(text, m);
            if (reading == null) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length() + 16);
            }
            out.append(text, last, m.start());
            // "Ur mum…" at the start of a sentence keeps its capital: "Your mum…".
            boolean capital = Character.isUpperCase(m.group().charAt(0)) && (m.group().length() > 1 || m.start() == 0);
            out.append(capital ? Character.toUpperCase(reading.charAt(0)) + reading.substring(1) : reading);
            last = m.end();
        }
        if (out == null) {
            return text;
        }
        return out.append(text, last, text.length()).toString();
    }
}
