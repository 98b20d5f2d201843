package org.changetalk.practice;

import org.changetalk.coding.Talk;
import org.changetalk.scenario.model.Exemplar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a double-sided reflection ends on the change side, as the drill asks: the client answers the side
 * they hear last. The response is split at its last joining phrase (word lists in double-sided.txt); the last
 * side is put back into the client's words and coded as client talk, and compared with the sides of the item's
 * exemplars. When neither can tell
 * the sides apart the trainee gets the benefit of the doubt (see {@link #problem}).
 */
final class DoubleSided {
    /** The two sides of a response, in order. */
    record Sides(String first, String last) {}

    private final List<String> joins;
    private final Map<Pattern, String> person;

    private DoubleSided(List<String> joins, Map<Pattern, String> person) {
        this.joins = List.copyOf(joins);
        this.person = person;
    }

    static DoubleSided load() {
        List<String> joins = new ArrayList<>();
        Map<Pattern, String> person = new LinkedHashMap<>();
        String section = null;
        int n = 0;
        for (String raw : resource().split("\n")) {
            n++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[")) {
                section = line;
            } else if ("[joins]".equals(section)) {
                joins.add(line.toLowerCase(Locale.ROOT));
            } else if ("[person]".equals(section) && line.contains("=")) {
                String[] kv = line.split("=", 2);
                person.put(Pattern.compile("\\b" + Pattern.quote(kv[0].strip()) + "\\b", Pattern.CASE_INSENSITIVE),
                        Matcher.quoteReplacement(kv[1].strip()));
            } else {
                throw new IllegalStateException("double-sided.txt:" + n + ": not in [joins] or [person]: " + line);
            }
        }
        return new DoubleSided(joins, person);
    }

    /** The sides split at the last joining phrase, or null when there is no join with words on both sides. */
    Sides sides(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        int at = -1;
        String join = null;
        for (String j : joins) {
            Matcher m = Pattern.compile("\\b" + Pattern.quote(j) + "\\b").matcher(lower);
            while (m.find()) {
                if (m.start() > at) {
                    at = m.start();
                    join = j;
                }
            }
        }
        if (join == null) {
            return null;
        }
        String first = text.substring(0, at).replaceAll("(?i)^\\s*(on (the )?one hand|part of you)\\b", "")
                .replaceAll("(?i)[,;]?\\s*(and|but)?\\s*$", "").strip();
        String last = text.substring(at + join.length()).replaceAll("^[\\s,]+", "").strip();
        return first.isEmpty() || last.isEmpty() ? null : new Sides(first, last);
    }

    /** The side in the client's words: "you want" becomes "I want". */
    String asClient(String side) {
        String out = side;
        for (Map.Entry<Pattern, String> e : person.entrySet()) {
            out = e.getKey().matcher(out).replaceAll(e.getValue());
        }
        return out;
    }

    /**
     * Why the response does not end on the change side, or null when it does (or the sides cannot be told).
     * The last side fails when the coder hears sustain talk in it, or when it says what the author's own
     * exemplars put on the sustain side (their first sides) more than what they put on the change side (their
     * last sides): the author's words decide, not a guess about every phrasing.
     */
    String problem(String text, ResponseCoder coder, List<Exemplar> exemplars) {
        Sides s = sides(text);
        if (s == null) {
            return null;
        }
        boolean sustainLast = coder.clientTalk(asClient(s.last())) == Talk.SUSTAIN;
        Set<String> firsts = new HashSet<>();
        Set<String> lasts = new HashSet<>();
        for (Exemplar e : exemplars) {
            Sides es = sides(e.text());
            if (es != null) {
                firsts.addAll(FeedbackWriter.contentWords(es.first()));
                lasts.addAll(FeedbackWriter.contentWords(es.last()));
            }
        }
        Set<String> said = FeedbackWriter.contentWords(s.last());
        long sustainWords = said.stream().filter(w -> firsts.contains(w) && !lasts.contains(w)).count();
        long changeWords = said.stream().filter(w -> lasts.contains(w) && !firsts.contains(w)).count();
        if (sustainLast || sustainWords > changeWords) {
            return "It ends on the side that keeps things as they are (\"" + s.last() + "\"), so that is what the client "
                    + "answers; put the side that leans toward change last.";
        }
        return null;
    }

    private static String resource() {
        try (InputStream in = DoubleSided.class.getResourceAsStream("double-sided.txt")) {
            if (in == null) {
                throw new IllegalStateException("double-sided.txt is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
