package org.changetalk.practice;

import org.changetalk.scenario.model.Phrase;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A question about a story the client already told, read for what it points back at and the new angle it asks from
 * ("Going back to your sister: what made her book this?" points at the sister and asks why). The answer is the
 * sentence of that story, or of the persona's lines on the same thing, that answers the angle and means the question
 * most closely; the caller says it with a brief reference back ("My sister? She's worried about my drinking.").
 * Round 10's held-out judge found 22 of 42 such questions answered with the graph's next line ("But evenings, I'm
 * keeping." to "what was different about that day?") or the story again.
 *
 * <p>The frames, the words trimmed off a focus and each angle's question and answer words are data
 * ({@code told-story.txt}), read once for the program into immutable lists.
 */
final class ToldStory {
    /** What a question points back at ({@code focus}, in the trainee's words) and the angle it asks from. */
    record Asked(String focus, Angle angle) {}

    /** An angle: the words that ask from it and the words a sentence answering it holds. */
    record Angle(String name, Pattern asks, Pattern answers) {}

    /** A sentence that could answer: said already this session (referred back to) or not yet. */
    record Candidate(String sentence, boolean said) {}

    /** The sentence chosen, and why (its angle and how closely it means the question). */
    record Pick(String sentence, boolean said, String why) {}

    private record Rules(List<Pattern> frames, Pattern trim, Pattern empty, List<Angle> angles) {}

    private static final String FILE = "told-story.txt";
    /** The angle a name answers ("who was there?" → "Dario was."), beside its words. */
    private static final String WHO = "who";
    private static final Rules RULES = read();
    /** A sentence this short ("Yeah.", "Sunday, supposedly.") says too little to answer an angle. */
    private static final int MIN_WORDS = 4;
    /** A focus longer than this is a clause, not a thing pointed at: no reference back is made of it. */
    private static final int MAX_FOCUS_WORDS = 6;

    private ToldStory() {
    }

    /** What the question points back at and its angle; empty when it points at nothing or asks from no known angle. */
    static Optional<Asked> asked(String question) {
        for (Pattern frame : RULES.frames()) {
            Matcher m = frame.matcher(question);
            while (m.find()) {
                String focus = trim(m.group("focus"));
                if (focus.isEmpty() || RULES.empty().matcher(focus).matches()) {
                    continue;
                }
                // The angle is asked in the rest of the question, not in the words of the focus itself
                // ("back to the breaks: what made them yours?" asks why; "the hard part" names a thing).
                String rest = question.substring(0, m.start("focus")) + " … " + question.substring(m.end("focus"));
                Optional<Angle> angle = angleOf(rest);
                if (angle.isPresent()) {
                    return Optional.of(new Asked(focus, angle.get()));
                }
            }
        }
        return Optional.empty();
    }

    static Optional<Angle> angleOf(String text) {
        return RULES.angles().stream().filter(a -> a.asks().matcher(text).find()).findFirst();
    }

    /**
     * The sentence that answers the angle: one that holds the angle's answer words and is introduced ({@code
     * introduced}: names nothing the session has not raised), closest in meaning to the question; a sentence not yet
     * said wins over one said unless the said one means it clearly more closely (then it is referred back to).
     */
    static Optional<Pick> pick(Angle angle, List<Candidate> candidates, ToDoubleFunction<String> meaning,
                               Predicate<String> introduced, Predicate<String> namesSomeone, double bar) {
        Candidate best = null;
        double bestScore = bar;
        for (Candidate c : candidates) {
            boolean answers = angle.answers().matcher(c.sentence()).find() || angle.name().equals(WHO) && namesSomeone.test(c.sentence());
            if (Phrase.wordsOf(c.sentence()).size() < MIN_WORDS || !answers
                    || !c.said() && !introduced.test(c.sentence())) {
                continue;
            }
            // (Said already, it is a reference back: fine when it is the answer, second choice when a fresh one is.)
            double score = meaning.applyAsDouble(c.sentence()) - (c.said() ? 0.05 : 0);
            if (score > bestScore) {
                best = c;
                bestScore = score;
            }
        }
        return best == null ? Optional.empty()
                : Optional.of(new Pick(best.sentence(), best.said(), Explain.format("a story told, asked again from a new angle (%s, %.2f)",
                        angle.name(), bestScore)));
    }

    /**
     * The focus as the client says it back: "your sister" is "My sister", "you and your dad" is "Me and my dad";
     * empty when it is too long to say back as a reference.
     */
    static Optional<String> asOwn(String focus) {
        List<String> words = Phrase.wordsOf(focus);
        if (words.isEmpty() || words.size() > MAX_FOCUS_WORDS) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder();
        for (String w : focus.strip().split("\\s+")) {
            String lower = w.toLowerCase(Locale.ROOT);
            String own = switch (lower) {
                case "your", "ur", "yr" -> "my";
                case "yours" -> "mine";
                case "you", "u" -> out.isEmpty() ? "I" : "me";
                case "yourself" -> "myself";
                case "you're", "youre" -> "I'm";
                default -> w;
            };
            out.append(out.isEmpty() ? "" : " ").append(own);
        }
        String s = out.toString();
        return Optional.of(Character.toUpperCase(s.charAt(0)) + s.substring(1));
    }

    private static String trim(String focus) {
        String f = focus.strip();
        String before;
        do {
            before = f;
            f = RULES.trim().matcher(f).replaceAll("").strip();
        } while (!f.equals(before));
        return f;
    }

    private static Rules read() {
        List<Pattern> frames = new ArrayList<>();
        List<String> trims = new ArrayList<>();
        List<String> empties = new ArrayList<>();
        Map<String, String[]> angles = new LinkedHashMap<>();
        List<String> lines = Resources.lines(FILE);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(": ");
            if (colon < 0) {
                throw new IllegalStateException(FILE + ":" + (i + 1) + ":1: expected `key: regex`");
            }
            String key = line.substring(0, colon);
            String regex = line.substring(colon + 2);
            String where = FILE + ":" + (i + 1) + ":" + (colon + 3);
            compile(regex, where);
            if (key.equals("frame")) {
                frames.add(compile(regex, where));
            } else if (key.equals("focus-trim")) {
                trims.add(regex);
            } else if (key.equals("focus-empty")) {
                empties.add(regex);
            } else if (key.startsWith("angle.") && (key.endsWith(".asks") || key.endsWith(".answers"))) {
                String name = key.substring("angle.".length(), key.lastIndexOf('.'));
                String[] pair = angles.computeIfAbsent(name, n -> new String[2]);
                int slot = key.endsWith(".asks") ? 0 : 1;
                pair[slot] = pair[slot] == null ? regex : pair[slot] + "|" + regex;
            } else {
                throw new IllegalStateException(FILE + ":" + (i + 1) + ":1: unknown key '" + key + "'");
            }
        }
        List<Angle> list = new ArrayList<>();
        angles.forEach((name, pair) -> {
            if (pair[0] == null || pair[1] == null) {
                throw new IllegalStateException(FILE + ": angle '" + name + "' needs both .asks and .answers");
            }
            list.add(new Angle(name, compile(pair[0], FILE + " angle " + name), compile(pair[1], FILE + " angle " + name)));
        });
        return new Rules(List.copyOf(frames), compile(String.join("|", trims), FILE + " focus-trim"),
                compile(String.join("|", empties), FILE + " focus-empty"), List.copyOf(list));
    }

    private static Pattern compile(String regex, String where) {
        try {
            return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        } catch (PatternSyntaxException e) {
            throw new IllegalStateException(where + ": " + e.getDescription(), e);
        }
    }
}
