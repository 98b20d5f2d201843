package org.changetalk.practice;

import org.changetalk.scenario.model.Fact;
import org.changetalk.scenario.model.Phrase;
import org.changetalk.scenario.model.Terms;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A span of time a reflection claims for the habit, set against the spans the client has told of it: "So it's been
 * roughly five years of it at bedtime" to a client on the tablet "every night, twelve years now" is answered "Twelve
 * years. Not five years." (round 11: "Yes, that's it exactly."). Like is compared with like: a span of stopping or
 * cutting down ("six months without coke", "the reduction to evenings, three months") with the spans of stopping the
 * client told, a span of using with the spans of using. The record is what the client said this session and the
 * persona's facts about their use, its start and their time off; a claim is contradicted only when the record holds
 * spans of its side and none of them, nor any span the client tells of the habit at all, is the one claimed, and, when
 * the record gives several, one of them shares a word with the claim ("bedtime"). Precision first: a wrong correction
 * teaches more harm than a missed one. Words are data (claim-spans.txt).
 */
final class ClaimCheck {
    /** The correction's values for {@code correction.swap} ({@code Actual}, {@code claimed}, {@code line}), and why. */
    record Finding(Map<String, String> values, String why) {
    }

    /** A span the record holds: how it was said, its sentence, which side, and whether it runs now. */
    private record Told(FactSwap.Span span, String sentence, boolean change, boolean current, boolean habit, boolean session) {
    }

    private static final String FILE = "claim-spans.txt";
    private static final Map<String, Pattern> P = load();
    private static final Pattern SENTENCE = Pattern.compile("(?<=[.!?;])\\s+");
    /** "Dr." and the like: their stop ends no sentence. */
    private static final Pattern TITLE_STOP = Pattern.compile("\\b(Dr|Mr|Mrs|Ms|St)\\.");
    private static final Pattern YOU = Pattern.compile("\\b(you|you'?re|you'?ve|your|u|ur)\\b", Pattern.CASE_INSENSITIVE);

    /** The persona's spans of the habit, read once. */
    private final List<Told> story = new ArrayList<>();

    /** Every span anywhere in the persona's own lines (facts and beats): one the claim names is theirs, never corrected. */
    private final List<Told> anywhere = new ArrayList<>();

    ClaimCheck(List<Fact> facts) {
        this(facts, List.of());
    }

    /**
     * @param facts the persona's facts (their use, its start and time off are the record)
     * @param lines every first-person line of the persona (facts and beats): "half the dose for three weeks" in a beat
     *              keeps "three weeks" from being corrected, though no fact holds it
     */
    ClaimCheck(List<Fact> facts, List<String> lines) {
        for (String line : lines) {
            read(line, false, false, anywhere);
        }
        Set<String> recordTopics = Set.of(P.get("record-topics").pattern().split("\\s+"));
        Set<String> currentTopics = Set.of(P.get("current-topics").pattern().split("\\s+"));
        for (Fact f : facts) {
            if (f.topics().stream().noneMatch(recordTopics::contains)) {
                continue;
            }
            boolean current = f.topics().stream().anyMatch(currentTopics::contains) && !f.topics().contains("past-attempts");
            for (String line : f.say()) {
                read(line, current, false, this.story);
            }
        }
    }

    /**
     * The first span claimed of the habit in the turn that the record contradicts. {@code said}: the client's lines
     * this session (counted first); {@code saidAlready}: whether a sentence was said, so the story's sentence is given
     * as news only once.
     */
    Optional<Finding> check(String text, Collection<String> said, Predicate<String> saidAlready) {
        List<String> words = Phrase.wordsOf(text);
        if (java.util.stream.IntStream.range(0, words.size()).noneMatch(i -> span(words, i).isPresent())) {
            return Optional.empty(); // (no span claimed: the client's lines are not read)
        }
        List<Told> record = new ArrayList<>();
        for (String line : said) {
            read(line, true, true, record);
        }
        record.addAll(story);
        for (String sentence : SENTENCE.split(TITLE_STOP.matcher(text).replaceAll("$1"))) {
            String s = sentence.strip();
            if (s.isEmpty() || P.get("open-question").matcher(s).find() || !aboutTheHabit(s)
                    || P.get("third-person").matcher(s).find() && !YOU.matcher(s).find()) {
                continue;
            }
            List<String> ws = Phrase.wordsOf(s);
            for (int i = 0; i < ws.size(); i++) {
                Optional<FactSwap.Span> claimed = span(ws, i);
                if (claimed.isEmpty()) {
                    continue;
                }
                String before = String.join(" ", ws.subList(Math.max(0, i - 7), i - 1)) + " ";
                if (P.get("not-a-claim").matcher(before).find() || P.get("negated").matcher(before).find()) {
                    continue;
                }
                Optional<Finding> f = against(s, claimed.get(), P.get("change").matcher(s).find(), record, saidAlready);
                if (f.isPresent()) {
                    return f;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Finding> against(String claim, FactSwap.Span claimed, boolean change, List<Told> record,
                                      Predicate<String> saidAlready) {
        // (any span the client tells of the habit, on either side, past attempts included, keeps it theirs: "three
        // weeks" claimed of the change is in "until three weeks ago it was three grams")
        if (record.stream().anyMatch(t -> same(t.span(), claimed)) || anywhere.stream().anyMatch(t -> same(t.span(), claimed))) {
            return Optional.empty();
        }
        List<Told> side = record.stream().filter(t -> t.current() && t.habit() && t.change() == change).toList();
        // (what the client said this session on that side is what they hold to now: it counts before the persona's facts)
        List<Told> told = side.stream().filter(Told::session).toList();
        side = told.isEmpty() ? side : told;
        if (side.isEmpty()) {
            return Optional.empty();
        }
        Set<String> anchors = anchors(claim);
        Told best = null;
        int bestShared = 0;
        for (Told t : side) {
            int shared = (int) anchors(t.sentence()).stream().filter(anchors::contains).count();
            if (shared > bestShared) {
                best = t;
                bestShared = shared;
            }
        }
        if (best == null) {
            // (nothing shared: only a record that gives one span for that side says which is right)
            long values = side.stream().map(t -> t.span().days()).distinct().count();
            if (values != 1) {
                return Optional.empty();
            }
            best = side.get(0);
        }
        String actual = best.span().said();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("Actual", Character.toUpperCase(actual.charAt(0)) + actual.substring(1));
        values.put("actual", actual);
        values.put("claimed", claimed.said());
        boolean news = !saidAlready.test(best.sentence()) && Phrase.wordsOf(best.sentence()).size() > 3;
        values.put("line", news ? Voice.withStop(best.sentence()) : "");
        return Optional.of(new Finding(values, "the reflection says " + claimed.said() + "; the client's "
                + (change ? "time off or cutting down" : "use") + " has run " + actual));
    }

    /**
     * The span whose unit is word {@code i}, but not a rate: "a pack a day", "twice a week" count per day or week; "a
     * year" is a span only after a word that leads one ("for a year", "about a month", span-lead in claim-spans.txt).
     */
    private static Optional<FactSwap.Span> span(List<String> ws, int i) {
        Optional<FactSwap.Span> span = FactSwap.spanAt(ws, i);
        if (span.isPresent() && Set.of("a", "an").contains(ws.get(i - 1))
                && (i < 2 || !P.get("span-lead").matcher(ws.get(i - 2)).matches())) {
            return Optional.empty();
        }
        return span;
    }

    /** Two spans the same within an eighth (fifty weeks is a year; fourteen months is not, nor six years five). */
    private static boolean same(FactSwap.Span a, FactSwap.Span b) {
        return Math.abs(a.days() - b.days()) * 8 <= Math.max(a.days(), b.days());
    }

    private static boolean aboutTheHabit(String s) {
        return P.get("habit").matcher(s).find() || P.get("change").matcher(s).find()
                || Phrase.wordsOf(s).stream().anyMatch(w -> Stream.of("substance", "drink", "game")
                        .anyMatch(kind -> FactSwap.member(kind, w).isPresent()));
    }

    /** The content words that tie a claim to a sentence: no number, unit or word of the habit itself. */
    private static Set<String> anchors(String s) {
        Set<String> out = new HashSet<>();
        List<String> ws = Phrase.wordsOf(s);
        for (int i = 0; i < ws.size(); i++) {
            boolean spanWord = span(ws, i).isPresent() || i + 1 < ws.size() && span(ws, i + 1).isPresent();
            if (!spanWord && !P.get("habit").matcher(ws.get(i)).matches() && !P.get("change").matcher(ws.get(i)).matches()) {
                out.addAll(Terms.ofWords(List.of(ws.get(i))));
            }
        }
        out.removeIf(t -> t.length() < 3);
        return out;
    }

    /**
     * The spans of a line, each with its side. {@code session}: a line the client said, whose sentence must be about
     * the habit to stand for it ("Jules moved out three weeks ago" is no span of using); the persona's use facts are.
     */
    private static void read(String line, boolean current, boolean session, List<Told> into) {
        String[] sentences = SENTENCE.split(TITLE_STOP.matcher(line).replaceAll("$1"));
        for (int k = 0; k < sentences.length; k++) {
            List<String> ws = Phrase.wordsOf(sentences[k]);
            String near = (k > 0 ? sentences[k - 1] : "") + " " + (k + 1 < sentences.length ? sentences[k + 1] : "");
            // ("Nine months. Not a line since.": a sentence that is little more than its span is about what the one beside is about)
            // (but "Four days of hell." beside "I stopped it once…" is a past attempt's span, not the habit's run now)
            boolean habit = !session || aboutTheHabit(sentences[k]) || ws.size() <= 4 && P.get("change-beside").matcher(near).find();
            for (int i = 0; i < ws.size(); i++) {
                Optional<FactSwap.Span> span = span(ws, i);
                if (span.isPresent() && i >= 3 && ws.get(i - 2).equals("or")) {
                    // ("Five or six years now": both spans are theirs, said as they said them)
                    Optional<FactSwap.Span> first = FactSwap.spanAt(List.of(ws.get(i - 3), ws.get(i)), 1);
                    String both = ws.get(i - 3) + " or " + span.get().said();
                    span = Optional.of(new FactSwap.Span(span.get().days(), both));
                    if (first.isPresent()) {
                        boolean change = P.get("change").matcher(sentences[k]).find();
                        into.add(new Told(new FactSwap.Span(first.get().days(), both), sentences[k].strip(), change, current,
                                habit, session));
                    }
                }
                if (span.isPresent()) {
                    // (the sentence beside counts only for a sentence that is little more than the span: "Nine months.")
                    boolean change = P.get("change").matcher(sentences[k]).find()
                            || ws.size() <= 4 && P.get("change-beside").matcher(near).find();
                    into.add(new Told(span.get(), sentences[k].strip(), change, current, habit, session));
                }
            }
        }
    }

    private static Map<String, Pattern> load() {
        Map<String, Pattern> out = new LinkedHashMap<>();
        for (KeyedLine line : KeyedLine.read(FILE, "'kind: regex'")) {
            out.merge(line.key(), line.pattern(), (a, b) -> Pattern.compile(a.pattern() + "|" + b.pattern(),
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }
        for (String k : List.of("change", "change-beside", "habit", "span-lead", "record-topics", "current-topics", "third-person", "not-a-claim", "negated",
                "open-question")) {
            if (!out.containsKey(k)) {
                throw new IllegalStateException(FILE + ": no '" + k + "' line");
            }
        }
        return Map.copyOf(out);
    }
}
