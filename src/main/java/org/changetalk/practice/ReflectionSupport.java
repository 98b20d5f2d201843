package org.changetalk.practice;

import org.changetalk.scenario.model.Phrase;
import org.changetalk.scenario.model.Terms;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether what a reflection claims, clause by clause, is the client's to own: set against what the client said this
 * session and the persona's first-person lines (what they would say if asked). A reflection is supported, adds a
 * feeling or attitude the client never expressed ("furious with your RA"), or contradicts a fact: an event that never
 * happened ("so you got arrested"), a count the story gives otherwise ("two packs" to a one-pack smoker, "three times"
 * to someone who fell twice), a place the story puts elsewhere ("in your room" when it was the hallway).
 * <p>
 * The boundary with a good complex reflection: only attributed anger, shame and not caring are checked (a guessed
 * worry, fear or tiredness is what a complex reflection is for), and a feeling is supported by any line of the
 * client's or the persona's that owns a word of its family, and anger by the client's own discord. Counts and places are corrected
 * only when the story gives the same thing another number or place and never the claimed one. Words and patterns
 * are data (reflection-support.txt).
 */
final class ReflectionSupport {
    /** What the client says back: a stock line's key and what fills it, and why, for the explanation. */
    record Finding(String key, Map<String, String> values, String why) {
    }

    private static final String FILE = "reflection-support.txt";
    private static final Pattern CLAUSE = Pattern.compile("(?<=[.!?;:])\\s+|,\\s+|\\s+-+\\s+|\\s+(?=(and|but|because|so) )");
    private static final Pattern SECOND_PERSON = Pattern.compile("\\b(you|u|you'?re|youre|you'?ve|youve|ur|your)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SENTENCE = Pattern.compile("(?<=[.!?;])\\s+|\\s+-+\\s+");

    private final Map<String, Pattern> patterns;
    private final Map<String, Double> numbers;
    private final Map<String, String> sameAct;
    private final Set<String> places;
    private final Map<String, String> eventSay;
    private final Set<String> ownKeyFamilies;
    /** The mild word a family offers back when the client's own line owns the feeling in other words. */
    private final Map<String, String> mildOf;
    /** The persona's first-person lines (facts and beats but discord): what the client would own if asked. */
    private final List<String> story;
    /** The author's third-person account (background, set, setting): enough to say an event happened, never said back. */
    private final List<String> background;

    ReflectionSupport(List<String> story, List<String> background) {
        this.story = List.copyOf(story);
        this.background = List.copyOf(background);
        Map<String, Pattern> p = new LinkedHashMap<>();
        Map<String, Double> n = new HashMap<>();
        Map<String, String> same = new HashMap<>();
        Set<String> pl = new HashSet<>();
        Map<String, String> say = new LinkedHashMap<>();
        Set<String> ownKey = new HashSet<>();
        Map<String, String> mild = new HashMap<>();
        for (KeyedLine line : KeyedLine.read(FILE, "'kind: value'")) {
            switch (line.key()) {
                case "number" -> {
                    for (String pair : line.value().split("\\s+")) {
                        String[] kv = pair.split("=", 2);
                        if (kv.length != 2) {
                            throw new IllegalStateException(line.where() + ": expected word=value, got '" + pair + "'");
                        }
                        n.put(kv[0], Double.parseDouble(kv[1]));
                    }
                }
                case "same-act" -> {
                    String[] forms = line.value().split("\\s+");
                    for (String f : forms) {
                        same.put(f, forms[0]);
                    }
                }
                case "place" -> pl.addAll(List.of(line.value().split("\\s+")));
                case "feeling-own-key" -> ownKey.addAll(List.of(line.value().split("\\s+")));
                default -> {
                    if (line.key().startsWith("feeling-mild.")) {
                        mild.put(line.key().substring("feeling-mild.".length()), line.value());
                        continue;
                    }
                    if (line.key().startsWith("event-say.")) {
                        say.put(line.key().substring("event-say.".length()), line.value());
                        continue;
                    }
                    p.merge(line.key(), line.pattern(), (a, b) -> Pattern.compile(a.pattern() + "|" + b.pattern(),
                            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
                }
            }
        }
        for (String k : List.of("feeling-denied", "near-miss", "not-a-claim", "second-person", "third-person",
                "claimed-number-skip", "act-count", "not-counted", "rate", "feeling-mild-word", "count-adjective", "anger-at-other")) {
            if (!p.containsKey(k)) {
                throw new IllegalStateException(FILE + ": no '" + k + "' line");
            }
        }
        for (String event : say.keySet()) {
            if (!p.containsKey("event-claim." + event) || !p.containsKey("event-evidence." + event)) {
                throw new IllegalStateException(FILE + ": event '" + event + "' needs event-claim and event-evidence lines");
            }
        }
        this.patterns = Map.copyOf(p);
        this.numbers = Map.copyOf(n);
        this.sameAct = Map.copyOf(same);
        this.places = Set.copyOf(pl);
        this.eventSay = Map.copyOf(say);
        this.ownKeyFamilies = Set.copyOf(ownKey);
        this.mildOf = Map.copyOf(mild);
    }

    /**
     * The first claim of the turn the client cannot own, checked clause by clause; empty when all is supported.
     * {@code summary}: a summary, whose feelings and counts are left to it; {@code inDiscord}: the client has just
     * pushed back, so anger named back is theirs.
     */
    Optional<Finding> check(String text, Collection<String> said, boolean summary, boolean inDiscord) {
        List<String> own = new ArrayList<>(said);
        own.addAll(story);
        for (String sentence : SENTENCE.split(text.strip())) {
            // (A summary gathers many things in passing; only an event it hands the client is checked there, so a
            // careful summary is never met with a quibble over one of its numbers.)
            Optional<Finding> f = summary ? event(sentence, said, own) : event(sentence, said, own).or(() -> count(sentence, said, own));
            if (f.isPresent()) {
                return f;
            }
            // (A summary gathers what was said; its feelings are the client's by then, and "it rankles" in one is no
            // invention: only its facts are checked.)
            for (String clause : summary ? new String[0] : CLAUSE.split(sentence)) {
                Optional<Finding> feeling = feeling(clause, own, inDiscord);
                if (feeling.isPresent()) {
                    return feeling;
                }
            }
        }
        return Optional.empty();
    }

    // ------------------------------------------------------------------ feelings

    private Optional<Finding> feeling(String clause, List<String> own, boolean inDiscord) {
        for (Map.Entry<String, Pattern> e : patterns.entrySet()) {
            if (!e.getKey().startsWith("feeling-claim.")) {
                continue;
            }
            String family = e.getKey().substring("feeling-claim.".length());
            Matcher m = e.getValue().matcher(clause);
            if (!m.find() || !saidOfClient(clause, m.start()) || negated(clause, m.start())) {
                continue;
            }
            String word = m.group().strip().split("\\s+")[0].toLowerCase(Locale.ROOT);
            if (family.equals("anger") && inDiscord && !patterns.get("anger-at-other").matcher(clause.substring(m.start())).find()) {
                return Optional.empty(); // anger named back just after a push is the client's own: reflecting discord
            }
            Pattern evidence = patterns.get("feeling-evidence." + family);
            Pattern strong = patterns.get("feeling-strong." + family);
            boolean claimedStrong = strong != null && strong.matcher(m.group()).find();
            Optional<String> milder = Optional.empty();
            Optional<String> denial = Optional.empty();
            // Any line of the client's or the persona's that owns a word of the family supports it: a complex
            // reflection guesses at what is under the story ("ashamed that Russell saw"), and a persona whose story
            // holds shame owns a fair guess at it, whatever the line was about.
            for (String line : own) {
                for (String s : SENTENCE.split(line)) {
                    Matcher ev = evidence == null ? null : evidence.matcher(s);
                    while (ev != null && ev.find()) {
                        if (patterns.get("feeling-denied").matcher(s.substring(0, ev.start())).find()) {
                            denial = denial.or(() -> Optional.of(s.strip()));
                            continue;
                        }
                        if (!claimedStrong || strong.matcher(ev.group()).find()) {
                            return Optional.empty(); // the client owns it: a fair reflection
                        }
                        String theirs = ev.group().toLowerCase(Locale.ROOT).replaceAll("\\s+(at|with|about|of|by)$", "");
                        String mild = patterns.get("feeling-mild-word").matcher(theirs).find() ? theirs : mildOf.getOrDefault(family, theirs);
                        milder = milder.or(() -> Optional.of(mild));
                    }
                }
            }
            String cap = Character.toUpperCase(word.charAt(0)) + word.substring(1);
            if (ownKeyFamilies.contains(family)) {
                return Optional.of(new Finding("correction.feeling." + family, Map.of(),
                        "the reflection says the client does not care; nothing they said or would say does"));
            }
            if (milder.isPresent()) {
                String mild = milder.get();
                return Optional.of(new Finding("correction.feeling.milder", Map.of("Feeling", cap, "feeling", word,
                        "Own", Character.toUpperCase(mild.charAt(0)) + mild.substring(1), "own", mild),
                        "the reflection says '" + word + "'; the client's own word is milder ('" + mild + "')"));
            }
            if (denial.isPresent()) {
                return Optional.of(new Finding("correction.feeling.denied", Map.of("Feeling", cap, "feeling", word,
                        "line", Voice.withStop(denial.get())),
                        "the reflection says '" + word + "'; the client's story denies it"));
            }
            return Optional.of(new Finding("correction.feeling", Map.of("Feeling", cap, "feeling", word),
                    "the reflection adds a feeling ('" + word + "') the client never expressed"));
        }
        return Optional.empty();
    }

    // ------------------------------------------------------------------ events

    private Optional<Finding> event(String sentence, Collection<String> said, List<String> own) {
        for (Map.Entry<String, String> e : eventSay.entrySet()) {
            Matcher m = patterns.get("event-claim." + e.getKey()).matcher(sentence);
            // ("So your wife left you": an event is the client's when the sentence is about them at all.)
            if (!m.find() || !SECOND_PERSON.matcher(sentence).find() || negated(sentence, m.start()) || supposed(sentence, m.start())) {
                continue;
            }
            Pattern evidence = patterns.get("event-evidence." + e.getKey());
            Optional<String> near = Optional.empty();
            boolean happened = false;
            List<String> all = new ArrayList<>(own);
            all.addAll(background);
            for (String line : all) {
                for (String s : SENTENCE.split(line)) {
                    if (!evidence.matcher(s).find()) {
                        continue;
                    }
                    if (patterns.get("near-miss").matcher(s).find() && own.contains(line)) {
                        near = near.or(() -> Optional.of(s.strip()));
                    } else {
                        happened = true;
                    }
                }
            }
            if (happened) {
                Optional<Finding> place = place(sentence, e.getKey(), own);
                if (place.isPresent()) {
                    return place;
                }
                continue;
            }
            if (near.isPresent()) {
                return Optional.of(new Finding("correction.event.near", Map.of("Event", e.getValue(),
                        "line", Voice.withStop(near.get())), "the reflection says it happened; the client's story says it nearly did"));
            }
            return Optional.of(new Finding("correction.event", Map.of("Event", e.getValue()),
                    "the reflection gives the client an event (" + e.getKey() + ") nothing they said or the persona holds mentions"));
        }
        return Optional.empty();
    }

    /** "In your own room" of an event the story puts in the hallway: said back with the story's sentence. */
    private Optional<Finding> place(String sentence, String event, List<String> own) {
        List<String> words = Phrase.wordsOf(sentence);
        Optional<String> claimed = placeIn(words);
        if (claimed.isEmpty()) {
            return Optional.empty();
        }
        Pattern evidence = patterns.getOrDefault("event-place." + event, patterns.get("event-evidence." + event));
        Optional<String> elsewhere = Optional.empty();
        for (String line : own) {
            for (String s : SENTENCE.split(line)) {
                if (!evidence.matcher(s).find()) {
                    continue;
                }
                Optional<String> there = placeIn(Phrase.wordsOf(s));
                if (there.isPresent() && there.get().equals(claimed.get())) {
                    return Optional.empty();
                }
                if (there.isPresent()) {
                    elsewhere = elsewhere.or(() -> Optional.of(s.strip()));
                }
            }
        }
        return elsewhere.map(s -> new Finding("correction.place", Map.of("place", mine(claimed.get(), words), "line", Voice.withStop(s)),
                "the reflection puts it in the " + claimed.get() + "; the client's story puts it elsewhere"));
    }

    /** The place after "in/at/on" in these words, if one of the known places. */
    private Optional<String> placeIn(List<String> words) {
        for (int i = 0; i + 1 < words.size(); i++) {
            if (!Set.of("in", "at", "on", "into").contains(words.get(i))) {
                continue;
            }
            for (int j = i + 1; j < Math.min(words.size(), i + 4); j++) {
                if (places.contains(words.get(j))) {
                    return Optional.of(words.get(j));
                }
            }
        }
        return Optional.empty();
    }

    /** "your own room" said back by the client: "my room". */
    private static String mine(String place, List<String> words) {
        int at = words.indexOf(place);
        boolean yours = at > 0 && words.subList(Math.max(0, at - 2), at).stream().anyMatch(w -> w.equals("your") || w.equals("ur"));
        return (yours ? "my " : "the ") + place;
    }

    // ------------------------------------------------------------------ counts

    private record Count(String thing, double value, String word, String rate) {
    }

    private Optional<Finding> count(String sentence, Collection<String> said, List<String> own) {
        if (!SECOND_PERSON.matcher(sentence).find()) {
            return Optional.empty();
        }
        for (Count claimed : counts(sentence, true)) {
            Optional<String> other = Optional.empty();
            boolean otherSameRate = false;
            boolean same = false;
            for (String line : own) {
                for (String s : SENTENCE.split(line)) {
                    for (Count c : counts(s, false)) {
                        if (!c.thing().equals(claimed.thing())) {
                            continue;
                        }
                        if (c.value() == claimed.value()) {
                            same = true;
                        } else if (claimed.rate().isEmpty() || c.rate().isEmpty() || c.rate().equals(claimed.rate())) {
                            // (the same rate first: "a pack a day" answers "two packs a day" better than "eight packs a week")
                            boolean sameRate = !c.rate().isEmpty() && c.rate().equals(claimed.rate());
                            if (other.isEmpty() || sameRate && !otherSameRate) {
                                other = Optional.of(s.strip());
                                otherSameRate = sameRate;
                            }
                        }
                    }
                }
            }
            if (!same && other.isPresent()) {
                String w = claimed.word();
                return Optional.of(new Finding("correction.count", Map.of("Claimed", Character.toUpperCase(w.charAt(0)) + w.substring(1),
                        "claimed", w, "line", Voice.withStop(other.get())),
                        "the reflection says " + w + "; the client's story gives another number"));
            }
        }
        return Optional.empty();
    }

    /** The counted things in a text: "two packs a day" (pack, 2, day), "fallen twice" (fall, 2), "three falls". */
    private List<Count> counts(String text, boolean claimed) {
        List<String> words = Phrase.wordsOf(text);
        List<Count> out = new ArrayList<>();
        Matcher rateM = patterns.get("rate").matcher(text);
        String rate = rateM.find() ? rateM.group(2).toLowerCase(Locale.ROOT) : "";
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            Double value = numbers.get(w);
            if (value == null || claimed && patterns.get("claimed-number-skip").matcher(w).find()
                    || i > 0 && numbers.containsKey(words.get(i - 1)) && !Set.of("a", "an").contains(words.get(i - 1))) {
                // ("half a pack" is half, not one; "seven, eight packs" is eight)
                continue;
            }
            boolean act = patterns.get("act-count").matcher(w).find();
            int next = i + 1;
            if (next < words.size() && words.get(next).equals("of")) {
                next++; // "a couple of packs"
            }
            if (next + 1 < words.size() && Set.of("or", "to").contains(words.get(next)) && numbers.containsKey(words.get(next + 1))) {
                next += 2; // "two or three drinks": two drinks as well as three
            }
            if (!act && next < words.size() && patterns.get("act-count").matcher(words.get(next)).find()) {
                act = true; // "three times"
            }
            if (act) {
                // the act counted is the verb before the count: "fallen three times", "fell twice"
                for (int j = i - 1; j >= Math.max(0, i - 3); j--) {
                    String verb = words.get(j);
                    if (sameAct.containsKey(verb) || !Terms.isStop(verb) && !patterns.get("not-counted").matcher(verb).find()) {
                        out.add(new Count(thing(verb), value, (w + (next < words.size() && words.get(next).equals("times") ? " times" : "")), ""));
                        break;
                    }
                }
                continue;
            }
            while (next + 1 < words.size() && patterns.get("count-adjective").matcher(words.get(next)).find()) {
                next++; // "three good weeknights": the weeknights are counted
            }
            if (next < words.size()) {
                String noun = words.get(next);
                if (!patterns.get("not-counted").matcher(Terms.stem(noun)).find() && !patterns.get("not-counted").matcher(noun).find()
                        && !Terms.isStop(noun) && !numbers.containsKey(noun)) {
                    out.add(new Count(thing(noun), value, w + " " + noun, rate));
                }
            }
        }
        return out;
    }

    private String thing(String word) {
        return sameAct.getOrDefault(word, sameAct.getOrDefault(Terms.stem(word), Terms.stem(word)));
    }

    // ------------------------------------------------------------------ reading the claim

    /** Whether the words before a position in its clause make the client its subject ("so you're", not "your sister is"). */
    private boolean saidOfClient(String clause, int at) {
        List<String> before = Phrase.wordsOf(clause.substring(0, at));
        for (int i = before.size() - 1; i >= 0; i--) {
            String w = before.get(i);
            if (patterns.get("second-person").matcher(w).find()) {
                return true;
            }
            if (patterns.get("third-person").matcher(w).find()) {
                return false;
            }
        }
        // "Got arrested, then?" with no subject at all is said to the client; "your mum was furious" is not.
        return before.stream().noneMatch(w -> w.equals("your") || w.equals("ur") || w.equals("my") || w.equals("his") || w.equals("her"));
    }

    /** "You're not angry", "you didn't get arrested": a claim negated just before it is a different claim. */
    private static boolean negated(String s, int at) {
        List<String> words = Phrase.wordsOf(s.substring(0, at));
        for (int i = Math.max(0, words.size() - 3); i < words.size(); i++) {
            String w = words.get(i);
            if (w.equals("not") || w.equals("never") || w.equals("no") || w.endsWith("n't") || w.endsWith("nt") && w.length() > 4
                    && Set.of("dont", "didnt", "doesnt", "wasnt", "werent", "havent", "hasnt", "arent", "isnt").contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** "Worried you'd get arrested", "if you had an accident": wished, feared or supposed, not claimed. */
    private boolean supposed(String s, int at) {
        List<String> words = Phrase.wordsOf(s.substring(0, at));
        String near = String.join(" ", words.subList(Math.max(0, words.size() - 6), words.size()));
        return patterns.get("not-a-claim").matcher(near).find();
    }
}
