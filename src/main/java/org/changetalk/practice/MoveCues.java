package org.changetalk.practice;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the MI moves (a ruler, "why a 3?", a closing, a permission question, an apology…) and
 * the kind of offence in a trainee's words, from the patterns in moves.txt.
 */
final class MoveCues {
    private static final Map<String, List<WordStartPattern>> PATTERNS = load("moves.txt");
    /**
     * Cues asked for only when a turn's situation needs them (after a ruler, after a permission, on an apology):
     * kept out of {@link #in} so the every-turn scan of the trainee's words does not grow with them.
     */
    private static final Map<String, List<WordStartPattern>> ON_DEMAND = load("cues-on-demand.txt");
    private static final Pattern NUMBER = Pattern.compile(
            "\\b(\\d+|zero|one|two|three|four|five|six|seven|eight|nine|ten)\\b", Pattern.CASE_INSENSITIVE);
    private static final List<String> NUMBER_WORDS =
            List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");

    private MoveCues() {
    }

    /** The names of the moves whose patterns occur in the text, in file order. */
    static Set<String> in(String text) {
        Set<String> found = new LinkedHashSet<>();
        WordStartPattern.Scan scan = WordStartPattern.scan(text);
        PATTERNS.forEach((name, patterns) -> {
            for (WordStartPattern p : patterns) {
                if (p.foundIn(scan)) {
                    found.add(name);
                    return;
                }
            }
        });
        return found;
    }

    /**
     * Whether one move's patterns occur in the text: the same answer as {@code in(text).contains(name)} for a
     * fiftieth of the work (a practice turn asks this of the client's reply and of the trainee's words).
     */
    static boolean has(String name, String text) {
        List<WordStartPattern> patterns = PATTERNS.containsKey(name) ? PATTERNS.get(name) : ON_DEMAND.get(name);
        if (patterns == null) {
            throw new IllegalArgumentException("no move '" + name + "' in moves.txt or cues-on-demand.txt");
        }
        WordStartPattern.Scan scan = WordStartPattern.scan(text);
        for (WordStartPattern p : patterns) {
            if (p.foundIn(scan)) {
                return true;
            }
        }
        return false;
    }

    /** The first span the named move's patterns match, for "why a 3?" (which number?) and "you said …" (said what?). */
    static Optional<Matcher> first(String name, String text) {
        for (WordStartPattern p : PATTERNS.getOrDefault(name, ON_DEMAND.getOrDefault(name, List.of()))) {
            Matcher m = p.pattern().matcher(text);
            if (m.find()) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** The numbers 0–10 a text names, in order ("why a 3 and not a 0" → [3, 0]). */
    static List<Integer> numbers(String text) {
        List<Integer> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            String w = m.group(1).toLowerCase();
            int n = Character.isDigit(w.charAt(0)) ? (w.length() > 2 ? -1 : Integer.parseInt(w)) : NUMBER_WORDS.indexOf(w);
            if (n >= 0 && n <= 10) {
                out.add(n);
            }
        }
        return out;
    }

    private static Map<String, List<WordStartPattern>> load(String file) {
        Map<String, List<WordStartPattern>> out = new LinkedHashMap<>();
        for (KeyedLine line : KeyedLine.read(file, "'move: regex'")) {
            out.computeIfAbsent(line.key(), k -> new ArrayList<>())
                    .add(WordStartPattern.compile(line.value(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }
        out.replaceAll((k, v) -> List.copyOf(v));
        return Collections.unmodifiableMap(out);
    }
}
