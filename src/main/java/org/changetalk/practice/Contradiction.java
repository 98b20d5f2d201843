package org.changetalk.practice;

import org.changetalk.scenario.model.Phrase;
import org.changetalk.scenario.model.Terms;

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
        return of(reflection, clientLines, Phrase::wordsOf);
    }

    /**
     * As above, the client's sentences read into words by {@code wordsOf} ({@link Phrase#wordsOf}'s answer, from a
     * conversation's {@link SentenceWords} in practice, where the same sentences come back every turn).
     */
    static Optional<String> of(String reflection, Iterable<String> clientLines, Function<String, List<String>> wordsOf) {
        List<String> words = Phrase.wordsOf(reflection);
        if (words.stream().anyMatch(NEGATORS::contains)) {
            return Optional.empty(); // a denial reflected back is not read for polarity
        }
        if (!RESOLVED.matcher(reflection).find()) {
            return words.stream().anyMatch(PLAIN_NEGATORS::contains) ? Optional.empty() : phrase(words, clientLines, wordsOf);
        }
        Set<String> claimed = new HashSet<>(Terms.ofWords(words));
        claimed.removeIf(Contradiction::when); // "in fourteen months" is when, not what was said
        if (claimed.size() < 2) {
            return Optional.empty();
        }
        for (String line : clientLines) {
            for (String sentence : SENTENCE.split(line)) {
                List<String> said = wordsOf.apply(sentence);
                Set<String> denied = new HashSet<>();
                for (int i = 0; i < said.size(); i++) {
                    if (NEGATORS.contains(said.get(i))) {
                        denied.addAll(Terms.ofWords(said.subList(i + 1, Math.min(said.size(), i + 1 + REACH))));
                    }
                }
                denied.retainAll(claimed);
                long shared = Terms.ofWords(said).stream().distinct().filter(claimed::contains).count();
                if (!denied.isEmpty() && shared >= 2) {
                    return Optional.of(sentence.replaceFirst("^(And|But|So|Then|Or|Actually),?\\s+", ""));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * "So you're saying you drink during service too." after "Never during service.": the phrase the client denied,
     * said back word for word (stems) without the denial. The phrase starts with a content word that is not a time
     * ("since the card" is when, not what) and holds two content words, so "you drink after service" is not
     * "never during service".
     */
    private static Optional<String> phrase(List<String> reflection, Iterable<String> clientLines,
                                           Function<String, List<String>> wordsOf) {
        List<String> stems = reflection.stream().map(Terms::stem).toList();
        for (String line : clientLines) {
            for (String sentence : SENTENCE.split(line)) {
                List<String> said = wordsOf.apply(sentence);
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
                    // the longest start of the window with two content words in it (or a place and one), found in the
                    // reflection in order
                    for (int n = window.size(); n >= 2; n--) {
                        List<String> part = window.subList(0, n);
                        long content = Terms.ofWords(part).stream().filter(t -> !when(t) && !GENERIC.contains(t)).count();
                        if (content < (where ? 1 : 2)) {
                            continue;
                        }
                        int at = java.util.Collections.indexOfSubList(stems, part.stream().map(Terms::stem).toList());
                        // (A place denied is the habit denied there: "you drink during service", never "carrying
                        // everything at work" after "Never at work.")
                        if (at >= 0 && (!where || at > 0 && HABIT.contains(reflection.get(at - 1)))) {
                            return Optional.of(sentence.replaceFirst("^(And|But|So|Then|Or|Actually),?\\s+", ""));
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }
}
