package org.changetalk.practice;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a trainee's chat spelling the way a person would before the client weighs it ("whos in ur corner" is "who's
 * in your corner", "weed does what for u" asks about "you"): the words of texting.txt, whole words only. Round 8's
 * unusual-style scripts were answered half as often as plain ones because "u", "ur", "ppl" and words without their
 * apostrophe matched neither the persona's words nor the cues written for plain English.
 */
final class Texting {
    /** Spelling (lower case) → reading; read once, never changed. */
    private static final Map<String, String> READING = load();
    private static final Pattern WORD = Pattern.compile("(?<![\\w'’])[A-Za-z0-9]+(?![\\w'’])");

    private Texting() {
    }

    /** The text with each chat spelling read as its words; a text with none comes back as it was (the same object). */
    static String read(String text) {
        Matcher m = WORD.matcher(text);
        StringBuilder out = null;
        int last = 0;
        while (m.find()) {
            String reading = READING.get(m.group().toLowerCase(Locale.ROOT));
            if (reading == null) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length() + 16);
            }
            out.append(text, last, m.start());
            // "Ur mum…" at the start of a sentence keeps its capital: "Your mum…".
            boolean capital = Character.isUpperCase(m.group().charAt(0)) && m.group().length() > 1
                    || m.start() == 0 && Character.isUpperCase(m.group().charAt(0));
            out.append(capital ? Character.toUpperCase(reading.charAt(0)) + reading.substring(1) : reading);
            last = m.end();
        }
        if (out == null) {
            return text;
        }
        return out.append(text, last, text.length()).toString();
    }

    private static Map<String, String> load() {
        Map<String, String> out = new HashMap<>();
        for (KeyedLine line : KeyedLine.read("texting.txt", "'spelling: reading'")) {
            String spelling = line.key().toLowerCase(Locale.ROOT);
            if (!spelling.matches("[a-z0-9]+") || line.value().isBlank()) {
                throw new IllegalStateException(line.where() + ":1: a spelling is one word of letters or digits, with a reading");
            }
            if (out.put(spelling, line.value()) != null) {
                throw new IllegalStateException(line.where() + ":1: '" + spelling + "' is read twice");
            }
        }
        return Map.copyOf(out);
    }
}
