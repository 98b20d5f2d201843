package org.changetalk.practice;

import org.changetalk.coding.Code;
import org.changetalk.coding.CounselorCoding;
import org.changetalk.coding.Flag;
import org.changetalk.coding.FlagKind;
import org.changetalk.coding.QuestionType;
import org.changetalk.coding.Utterance;
import org.changetalk.scenario.model.Beat;
import org.changetalk.scenario.model.Category;
import org.changetalk.scenario.model.Exemplar;
import org.changetalk.scenario.model.Phrase;
import org.changetalk.scenario.model.Pitfall;
import org.changetalk.scenario.model.PitfallKind;
import org.changetalk.session.Feedback;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static java.util.stream.Collectors.toSet;

/**
 * Writes feedback from what the scenario author wrote for the beat the trainee was answering: a pitfall's why
 * when the trainee made that mistake, else the general advice for the category.
 * <p>
 * A "why" is only given when its condition holds. An author's pitfall why is about the pitfall's words (it may
 * name the client's son, a drug, an event), so it is used only when the response was coded as the pitfall is and
 * the trainee said what the pitfall says (its names and most of its content words, feedback-stopwords.txt
 * aside). An exemplar's why explains the exemplar: it is used on the same condition, else it stays with the
 * exemplar under "try instead".
 */
final class FeedbackWriter {
    /** A pitfall's why fits when the trainee said at least this share of the pitfall's content words. */
    private static final double SAID_ENOUGH = 0.5;
    private static final Set<String> STOPWORDS = Set.copyOf(Phrase.wordsOf(resource("feedback-stopwords.txt")
            .lines().filter(l -> !l.startsWith("#")).collect(Collectors.joining(" "))));

    private FeedbackWriter() {
    }

    static Feedback write(Beat answered, Category category, CounselorCoding coding) {
        Set<PitfallKind> flagged = Categorizer.flagKinds(coding).stream().map(FeedbackWriter::pitfallKind).collect(toSet());
        String text = coding.turn().text();
        // The most specific match first: the mistake the coder flagged, then the category the author expected it as.
        String why = answered.pitfalls().stream()
                .filter(p -> flagged.contains(p.kind()) && (p.category() == null || p.category() == category))
                .filter(p -> saidWhatItIsAbout(p.text(), text))
                .map(Pitfall::why).findFirst()
                .or(() -> answered.pitfalls().stream().filter(p -> p.category() == category)
                        .filter(p -> saidWhatItIsAbout(p.text(), text)).map(Pitfall::why).findFirst())
                .or(() -> answered.exemplars().stream().filter(e -> e.skill() == category)
                        .filter(e -> saidWhatItIsAbout(e.text(), text)).map(Exemplar::why).findFirst())
                .orElseGet(() -> CategoryAdvice.why(category, answered.talk()));
        return new Feedback(did(category, coding), why, tryInstead(answered.exemplars(), category), concerns(coding));
    }

    /**
     * Whether the response says what the author's example says: every name in it (a capitalised word inside a
     * sentence, such as the client's son "Eli") and more than half of its other content words.
     */
    static boolean saidWhatItIsAbout(String example, String response) {
        Set<String> said = new HashSet<>(Phrase.wordsOf(response));
        for (Matcher m = NAME.matcher(example); m.find(); ) {
            if (!said.contains(m.group(1).toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        Set<String> about = new HashSet<>(Phrase.wordsOf(example));
        about.removeAll(STOPWORDS);
        long shared = about.stream().filter(said::contains).count();
        return about.isEmpty() || shared > SAID_ENOUGH * about.size();
    }

    /** The words of a text that say what it is about (feedback-stopwords.txt aside). */
    static Set<String> contentWords(String text) {
        Set<String> out = new HashSet<>(Phrase.wordsOf(text));
        out.removeAll(STOPWORDS);
        return out;
    }

    /** A capitalised word that does not start a sentence: a name ("I" aside). */
    private static final Pattern NAME =
            Pattern.compile("(?<![.!?]\\s)(?<!^)\\b(?!I\\b)([A-Z][a-z]+)\\b");

    /** One concern per kind of flag: the coder may flag the same label twice in one turn. */
    static List<String> concerns(CounselorCoding coding) {
        Map<FlagKind, String> first = new EnumMap<>(FlagKind.class);
        for (Flag f : coding.flags()) {
            first.putIfAbsent(f.kind(), f.explanation());
        }
        return List.copyOf(first.values());
    }

    private static PitfallKind pitfallKind(FlagKind flag) {
        return switch (flag) {
            case STIGMATIZING_LABEL -> PitfallKind.STIGMATIZING_LANGUAGE;
            case LABELLING -> PitfallKind.LABELLING;
            case RIGHTING_REFLEX -> PitfallKind.RIGHTING_REFLEX;
            case ABSTINENCE_ONLY -> PitfallKind.ABSTINENCE_ONLY;
        };
    }

    /**
     * "What you did": the category and the coder's explanation of the code that made it that category, never
     * another code's (a turn categorised as a confrontation is explained by its confrontation or its label,
     * not by the persuasion beside it). No explanation when none fits.
     */
    static String did(Category category, CounselorCoding coding) {
        String label = category.label();
        String head = Character.toUpperCase(label.charAt(0)) + label.substring(1);
        String why = explanation(category, coding);
        String did = why == null ? head : head + ": " + why;
        return coding.confidence() < UNSURE ? did + " " + unsure(label, coding.confidence()) : did;
    }

    /** Below this confidence the feedback says that the coder is unsure (docs/coder.md, "Confidence"). */
    static final double UNSURE = 0.6;

    /** The coder's doubt in words a trainee can act on: they know what they meant, and can contest the code. */
    static String unsure(String label, double confidence) {
        return String.format(Locale.ROOT, "(I read this as \u201c%s\u201d, but I am only %d %% sure. If you meant "
                + "something else, contest the code and an instructor will look at it.)", label,
                Math.round(confidence * 100));
    }

    private static String explanation(Category category, CounselorCoding coding) {
        Set<Code> codes = CODES.getOrDefault(category, Set.of());
        for (Utterance u : coding.utterances()) {
            if (codes.contains(u.code()) && u.evidence() != null
                    && (category != Category.OPEN_QUESTION || u.question() != QuestionType.CLOSED)
                    && (category != Category.CLOSED_QUESTION || u.question() == QuestionType.CLOSED)) {
                return u.evidence().explanation();
            }
        }
        // a label or a push in a question makes the category through a flag: its explanation says why
        Set<FlagKind> kinds = FLAGS.getOrDefault(category, Set.of());
        return coding.flags().stream().filter(f -> kinds.contains(f.kind())).map(Flag::explanation).findFirst().orElse(null);
    }

    /** The codes each category stands for (Categorizer decides the category from them). */
    private static final Map<Category, Set<Code>> CODES = Map.ofEntries(
            Map.entry(Category.COMPLEX_REFLECTION, Set.of(Code.COMPLEX_REFLECTION)),
            Map.entry(Category.SIMPLE_REFLECTION, Set.of(Code.SIMPLE_REFLECTION)),
            Map.entry(Category.OPEN_QUESTION, Set.of(Code.QUESTION)),
            Map.entry(Category.CLOSED_QUESTION, Set.of(Code.QUESTION)),
            Map.entry(Category.AFFIRM, Set.of(Code.AFFIRM)),
            Map.entry(Category.AUTONOMY, Set.of(Code.EMPHASIZE_AUTONOMY)),
            Map.entry(Category.COLLABORATION, Set.of(Code.SEEKING_COLLABORATION)),
            Map.entry(Category.INFORMATION_WITH_PERMISSION, Set.of(Code.GIVING_INFORMATION)),
            Map.entry(Category.INFORMATION, Set.of(Code.GIVING_INFORMATION)),
            Map.entry(Category.PERSUADE_WITH_PERMISSION, Set.of(Code.PERSUADE_WITH_PERMISSION)),
            Map.entry(Category.PERSUADE, Set.of(Code.PERSUADE)),
            Map.entry(Category.CONFRONT, Set.of(Code.CONFRONT)));

    /** The flags that can make a category on their own. */
    private static final Map<Category, Set<FlagKind>> FLAGS = Map.of(
            Category.CONFRONT, Set.of(FlagKind.LABELLING, FlagKind.STIGMATIZING_LABEL),
            Category.PERSUADE, Set.of(FlagKind.RIGHTING_REFLEX, FlagKind.ABSTINENCE_ONLY));

    private static String resource(String name) {
        try (InputStream in = FeedbackWriter.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** When the trainee did well, another skill widens the repertoire; otherwise the author's first choice. */
    static Exemplar tryInstead(List<Exemplar> exemplars, Category category) {
        if (exemplars.isEmpty()) {
            return null;
        }
        if (category.isMiConsistent()) {
            return exemplars.stream().filter(e -> e.skill() != category).findFirst().orElse(exemplars.get(0));
        }
        return exemplars.get(0);
    }
}
