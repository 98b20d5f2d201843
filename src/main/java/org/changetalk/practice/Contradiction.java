package org.changetalk.practice;

import org.changetalk.scenario.model.Phrase;
import org.changetalk.scenario.model.Terms;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A reflection that says the opposite of what the client said: "So the VA finally sorted out your pain consult"
 * after "The VA cancelled my pain consult again". The client's sentence denies something (a negator governs words
 * the reflection shares) and the reflection says it came about ("finally", "already", "sorted"); the client's sentence is returned, to be said back
 * ("Not quite. The VA cancelled my pain consult again."). A reflection that adds meaning ("you've stayed off it nine
 * months" after "still haven't touched it") shares no denied word and passes.
 */
final class Contradiction {
    /** The word lists, data (contradiction-words.txt). */
    private static final WordSets WORDS = WordSets.read("contradiction-words.txt", "negators", "places", "attitudes", "habit",
            "generic", "plain-negators");
    /** Words that deny what follows them in a client's sentence. */
    private static final Set<String> NEGATORS = WORDS.of("negators");
    /**
     * A reflection read for polarity states that something came about ("finally sorted out", "already went through"):
     * a plain reflection of a wish or a worry ("you want Lucía to see…") is never read as a contradiction.
     */
    private static final Pattern RESOLVED = Pattern.compile(
            "\\b(finally|already|sorted|fixed|approved|came through|worked out|went through|got (it|the|your|back)|"
            + "gave (you|it)|happened|scheduled|booked|done)\\b", Pattern.CASE_INSENSITIVE);
    /** How many words after a negator it governs ("cancelled my pain consult"). */
    private static final int REACH = 3;
    private static final Pattern SENTENCE = Pattern.compile("(?<=[.!?])\\s+");
    /** A sentence said back loses its opening "And", "But", "So"… */
    private static final Pattern OPENER = Pattern.compile("^(And|But|So|Then|Or|Actually),?\\s+");

    /** Numbers and spans of time: "my tolerance is nothing after fourteen months" denies no months. */
    private static final Pattern WHEN = Pattern.compile(
            "\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|twenty|thirty|sixty|hundred|"
            + "day|days|week|weeks|month|months|year|years|night|nights|time|times|today|yesterday|ago|last|first|since|after|before");

    private Contradiction() {
    }

    private static boolean when(String term) {
        return WHEN.matcher(term).matches() || term.contains("-");
    }

    /** Words that open a place or an occasion ("never during service", "not in front of Eli", "not at work"). */
    private static final Set<String> PLACES = WORDS.of("places");
    /** Verbs of wanting, knowing or feeling: what follows them is an attitude, not a fact to contradict. */
    private static final Set<String> ATTITUDES = WORDS.of("attitudes");
    /** The habit done somewhere: the word before a place denied must be one of these. */
    private static final Set<String> HABIT = WORDS.of("habit");
    /** Content words too general to carry a denial ("in the end", "on the way"). */
    private static final Set<String> GENERIC = WORDS.of("generic");

    /** Words that deny the phrase after them word for word ("I never drink during service"). */
    private static final Set<String> PLAIN_NEGATORS = WORDS.of("plain-negators");

    /** The client sentence the reflection contradicts, if one does (two shared words at least, one of them denied). */
    static Optional<String> of(String reflection, Iterable<String> clientLines) {
        return of(reflection, clientLines, line -> read(line, Phrase::wordsOf));
    }

    /**
     * As above, each client line's sentences read by {@code readLine} ({@link #read}'s answer, from a conversation's
     * {@link ClientSentences} in practice, where the same lines come back every turn).
     */
    static Optional<String> of(String reflection, Iterable<String> clientLines, Function<String, List<Said>> readLine) {
        List<String> words = Phrase.wordsOf(reflection);
        if (words.stream().anyMatch(NEGATORS::contains)) {
            return Optional.empty(); // a denial reflected back is not read for polarity
        }
        if (!RESOLVED.matcher(reflection).find()) {
            return words.stream().anyMatch(PLAIN_NEGATORS::contains) ? Optional.empty() : phrase(words, clientLines, readLine);
        }
        Set<String> claimed = new HashSet<>(Terms.ofWords(words));
        claimed.removeIf(Contradiction::when); // "in fourteen months" is when, not what was said
        if (claimed.size() < 2) {
            return Optional.empty();
        }
        for (String line : clientLines) {
            for (Said said : readLine.apply(line)) {
                long shared = said.terms().stream().filter(claimed::contains).count();
                if (said.denied().stream().anyMatch(claimed::contains) && shared >= 2) {
                    return Optional.of(said.back());
                }
            }
        }
        return Optional.empty();
    }

    /**
     * What a client sentence gives {@link #of} whatever the reflection: read once per line and kept (a conversation's
     * lines come back every turn, and reading them was a tenth of a practice turn).
     *
     * @param back    the sentence as said back (without a leading "And", "But", "So"…)
     * @param denied  the terms a negator governs ({@link #REACH} words after it)
     * @param terms   the sentence's terms
     * @param phrases the phrases a plain negator denies, in the order {@link #phrase} tries them
     */
    record Said(String back, Set<String> denied, Set<String> terms, List<Denied> phrases) {
    }

    /**
     * A phrase a plain negator denies ("never during service"): its words' stems, and whether it opens with a place
     * or an occasion (then the reflection must have the habit just before it).
     */
    record Denied(List<String> stems, boolean where) {
    }

    /** A client line's sentences as {@link #of} reads them; {@code wordsOf} is {@link Phrase#wordsOf} or its memory. */
    static List<Said> read(String line, Function<String, List<String>> wordsOf) {
        List<Said> out = new ArrayList<>();
        for (String sentence : SENTENCE.split(line)) {
            List<String> said = wordsOf.apply(sentence);
            Set<String> denied = new HashSet<>();
            for (int i = 0; i < said.size(); i++) {
                if (NEGATORS.contains(said.get(i))) {
                    denied.addAll(Terms.ofWords(said.subList(i + 1, Math.min(said.size(), i + 1 + REACH))));
                }
            }
            out.add(new Said(OPENER.matcher(sentence).replaceFirst(""), Set.copyOf(denied), Set.copyOf(Terms.ofWords(said)),
                    deniedPhrases(said)));
        }
        return List.copyOf(out);
    }

    /**
     * The phrases a plain negator denies in a client sentence's words, each start of the three words after it that
     * holds two content words (or a place and one), longest first. The phrase starts with a content word that is not
     * a time ("since the card" is when, not what was said).
     */
    private static List<Denied> deniedPhrases(List<String> said) {
        List<Denied> out = new ArrayList<>();
        for (int i = 0; i < said.size() - 2; i++) {
            if (!PLAIN_NEGATORS.contains(said.get(i))) {
                continue;
            }
            List<String> window = said.subList(i + 1, Math.min(said.size(), i + 4));
            String first = window.get(0);
            // ("Never during service": a place or an occasion denied, the habit understood.)
            boolean where = PLACES.contains(first);
            // ("I don't want Lucía growing up…" is a wish denied, not a fact: "you want Lucía to see…" is no contradiction.)
            if (!where && (Terms.ofWords(List.of(first)).isEmpty() || when(first) || ATTITUDES.contains(first))) {
                continue;
            }
            for (int n = window.size(); n >= 2; n--) {
                List<String> part = window.subList(0, n);
                long content = Terms.ofWords(part).stream().filter(t -> !when(t) && !GENERIC.contains(t)).count();
                if (content >= (where ? 1 : 2)) {
                    out.add(new Denied(part.stream().map(Terms::stem).toList(), where));
                }
            }
        }
        return List.copyOf(out);
    }

    /**
     * "So you're saying you drink during service too." after "Never during service.": the phrase the client denied,
     * said back word for word (stems) without the denial, found in the reflection in order; so "you drink after
     * service" is not "never during service".
     */
    private static Optional<String> phrase(List<String> reflection, Iterable<String> clientLines,
                                           Function<String, List<Said>> readLine) {
        List<String> stems = reflection.stream().map(Terms::stem).toList();
        for (String line : clientLines) {
            for (Said said : readLine.apply(line)) {
                for (Denied d : said.phrases()) {
                    int at = java.util.Collections.indexOfSubList(stems, d.stems());
                    // (A place denied is the habit denied there: "you drink during service", never "carrying
                    // everything at work" after "Never at work.")
                    if (at >= 0 && (!d.where() || at > 0 && HABIT.contains(reflection.get(at - 1)))) {
                        return Optional.of(said.back());
                    }
                }
            }
        }
        return Optional.empty();
    }
}
