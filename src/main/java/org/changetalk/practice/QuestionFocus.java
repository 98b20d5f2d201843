package org.changetalk.practice;

import org.changetalk.scenario.model.Conversation;
import org.changetalk.scenario.model.LineIndex;
import org.changetalk.scenario.model.Phrase;
import org.changetalk.scenario.model.Terms;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a closed question is about: the content words of the question it ends on, with the words of how it is asked
 * (question-focus.txt "filler") and the client's own habit ("use", and the persona's topics for the drug) left out,
 * since every question to this client shares those with every line. "Does the pain pick up as the day goes on?" is
 * about the pain; "Does your partner have access to your accounts?" about access and accounts. A reply names it in its
 * words or a word of the persona's own topic for one of them ("wife" is Loretta).
 *
 * @param asked   the question the turn ends on
 * @param words   each focus word (its stem) with its weight (the scenario's idf, halved for a word no line uses)
 *                and the persona's own topics that name it
 * @param either  "at home or at parties?": one of its words named is the answer
 * @param subject the stem of the someone else it asks about ("does Jess know…?"), whom a reply may call "she"; or null
 * @param things  the focus words named as things, right after "any", "a", "the", "your"… ("any plants", "the
 *                police"): what a life holds or not, unlike "gone a night without it" or "easy to talk to"
 */
record QuestionFocus(String asked, Map<String, Word> words, boolean either, String subject, Set<String> things) {

    /**
     * One word of the focus: its weight, the persona topics that say it another way, and the words of its narrow family
     * (question-focus.txt "kin": "grandkids" is answered by "my grandson", "a job" by "work"), as stems; and whether
     * the persona's lines use it, a word of its family or a topic of theirs for it (a skateboard no line names is
     * nothing their life holds).
     */
    record Word(double weight, Set<String> topics, Set<String> kin, boolean known) {}

    /** The things asked about ("any plants", "a part-time job") that the persona's lines name in some way. */
    Set<String> knownThings() {
        Set<String> out = new HashSet<>();
        for (String t : things) {
            Word w = words.get(t);
            if (w != null && w.known()) {
                out.add(t);
            }
        }
        return out;
    }

    private static final Lists LISTS = Lists.load();
    /** How a reply speaks of the someone else a question asks about ("Does Jess know?" "She knows."). */
    private static final Set<String> THIRD_PERSON = Set.of("she", "he", "her", "him", "they", "them", "she's", "he's", "they're");
    /** "At home or at parties?": a choice between things asked. */
    private static final Pattern EITHER = Pattern.compile("\\w \\bor\\b (?!(anything|something|what|not|so|whatever|no)\\b)",
            Pattern.CASE_INSENSITIVE);
    /** "smoke it, or inject?", "at home or at the pub?": a choice offered (the comma allowed, unlike {@link #EITHER}). */
    private static final Pattern CHOICE = Pattern.compile("\\w,? \\bor\\b (?!(anything|something|what|not|so|whatever|no|else|two|so)\\b)(?=\\W*\\w)",
            Pattern.CASE_INSENSITIVE);
    /** The client named before the habit's word ("does Jess know you use?"): still the client's own use. */
    private static final Set<String> YOU = Set.of("you", "u", "ya", "your", "ur", "you're", "youre");

    boolean isEmpty() {
        return words.isEmpty();
    }

    /** The share of the focus's weight a text names (1 for an empty focus: nothing to miss; 1 for one of a choice). */
    double coverage(String text, Map<String, List<Phrase>> topics) {
        return coverage(Said.of(text, topics));
    }

    /** The share of the focus's weight a text read once ({@link Said}) names. */
    double coverage(Said text) {
        if (words.isEmpty()) {
            return 1;
        }
        double all = 0, named = 0;
        List<String> found = named(text);
        for (Map.Entry<String, Word> e : words.entrySet()) {
            all += e.getValue().weight();
            if (found.contains(e.getKey())) {
                named += e.getValue().weight();
            }
        }
        return either && !found.isEmpty() || all == 0 ? 1 : named / all;
    }

    /** The focus words a text names: in its words, by a word of the persona's topic for one, or the someone else as "she". */
    List<String> named(String text, Map<String, List<Phrase>> topics) {
        return named(Said.of(text, topics));
    }

    /** The focus words a text read once names (see {@link #named(String, Map)}). */
    List<String> named(Said text) {
        List<String> found = new ArrayList<>();
        for (Map.Entry<String, Word> e : words.entrySet()) {
            if (text.stems().contains(e.getKey()) || e.getValue().kin().stream().anyMatch(text.stems()::contains)
                    || text.thirdPerson() && e.getKey().equals(subject)
                    || e.getValue().topics().stream().anyMatch(text.topics()::contains)) {
                found.add(e.getKey());
            }
        }
        return found;
    }

    /**
     * A text as a focus is looked for in it, read once (a persona's sentences are read when the conversation is, not on
     * every question): the stems of its words, the persona topics whose words it uses, and whether it speaks of someone
     * as "she" or "they".
     */
    record Said(Set<String> stems, Set<String> topics, boolean thirdPerson) {
        static Said of(String text, Map<String, List<Phrase>> topics) {
            // ("Loretta's a nurse" names Loretta.)
            List<String> textWords = Phrase.wordsOf(text).stream().map(w -> w.replaceFirst("['’]s$", "")).toList();
            Set<String> named = new HashSet<>();
            topics.forEach((id, phrases) -> {
                if (phrases.stream().anyMatch(p -> p.occursIn(textWords))) {
                    named.add(id);
                }
            });
            return new Said(Set.copyOf(Terms.ofWords(textWords)), Set.copyOf(named), textWords.stream().anyMatch(THIRD_PERSON::contains));
        }

        /** Two texts read as one (a sentence with the questions its fact answers). */
        Said with(Said other) {
            Set<String> s = new HashSet<>(stems);
            s.addAll(other.stems);
            Set<String> t = new HashSet<>(topics);
            t.addAll(other.topics);
            return new Said(Set.copyOf(s), Set.copyOf(t), thirdPerson || other.thirdPerson);
        }
    }

    /**
     * Reads the focus of questions to one persona: what their habit is called (the persona's topics two of whose
     * words the drug's description uses, "booze" for Joe's beer and whiskey) is worked out once.
     */
    static final class Reader {
        private final LineIndex index;
        /** The persona's own topics (a person, a place, a thing by its other names). */
        private final Map<String, List<Phrase>> own = new LinkedHashMap<>();
        private final String name;

        Reader(Conversation scenario, LineIndex index) {
            this.index = index;
            // (The drug's own names stay in the focus: they weigh little, being in most lines, and "do you keep wine
            // at home?" is about the wine as much as the home.)
            LISTS.synonyms().forEach(t -> own.put(t, index.topics().words().getOrDefault(t, List.of())));
            scenario.persona().topics().forEach((id, phrases) -> own.merge(id, phrases,
                    (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream()).toList()));
            String first = scenario.persona().name() == null ? "" : scenario.persona().name().split(" ")[0];
            this.name = Terms.stem(first.toLowerCase(Locale.ROOT));
        }

        /** The persona's own topics, which a reply may name a focus word by ("Loretta" for "your wife"). */
        Map<String, List<Phrase>> topics() {
            return own;
        }

        QuestionFocus read(String text) {
            return read(lastQuestion(text), false);
        }

        /**
         * The two choices of a choice question ("Do you mostly smoke it, or inject?", "at home or at the pub?"), each
         * read as a focus of its own: the last word asked before the "or" and the first after it (the client's habit
         * kept: smoking is a choice here). Empty when the question offers no choice.
         */
        List<QuestionFocus> choices(String text) {
            String asked = lastQuestion(text);
            java.util.regex.Matcher m = CHOICE.matcher(asked);
            if (!m.find()) {
                return List.of();
            }
            QuestionFocus left = read(asked.substring(0, m.start() + 1), true);
            QuestionFocus right = read(asked.substring(m.end() - 1), true);
            List<String> l = new ArrayList<>(left.words().keySet());
            List<String> r = right.words().keySet().stream().filter(index::knows).toList();
            if (l.isEmpty() || r.isEmpty() && right.words().isEmpty()) {
                return List.of();
            }
            String first = r.isEmpty() ? right.words().keySet().iterator().next() : r.get(0);
            String last = l.get(l.size() - 1);
            return List.of(one(asked, last, left.words().get(last)), one(asked, first, right.words().get(first)));
        }

        /** One choice by its own word and its narrow family only: a topic ("gambling" for the slots) names both choices. */
        private static QuestionFocus one(String asked, String stem, Word word) {
            return new QuestionFocus(asked, Map.of(stem, new Word(word.weight(), Set.of(), word.kin(), word.known())), false, null,
                    Set.of());
        }

        private QuestionFocus read(String asked, boolean keepUse) {
            boolean other = LISTS.otherSubject().stream().anyMatch(p -> p.matcher(asked).find());
            List<String> askedWords = Phrase.wordsOf(asked);
            Map<String, Word> words = new LinkedHashMap<>();
            String subject = null;
            Set<String> things = new HashSet<>();
            for (int i = 0; i < askedWords.size(); i++) {
                boolean thing = i > 0 && LISTS.determiners().contains(askedWords.get(i - 1));
                // Using, asked of the client ("do you use…", "does Jess know you use…"): in every line, so no focus.
                boolean theirs = !other || i > 0 && YOU.contains(askedWords.get(i - 1));
                for (String stem : Terms.ofWords(List.of(askedWords.get(i)))) {
                    if (LISTS.filler().contains(stem) || stem.equals(name) || !keepUse && theirs && LISTS.use().contains(stem)
                            || !Character.isLetter(stem.charAt(0))) {
                        continue;
                    }
                    if (other && subject == null && words.isEmpty() && index.knows(stem)) {
                        // "Does Jess…", "Did your mum…": the first word asked about is who. (Someone their story does not
                        // hold, "is your landlord strict?", is not the "she" of any line.)
                        subject = stem;
                    }
                    Set<String> topics = new HashSet<>();
                    List<String> family = LISTS.kinWords().getOrDefault(stem, List.of());
                    for (Map.Entry<String, List<Phrase>> t : own.entrySet()) {
                        // (a topic of theirs for a word of its family counts: "children" is Kiran, whose topic says "son")
                        if (covers(t.getValue(), askedWords, i) || family.stream().anyMatch(k -> covers(t.getValue(), List.of(k), 0))) {
                            topics.add(t.getKey());
                        }
                    }
                    // A word no line of this persona uses cannot be named by any, yet is part of what was asked: half weight,
                    // as in the scenario's relevance ranking.
                    double weight = index.weight(stem) * (index.knows(stem) ? 1 : 0.5);
                    Set<String> kin = LISTS.kin().getOrDefault(stem, Set.of());
                    boolean known = index.knows(stem) || !topics.isEmpty() || kin.stream().anyMatch(index::knows);
                    words.merge(stem, new Word(weight, Set.copyOf(topics), kin, known), (a, b) -> a);
                    if (thing) {
                        things.add(stem);
                    }
                }
            }
            return new QuestionFocus(asked, Collections.unmodifiableMap(words), EITHER.matcher(asked).find(), subject,
                    Set.copyOf(things));
        }

        /** Whether a phrase of a topic covers the i-th word of a text ("brother in law" covers "law"). */
        private static boolean covers(List<Phrase> phrases, List<String> textWords, int i) {
            for (Phrase p : phrases) {
                int n = p.words().size();
                for (int start = Math.max(0, i - n + 1); start <= i; start++) {
                    if (p.matchesAt(textWords, start)) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    /**
     * The question a turn ends on: its last sentence with a question mark (else its last sentence), and of questions
     * stacked in it ("How much do you drink, and who is usually with you?") the last.
     */
    static String lastQuestion(String text) {
        List<String> parts = questions(text);
        return parts.get(parts.size() - 1);
    }

    /**
     * The questions a turn asks, in order: its last sentence with a question mark (else its last sentence), split where
     * a second question is stacked in it ("How much do you drink, and who is usually with you?" is two).
     */
    static List<String> questions(String text) {
        String[] sentences = Sentences.of(text);
        String last = sentences.length == 0 ? text : sentences[sentences.length - 1].strip();
        for (int i = sentences.length - 1; i >= 0; i--) {
            if (sentences[i].strip().endsWith("?")) {
                last = sentences[i].strip();
                break;
            }
        }
        List<String> out = new ArrayList<>();
        for (String part : STACKED.split(last)) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out.isEmpty() ? List.of(last) : List.copyOf(out);
    }

    /** Where a second question starts in one sentence: "…, and who…", "… and did anyone…". */
    private static final Pattern STACKED = Pattern.compile(
            ",?\\s+and\\s+(?=(how|what|who|where|when|why|which|do|does|did|is|are|was|were|have|has|can|could|would)\\b)",
            Pattern.CASE_INSENSITIVE);

    /** The word lists of question-focus.txt. */
    private record Lists(Set<String> filler, Set<String> use, List<Pattern> otherSubject, Set<String> synonyms,
                         Set<String> determiners, Map<String, Set<String>> kin, Map<String, List<String>> kinWords) {
        static Lists load() {
            Set<String> filler = new HashSet<>();
            Set<String> use = new HashSet<>();
            List<Pattern> other = new ArrayList<>();
            Set<String> synonyms = new HashSet<>();
            Set<String> determiners = new HashSet<>();
            Map<String, Set<String>> kin = new java.util.HashMap<>();
            Map<String, List<String>> kinWords = new java.util.HashMap<>();
            for (KeyedLine line : KeyedLine.read("question-focus.txt", "'filler: words', 'use: words', 'other-subject: regex', 'synonyms: topics', 'determiners: words' or 'kin: words'")) {
                switch (line.key()) {
                    case "filler" -> filler.addAll(stems(line.value()));
                    case "use" -> use.addAll(stems(line.value()));
                    case "synonyms" -> synonyms.addAll(List.of(line.value().split("\\s*,\\s*")));
                    case "determiners" -> determiners.addAll(List.of(line.value().toLowerCase(Locale.ROOT).split("\\s*,\\s*")));
                    case "kin" -> {
                        // each word of a family is answered by any other: every stem maps to the rest
                        List<String> family = stems(line.value());
                        List<String> words = List.of(line.value().toLowerCase(Locale.ROOT).split("\\s*,\\s*"));
                        for (String w : family) {
                            Set<String> others = kin.computeIfAbsent(w, k -> new HashSet<>());
                            family.stream().filter(o -> !o.equals(w)).forEach(others::add);
                            kinWords.merge(w, words, (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream()).distinct().toList());
                        }
                    }
                    case "other-subject" -> {
                        try {
                            other.add(Pattern.compile(line.value(), Pattern.UNICODE_CASE));
                        } catch (java.util.regex.PatternSyntaxException e) {
                            throw new IllegalStateException(line.where() + ": " + e.getDescription(), e);
                        }
                    }
                    default -> throw new IllegalStateException(line.where() + ": unknown key '" + line.key() + "'");
                }
            }
            Map<String, Set<String>> kinOf = new java.util.HashMap<>();
            kin.forEach((w, others) -> kinOf.put(w, Set.copyOf(others)));
            return new Lists(Set.copyOf(filler), Set.copyOf(use), List.copyOf(other), Set.copyOf(synonyms),
                    Set.copyOf(determiners), Map.copyOf(kinOf), Map.copyOf(kinWords));
        }

        /** Each word as Terms would see it (its stem), so the lists meet the question's words however inflected. */
        private static List<String> stems(String words) {
            List<String> out = new ArrayList<>();
            for (String w : words.split("\\s*,\\s*")) {
                String word = w.strip().toLowerCase(Locale.ROOT);
                if (!word.isEmpty()) {
                    out.add(Terms.isStop(word) ? word : Terms.stem(word));
                }
            }
            return out;
        }
    }
}
