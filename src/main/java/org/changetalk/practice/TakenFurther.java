package org.changetalk.practice;

import org.changetalk.scenario.model.ClientTalk;
import org.changetalk.scenario.model.Conversation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Predicate;

/**
 * An accurate reflection taken further: the client confirms and goes on with <em>what was reflected</em>, the next
 * sentence of that story or feeling, instead of the graph's next beat (round 12, held out: simple reflections answered
 * 10 of 40, "Yeah. Kind of." and then another subject). What was reflected is found by meaning, with the turn's one
 * embedding ({@link Meanings.Heard}): the persona's passage (a fact's line, or a line of a part of the story that is not
 * a stage move, an ending or discord) whose nearest sentence is closest to the turn. Unsaid, it is said now; said
 * already (the reflection gave back what the client just said), the client goes on to the nearest unsaid passage on
 * the same topic. Nothing close enough leaves the reply to the graph.
 * <p>
 * The passage found also checks the reflection's numbers: "after your eight-hour shifts" against "twelve hours of
 * alarms" is not agreed to but answered with the true number first ("Twelve hours, not eight."), because the passage
 * nearest in meaning is the one that holds the claim's true value.
 */
final class TakenFurther {
    /** What the client says: the passage, the beat it tells (or null for a fact), a correction of a number, and why. */
    record Further(String line, String beat, Optional<NumberSlip> slip, String why) {
    }

    /** A number the reflection gives where the passage holds another for the same thing ("eight hours" / "twelve hours"). */
    record NumberSlip(String claimed, String actual, String unit) {
    }

    /** One passage of the persona: its sentences, the beat it belongs to (null: a fact), its topics, and its stance. */
    private record Passage(String line, List<String> sentences, String beat, Set<String> topics, ClientTalk talk) {
    }

    /** Words after a number that count nothing ("one more", "the one thing"): taken-further.txt number.not_units. */
    private static final Set<String> NOT_UNITS = Set.of(Settings.read("taken-further.txt", defaults()).text("number.not_units").split(","));

    private final List<Passage> passages = new ArrayList<>();
    /**
     * Every value each unit is given in some passage ("hour": 12, 4): a claim can be a slip only of a unit some passage
     * gives another value, known from the words before the turn is embedded (most numbers reflected, "on one hand",
     * count nothing the persona counts, and a model run is most of a web turn's CPU: docs/benchmarks.md §36).
     */
    private final Map<String, Set<Integer>> heldValues = new java.util.HashMap<>();
    private final double floor;
    private final double onward;
    private final double margin;
    private final double graphCeiling;

    /**
     * @param scenario  the conversation whose persona facts and beats are the passages
     * @param excluded  beats never told this way (the reactions to information, the opening)
     * @param settings  taken-further.txt
     */
    TakenFurther(Conversation scenario, Set<String> excluded, List<String> settings) {
        Settings v = Settings.read("taken-further.txt", settings);
        this.floor = v.number("further.floor");
        this.onward = v.number("further.onward");
        this.margin = v.number("further.margin");
        this.graphCeiling = v.number("further.graph_ceiling");
        PersonaPassages.each(scenario, excluded, (line, fact, beat) -> {
            Set<String> topics = new HashSet<>(fact != null ? fact.topics() : beat.topics());
            if (beat != null) {
                topics.addAll(beat.tags());
            }
            passages.add(new Passage(line, List.of(Sentences.of(line)), beat == null ? null : beat.id(), Set.copyOf(topics),
                    beat == null ? ClientTalk.NEUTRAL : beat.talk()));
        });
        for (Passage p : passages) {
            counts(p.line()).forEach((unit, n) -> heldValues.computeIfAbsent(unit, u -> new HashSet<>()).add(n));
        }
    }

    static List<String> defaults() {
        return Resources.lines("taken-further.txt");
    }

    /**
     * The passage the reflection is about, or the next one on its topic when the client said it already.
     *
     * @param heard     the turn's one embedding
     * @param text      the reflection as said
     * @param said      whether a passage was said already (alone or inside a longer reply)
     * @param told      whether a beat's story was told already
     * @param ready     whether a passage of this stance may be said now (change talk needs trust)
     * @param graphLine how close the graph's own next line is to the turn: the passage must beat it
     */
    Optional<Further> of(Meanings.Heard heard, String text, Predicate<String> said, Predicate<String> told,
                         Predicate<ClientTalk> ready, double graphLine) {
        Passage best = null;
        double bestScore = 0;
        double[] scores = new double[passages.size()];
        for (int i = 0; i < passages.size(); i++) {
            Passage p = passages.get(i);
            double s = 0;
            for (String sentence : p.sentences()) {
                if (substantial(sentence)) {
                    s = Math.max(s, heard.text(sentence));
                }
            }
            scores[i] = s;
            if (s > bestScore) {
                bestScore = s;
                best = p;
            }
        }
        // The graph's own line near the turn is the author's answer to it (the test plans' reflections lead there): kept.
        if (best == null || bestScore < floor || bestScore < graphLine + margin || graphLine >= graphCeiling) {
            return Optional.empty();
        }
        Optional<NumberSlip> slip = slip(text, best.line());
        if (fresh(best, said, told) && ready.test(best.talk())) {
            return Optional.of(new Further(best.line(), best.beat(), slip, Explain.format(
                    "the reflection is about this passage (%.2f over the graph's line %.2f): confirmed and told", bestScore, graphLine)));
        }
        // Said already: the reflection gave it back, and the client goes on with the same topic, not the next beat.
        Passage next = null;
        double nextScore = 0;
        for (int i = 0; i < passages.size(); i++) {
            Passage p = passages.get(i);
            boolean sameTopic = p.beat() != null && p.beat().equals(best.beat())
                    || p.topics().stream().anyMatch(best.topics()::contains);
            if (p != best && sameTopic && scores[i] >= onward && scores[i] > nextScore && fresh(p, said, told) && ready.test(p.talk())) {
                next = p;
                nextScore = scores[i];
            }
        }
        if (next == null) {
            return Optional.empty();
        }
        return Optional.of(new Further(next.line(), next.beat(), slip, Explain.format(
                "the reflection gave back what the client said (%.2f): taken further on its topic (%.2f)", bestScore, nextScore)));
    }

    /**
     * Whether some passage gives a claimed unit another value than the claim's: without one, {@link #slip} is empty for
     * every passage, so no passage near the turn in meaning can make a correction (the same answer, no model run).
     */
    private boolean anyOtherValue(Map<String, Integer> claimed) {
        for (Map.Entry<String, Integer> c : claimed.entrySet()) {
            Set<Integer> held = heldValues.getOrDefault(c.getKey(), Set.of());
            if (held.size() > 1 || held.size() == 1 && !held.contains(c.getValue())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the turn gives a number with a unit at all (read before anything is embedded for it). */
    static boolean numbered(String text) {
        return !counts(text).isEmpty();
    }

    /**
     * A number the reflection gives that the passages nearest it in meaning hold otherwise ("four months" in the studio
     * to a client "fourteen months" there), and none of them holds as claimed: the passage holding the true number
     * (its sentence with the number, when the passage was said already).
     */
    Optional<Further> numberSlip(Meanings.Heard heard, String text, Predicate<String> said) {
        Map<String, Integer> claimedCounts = counts(text);
        if (!anyOtherValue(claimedCounts)) {
            return Optional.empty(); // (no passage can hold another number for a unit claimed: no slip whatever is near)
        }
        List<Map.Entry<Passage, Double>> near = new ArrayList<>();
        for (Passage p : passages) {
            double s = 0;
            for (String sentence : p.sentences()) {
                if (substantial(sentence)) {
                    s = Math.max(s, heard.text(sentence));
                }
            }
            if (s >= onward) {
                near.add(Map.entry(p, s));
            }
        }
        near.sort((a, b) -> Double.compare(b.getValue(), a.getValue()));
        // A claimed number any near passage holds for its unit is theirs: never corrected.
        for (Map.Entry<Passage, Double> e : near) {
            Map<String, Integer> held = counts(e.getKey().line());
            if (claimedCounts.entrySet().stream().anyMatch(c -> c.getValue().equals(held.get(c.getKey())))) {
                return Optional.empty();
            }
        }
        // The passages may give the unit several values ("four hours" of sleep, "twelve hours" on the unit): then only
        // the one whose words around the number share a word with the claim's is the claim's; none, no correction.
        // (and the number must sit in or next to the sentence that made the passage near: "six years" three sentences
        // after "four nights lying rigid" is about something else; round 13 check: "Six, not three" to twelve years)
        List<Map.Entry<Passage, Double>> conflicting = near.stream().filter(e -> slip(text, e.getKey().line()).isPresent()
                && nextToNearest(heard, text, e.getKey())).toList();
        long values = conflicting.stream().map(e -> slip(text, e.getKey().line()).orElseThrow().actual()).distinct().count();
        if (values > 1) {
            conflicting = conflicting.stream().filter(e -> anchored(text, e.getKey().line())).toList();
            values = conflicting.stream().map(e -> slip(text, e.getKey().line()).orElseThrow().actual()).distinct().count();
        }
        if (values != 1) {
            return Optional.empty();
        }
        for (Map.Entry<Passage, Double> e : conflicting) {
            Optional<NumberSlip> slip = slip(text, e.getKey().line());
            if (slip.isPresent()) {
                Passage p = e.getKey();
                String line = p.line();
                if (said.test(line)) {
                    // said already: only its sentence that holds the number, as said before
                    line = p.sentences().stream().filter(s -> counts(s).containsKey(slip.get().unit())).findFirst().orElse(line);
                }
                return Optional.of(new Further(line, said.test(p.line()) ? null : p.beat(), slip, Explain.format(
                        "the reflection says %s %s where the passage nearest it in meaning (%.2f) says %s",
                        slip.get().claimed(), slip.get().unit(), e.getValue(), slip.get().actual())));
            }
        }
        return Optional.empty();
    }

    /** Whether the passage's sentence holding the conflicting number is its nearest sentence to the turn, or next to it. */
    private static boolean nextToNearest(Meanings.Heard heard, String claim, Passage p) {
        int nearest = -1;
        double best = -1;
        for (int i = 0; i < p.sentences().size(); i++) {
            String sentence = p.sentences().get(i);
            double s = substantial(sentence) ? heard.text(sentence) : -1;
            if (s > best) {
                best = s;
                nearest = i;
            }
        }
        for (int i = Math.max(0, nearest - 1); i <= Math.min(p.sentences().size() - 1, nearest + 1); i++) {
            if (slip(claim, p.sentences().get(i)).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the words around a number in the claim and around the same unit's number in the passage share a word. */
    private static boolean anchored(String claim, String passage) {
        Set<String> around = near(claim);
        return near(passage).stream().anyMatch(around::contains);
    }

    /** The content words within four words of a number with a unit (the number and the unit left out). */
    private static Set<String> near(String text) {
        List<String> ws = words(text);
        Set<String> out = new HashSet<>();
        for (int i = 0; i < ws.size(); i++) {
            String head = ws.get(i).contains("-") ? ws.get(i).substring(0, ws.get(i).indexOf('-')) : ws.get(i);
            if (FactSwap.number(head).isEmpty() || !numbered(String.join(" ", ws.subList(i, Math.min(ws.size(), i + 2))))) {
                continue;
            }
            for (int j = Math.max(0, i - 4); j <= Math.min(ws.size() - 1, i + 5); j++) {
                if (j != i && j != i + 1) {
                    out.addAll(org.changetalk.scenario.model.Terms.ofWords(List.of(ws.get(j))));
                }
            }
            if (ws.get(i).contains("-") && i + 1 < ws.size()) {
                out.addAll(org.changetalk.scenario.model.Terms.ofWords(List.of(ws.get(i + 1))));
            }
        }
        return out;
    }

    private static boolean fresh(Passage p, Predicate<String> said, Predicate<String> told) {
        return !said.test(p.line()) && (p.beat() == null || !told.test(p.beat()));
    }

    /** A sentence with something in it: "Yeah." or "I know." is near every turn and about none. */
    private static boolean substantial(String sentence) {
        return sentence.split("\\s+").length >= 4;
    }

    /**
     * A number the claim gives with a unit ("eight-hour", "four months", "ten years") where the passage gives the same
     * unit with another number and never the claimed one.
     */
    static Optional<NumberSlip> slip(String claim, String passage) {
        // "eight-hour shifts" counts shifts: a passage with no shift in it ("I sleep four hours") counts something else
        Set<String> counted = counted(claim);
        if (!counted.isEmpty() && org.changetalk.scenario.model.Terms.of(passage).stream().noneMatch(counted::contains)) {
            return Optional.empty();
        }
        Map<String, Integer> claimed = counts(claim);
        Map<String, Integer> held = counts(passage);
        for (Map.Entry<String, Integer> c : claimed.entrySet()) {
            Integer h = held.get(c.getKey());
            if (h != null && !h.equals(c.getValue())) {
                return Optional.of(new NumberSlip(word(claim, c.getValue()), word(passage, h), c.getKey()));
            }
        }
        return Optional.empty();
    }

    /** What a hyphened number counts ("eight-hour shifts": shift), as its terms. */
    private static Set<String> counted(String text) {
        List<String> ws = words(text);
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 1 < ws.size(); i++) {
            String w = ws.get(i);
            int dash = w.indexOf('-');
            if (dash > 0 && FactSwap.number(w.substring(0, dash)).isPresent() && FactSwap.number(w).isEmpty()) {
                out.addAll(org.changetalk.scenario.model.Terms.ofWords(List.of(ws.get(i + 1))));
            }
        }
        return out;
    }

    /** Each unit said after a number in this text ("twelve hours", "eight-hour"), singular, with its number. */
    private static Map<String, Integer> counts(String text) {
        List<String> ws = words(text);
        Map<String, Integer> out = new java.util.LinkedHashMap<>();
        for (int i = 0; i < ws.size(); i++) {
            String w = ws.get(i);
            int dash = w.indexOf('-');
            OptionalInt n;
            String unit;
            if (dash > 0 && FactSwap.number(w.substring(0, dash)).isPresent() && FactSwap.number(w).isEmpty()) {
                n = FactSwap.number(w.substring(0, dash));
                unit = w.substring(dash + 1);
            } else if (i + 1 < ws.size() && (n = FactSwap.number(w)).isPresent()) {
                unit = ws.get(i + 1);
            } else {
                continue;
            }
            unit = singular(unit);
            // ("at one or two and the phone": "and" is no unit; only a content word counts)
            if (unit.length() >= 3 && FactSwap.number(unit).isEmpty() && !org.changetalk.scenario.model.Terms.ofWords(List.of(unit)).isEmpty()
                    && !NOT_UNITS.contains(unit)) {
                out.putIfAbsent(unit, n.getAsInt());
            }
        }
        return out;
    }

    private static String singular(String w) {
        return w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w;
    }

    /** The number as the text wrote it ("twelve", "12"), for saying it back. */
    private static String word(String text, int value) {
        for (String w : words(text)) {
            String head = w.contains("-") && FactSwap.number(w).isEmpty() ? w.substring(0, w.indexOf('-')) : w;
            OptionalInt n = FactSwap.number(head);
            if (n.isPresent() && n.getAsInt() == value) {
                return head;
            }
        }
        return Integer.toString(value);
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^a-z0-9'-]+")) {
            String t = w.replaceAll("^[-']+|[-']+$", "");
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }
}
