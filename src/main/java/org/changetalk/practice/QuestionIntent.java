package org.changetalk.practice;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a trainee's question asks for (intents.txt): a quantity, what the behaviour gives, what has worked, a plan,
 * safety, a feeling, a worry, how someone reacted. Each intent says how a client sentence answering it looks and
 * which topics such a line is about, so the client can pick the line that answers the question rather than the
 * next line of the story.
 *
 * @param name    the intent's name in intents.txt ("quantity", "gives", …)
 * @param answer  what a sentence that answers it looks like
 * @param answerNot what disqualifies a sentence that looks like an answer (null: nothing does)
 * @param topics  the topics a line answering it is about
 * @param shapeRequired a line answers only with the shape (a quantity needs a number; its topic is not enough)
 */
record QuestionIntent(String name, WordStartPattern answer, WordStartPattern answerNot, Set<String> topics, boolean shapeRequired) {
    private static final Map<String, Reader> READERS = load();

    /** The intents a response asks for, in the file's order of precedence (none for most reflections). */
    static List<QuestionIntent> of(String text) {
        List<QuestionIntent> out = new ArrayList<>();
        for (Reader r : READERS.values()) {
            if (r.asks(text)) {
                out.add(r.intent());
            }
        }
        return out;
    }

    /** An intent whose answer is its shape on any topic ("how long has it been?": a number of days, whatever it counts). */
    boolean anyTopic() {
        return topics.contains("*");
    }

    /** Whether a client sentence has the shape of an answer ("Half a bottle most evenings" to a quantity). */
    boolean answeredBy(String sentence) {
        WordStartPattern.Scan scan = WordStartPattern.scan(sentence);
        return answer.foundIn(scan) && (answerNot == null || !answerNot.foundIn(scan));
    }

    /** One intent with the ways of asking it and the look-alikes that ask something else. */
    private record Reader(QuestionIntent intent, List<WordStartPattern> asks, List<WordStartPattern> not) {
        boolean asks(String text) {
            WordStartPattern.Scan scan = WordStartPattern.scan(text);
            return asks.stream().anyMatch(p -> p.foundIn(scan)) && not.stream().noneMatch(p -> p.foundIn(scan));
        }
    }

    private static Map<String, Reader> load() {
        Map<String, List<WordStartPattern>> asks = new LinkedHashMap<>();
        Map<String, List<WordStartPattern>> not = new LinkedHashMap<>();
        Map<String, WordStartPattern> answers = new LinkedHashMap<>();
        Map<String, WordStartPattern> answersNot = new LinkedHashMap<>();
        Map<String, Set<String>> topics = new LinkedHashMap<>();
        Set<String> shape = new java.util.HashSet<>();
        for (KeyedLine line : KeyedLine.read("intents.txt", "'intent: regex' or 'intent.answer: regex'")) {
            String key = line.key();
            String value = line.value();
            int dot = key.indexOf('.');
            String name = dot < 0 ? key : key.substring(0, dot);
            String part = dot < 0 ? "asks" : key.substring(dot + 1);
            try {
                switch (part) {
                    case "asks" -> asks.computeIfAbsent(name, k -> new ArrayList<>()).add(compile(value));
                    case "not" -> not.computeIfAbsent(name, k -> new ArrayList<>()).add(compile(value));
                    case "answer" -> answers.put(name, compile(value));
                    case "answer-not" -> answersNot.put(name, compile(value));
                    case "topics" -> topics.put(name, Set.of(value.split("\\s*,\\s*")));
                    case "requires" -> {
                        if (!value.equals("shape")) {
                            throw new IllegalStateException(line.where() + ": only 'requires: shape' is known");
                        }
                        shape.add(name);
                    }
                    default -> throw new IllegalStateException(line.where() + ": unknown part '" + part + "'");
                }
            } catch (java.util.regex.PatternSyntaxException e) {
                throw new IllegalStateException(line.where() + ": " + e.getDescription(), e);
            }
        }
        Map<String, Reader> out = new LinkedHashMap<>();
        for (String name : asks.keySet()) {
            if (!answers.containsKey(name)) {
                throw new IllegalStateException("intents.txt: intent '" + name + "' has no " + name + ".answer");
            }
            QuestionIntent intent = new QuestionIntent(name, answers.get(name), answersNot.get(name), topics.getOrDefault(name, Set.of()),
                    shape.contains(name));
            out.put(name, new Reader(intent, List.copyOf(asks.get(name)), List.copyOf(not.getOrDefault(name, List.of()))));
        }
        return Collections.unmodifiableMap(out);
    }

    /** Tried only where a word starts when the pattern allows (see {@link WordStartPattern}): the same answers as find(). */
    private static WordStartPattern compile(String regex) {
        return WordStartPattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
