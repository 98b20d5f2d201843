package org.changetalk.practice;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A trainee's question read once, for everything that answers it: the shape of answer it asks for ({@link Kind}), the
 * questions stacked in it (each with its own focus; the last is the main one), the thing asked about
 * ({@link QuestionFocus}), whether it was asked in the negative, and what it asks for ({@link QuestionIntent}:
 * a quantity, what it gives…). "Do you have a part-time job?" is a yes-or-no question about a job; "What time is
 * your lab, and do you make it most weeks?" two questions, a when about the lab and a yes-or-no about making it.
 *
 * @param asked    the main question (the last of those asked)
 * @param kind     the shape of answer the main question asks for
 * @param parts    every question stacked in the turn's last question, in order, each with its kind and focus
 * @param negative asked in the negative ("Don't you work weekends?"): the same yes and no as the plain question
 * @param intents  what the turn asks for, in intents.txt's order of precedence (none for most questions)
 */
record Question(String asked, Kind kind, List<Part> parts, boolean negative, List<QuestionIntent> intents) {

    /** The shapes of answer a question asks for (question-kinds.txt). */
    enum Kind {
        YES_NO, WHO, WHEN, WHERE, HOW_MANY, WHICH, WHY, OPEN;

        /** A question about one thing of the persona's life (a yes or no, a person, a time, a place, a number). */
        boolean closed() {
            return this != WHY && this != OPEN;
        }

        static Kind named(String name, String where) {
            try {
                return valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(where + ": unknown kind '" + name + "'", e);
            }
        }
    }

    /** One question of a turn: its words, its kind and what it is about. */
    record Part(String text, Kind kind, QuestionFocus focus) {}

    private static final Shapes SHAPES = Shapes.load();

    /** The main question's focus: the thing asked about. */
    QuestionFocus focus() {
        return parts.get(parts.size() - 1).focus();
    }

    boolean stacked() {
        return parts.size() > 1;
    }

    /** The kind of one question's words (question-kinds.txt; none found: open). */
    static Kind kindOf(String question) {
        return SHAPES.kindOf(question);
    }

    /** Reads the questions of one conversation (the focus needs the persona's words). */
    static final class Reader {
        private final QuestionFocus.Reader focus;

        Reader(QuestionFocus.Reader focus) {
            this.focus = focus;
        }

        QuestionFocus.Reader focus() {
            return focus;
        }

        Question read(String text) {
            List<Part> parts = new ArrayList<>();
            for (String q : QuestionFocus.questions(text)) {
                parts.add(new Part(q, kindOf(q), focus.read(q)));
            }
            Part main = parts.get(parts.size() - 1);
            return new Question(main.text(), main.kind(), List.copyOf(parts), SHAPES.negative(main.text()),
                    List.copyOf(QuestionIntent.of(text)));
        }
    }

    /** question-kinds.txt: each kind's patterns in the file's order, and the negative ones. */
    private record Shapes(Map<Pattern, Kind> kinds, List<Pattern> negatives) {
        Kind kindOf(String question) {
            for (Map.Entry<Pattern, Kind> e : kinds.entrySet()) {
                if (e.getKey().matcher(question).find()) {
                    return e.getValue();
                }
            }
            return Kind.OPEN;
        }

        boolean negative(String question) {
            return negatives.stream().anyMatch(p -> p.matcher(question).find());
        }

        static Shapes load() {
            Map<Pattern, Kind> kinds = new LinkedHashMap<>();
            List<Pattern> negatives = new ArrayList<>();
            for (KeyedLine line : KeyedLine.read("question-kinds.txt", "'kind: regex' or 'negative: regex'")) {
                Pattern p;
                try {
                    p = Pattern.compile(line.value(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
                } catch (java.util.regex.PatternSyntaxException e) {
                    throw new IllegalStateException(line.where() + ": " + e.getDescription(), e);
                }
                if (line.key().equals("negative")) {
                    negatives.add(p);
                } else {
                    kinds.put(p, Kind.named(line.key(), line.where()));
                }
            }
            return new Shapes(java.util.Collections.unmodifiableMap(kinds), List.copyOf(negatives));
        }
    }
}
