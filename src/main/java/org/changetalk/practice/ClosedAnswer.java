package org.changetalk.practice;

import org.changetalk.scenario.model.Phrase;
import org.changetalk.scenario.model.ReplyKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import java.util.regex.Pattern;

/**
 * A closed question's answer, decided before a line is said: a yes-or-no question gets yes, no or partly from (in that
 * order) what the client said this session and what the persona holds, and a choice question ("at home or at the
 * pub?") the choice those say. The reply the rest of the mind chose stands when it agrees; one that says yes or no
 * against what was told or held ("Yeah. Callum's my partner." six turns after "I haven't told Callum"), that names
 * nothing of what was asked, or that names neither choice ("Cigarettes, a pack a day." to "smoke it, or inject?")
 * gives way to the short answer built from the sentence that decided it. Nothing told or held on it: no polarity is
 * guessed here, and the reply stands.
 *
 * <p>Words in closed-answers.txt; one read of a persona's holdings per question (the same search
 * {@link PersonaHoldings#find} does for any closed question), no second embedding.
 */
final class ClosedAnswer {
    enum Polarity { YES, NO, PARTLY, UNKNOWN }

    /**
     * What settles a question.
     *
     * @param polarity yes, no or partly; for a choice question, yes (the choice named)
     * @param sentence the sentence it rests on (said as the answer)
     * @param told     the client said it already this session (referred back to)
     * @param named    the sentence's own words name half of what was asked (not only the questions its fact answers)
     * @param why      how it was decided, for {@code client.why}
     */
    record Decision(Polarity polarity, String sentence, boolean told, boolean named, String why) {}

    /** A reply that gives way, and what is said instead. */
    record Settled(String text, String why) {}

    /** A sentence whose own words name this share of what was asked settles it (PersonaHoldings' own bar). */
    private static final double NAMES = 0.5;
    /** A sentence found by the questions its fact answers must mean the question this closely (cosine). */
    private static final double MEANS = 0.55;

    private static final Words WORDS = Words.load();

    private final PersonaHoldings holdings;
    private final QuestionFocus.Reader focus;
    private final ClientMemory memory;
    private final Voice voice;

    ClosedAnswer(PersonaHoldings holdings, QuestionFocus.Reader focus, ClientMemory memory, Voice voice) {
        this.holdings = holdings;
        this.focus = focus;
        this.memory = memory;
        this.voice = voice;
    }

    /**
     * The reply kept or replaced: {@code reply} is what the mind chose for the question, and {@code move} how (a line of
     * the story, one referred back to, a fact chosen for the question, a short answer); {@code sayable} what the client
     * would tell now; {@code meaning} the cosine of a persona sentence with the turn (NaN when it was not embedded).
     */
    Optional<Settled> settle(String reply, ReplyKind move, Question question, Predicate<PersonaHoldings.Held> sayable,
                             ToDoubleFunction<String> meaning) {
        boolean story = move == ReplyKind.BEAT || move == ReplyKind.RECALL;
        QuestionFocus asked = question.focus();
        List<QuestionFocus> choices = focus.choices(question.asked());
        if (!choices.isEmpty()) {
            return choice(reply, asked, choices, sayable, meaning);
        }
        if (question.kind() != Question.Kind.YES_NO || asked.isEmpty()) {
            return Optional.empty();
        }
        Optional<Decision> decided = decide(question, sayable, meaning);
        if (decided.isEmpty()) {
            return Optional.empty();
        }
        Decision d = decided.get();
        Polarity said = lead(reply);
        // Only a yes or no said against what settles it gives way: a reply with none of its own was chosen by what it
        // means or names (the fact nearest the question, "Single. Mostly on purpose." to "a partner?"), and stands.
        // (Against a yes or no the mind chose, the sentence must name what was asked in its own words or have been said:
        // "we came up through the pain clinic together" means "did you grow up together?" closely and answers it not.)
        boolean against = said != Polarity.UNKNOWN && said != Polarity.PARTLY && d.polarity() != Polarity.PARTLY
                && said != d.polarity() && (d.named() || d.told());
        // A line of the story that says no yes or no and names nothing asked ("Loretta says maybe I should quit" to "beers
        // on weeknights?") is the next story, not an answer: a sentence in the persona's own words on it is.
        boolean aside = story && said == Polarity.UNKNOWN && d.named() && question.focus().coverage(reply, focus.topics()) == 0;
        // A fact the mind chose for this question was written as its answer, yes or no included, and stands ("Did you
        // take your film?" answered for this morning, though Saturday's was missed): test plans of five scenarios.
        if (against && move != ReplyKind.FACT) {
            return Optional.of(new Settled(answer(d), "the reply said " + name(said) + " against " + d.why()));
        }
        return aside ? Optional.of(new Settled(answer(d), "the story's line named nothing of what was asked; " + d.why()))
                : Optional.empty();
    }

    /** The polarity a yes-or-no question's answer takes, and the sentence it rests on; empty when nothing settles it. */
    Optional<Decision> decide(Question question, Predicate<PersonaHoldings.Held> sayable, ToDoubleFunction<String> meaning) {
        // (Every word of it, even where an "or" reads as "either will do": "a beer or two on weeknights?" is about weeknights.)
        QuestionFocus read = question.focus();
        QuestionFocus asked = new QuestionFocus(read.asked(), read.words(), false, read.subject(), read.things());
        // What the client said this session comes first: a story told is the answer, whatever else they hold.
        Optional<PersonaHoldings.Found> told = holdings.find(asked, h -> memory.saidWithin(h.sentence()), meaning)
                .filter(f -> settles(asked, f, meaning));
        Optional<PersonaHoldings.Found> found = told.isPresent() ? told
                : holdings.find(asked, sayable, meaning).filter(f -> settles(asked, f, meaning));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        PersonaHoldings.Held h = found.get().held();
        // The line found is about it; its sentence that names what was asked in its own words says yes or no ("Loretta
        // took the keys at the wedding. I don't drive after drinking." answers "do you drive after a few?" by the second).
        String sentence = h.sentence();
        double best = -1;
        for (String s : Sentences.of(h.line())) {
            QuestionFocus.Said said = QuestionFocus.Said.of(s, focus.topics());
            double score = 2 * asked.coverage(new QuestionFocus.Said(said.stems(), java.util.Set.of(), said.thirdPerson()))
                    + asked.coverage(said) + (s.strip().equals(h.sentence()) ? 0.01 : 0);
            if (Phrase.wordsOf(s).size() >= 2 && !s.strip().endsWith("?") && score > best) {
                best = score;
                sentence = s.strip();
            }
        }
        // Words alone find "mum's diagnosis, work, all of it" for "does your mum know?": the sentence that says yes or no
        // must mean something like the question, when its meaning is known.
        double meant = meaning.applyAsDouble(sentence);
        if (!Double.isNaN(meant) && meant < MEANT_SENTENCE && !asks(h, meaning)) {
            return Optional.empty();
        }
        // A question about someone ("does your mum know?") is settled by what the sentence says of them besides their name
        // ("Mum's diagnosis, work, all of it" names her and says nothing of knowing); a fragment ("The smoke alarm.")
        // with no yes or no of its own says neither.
        QuestionFocus.Said own = QuestionFocus.Said.of(sentence, focus.topics());
        boolean predicate = asked.subject() == null || asked.named(new QuestionFocus.Said(own.stems(), java.util.Set.of(), false))
                .stream().anyMatch(w -> !w.equals(asked.subject()));
        if (lead(sentence) == Polarity.UNKNOWN && (!predicate || Phrase.wordsOf(sentence).size() < MIN_WORDS)) {
            return Optional.empty();
        }
        Polarity p = lead(sentence);
        if (p == Polarity.UNKNOWN && h.fact()) {
            p = lead(h.line()); // "Not really. I ran cross-country in high school…": the fact's answer is its first word
        }
        if (p == Polarity.UNKNOWN) {
            p = of(sentence, question.asked(), question.negative());
        }
        String source = told.isPresent() ? "what they said" : h.fact() ? "a fact they hold" : "a line of their story";
        // (Named in its own words, not by a topic of the persona's: "a beer at my uncle's cookout" is about beer, not
        // about weeknights, however the persona's topics join them.)
        QuestionFocus.Said words = QuestionFocus.Said.of(sentence, focus.topics());
        boolean named = asked.coverage(new QuestionFocus.Said(words.stems(), java.util.Set.of(), false)) >= NAMES;
        String says = told.isPresent() || !h.fact() || Phrase.wordsOf(h.line()).size() > SHORT_LINE ? sentence : h.line();
        return Optional.of(new Decision(p, says, told.isPresent(), named,
                Explain.format("%s says %s (\"%s\", names %.2f)", source, name(p), sentence, found.get().own())));
    }

    /** A sentence with fewer words says no yes or no of its own. */
    private static final int MIN_WORDS = 4;

    /** A sentence that settles a question must mean it this closely (cosine), unless its fact's questions do. */
    private static final double MEANT_SENTENCE = 0.45;

    private static boolean asks(PersonaHoldings.Held h, ToDoubleFunction<String> meaning) {
        return h.prompts().stream().mapToDouble(meaning::applyAsDouble).filter(m -> !Double.isNaN(m)).anyMatch(m -> m >= MEANS);
    }

    /** A fact's line of at most this many words is said whole (written to answer just this, like PersonaHoldings). */
    private static final int SHORT_LINE = 32;

    /**
     * Whether a line found settles the question: the line names half of it in its own words ("he" counts only when the
     * line names him too: "Russell sent one picture… He still hasn't said a word about the toast"), or its sentence or
     * its fact's questions mean the question.
     */
    private boolean settles(QuestionFocus asked, PersonaHoldings.Found f, ToDoubleFunction<String> meaning) {
        QuestionFocus.Said line = QuestionFocus.Said.of(f.held().line(), focus.topics());
        if (asked.coverage(new QuestionFocus.Said(line.stems(), line.topics(), false)) >= NAMES) {
            return true;
        }
        double m = meaning.applyAsDouble(f.held().sentence());
        for (String p : f.held().prompts()) {
            m = Math.max(m, meaning.applyAsDouble(p));
        }
        return !Double.isNaN(m) && m >= MEANS;
    }

    /**
     * "Is it the slots or the roulette?": the choice the client said, else the one the persona holds (a sentence naming
     * one choice and not denying it); the reply stands when it names a choice.
     */
    private Optional<Settled> choice(String reply, QuestionFocus asked, List<QuestionFocus> choices,
                                     Predicate<PersonaHoldings.Held> sayable, ToDoubleFunction<String> meaning) {
        // The thing the choice is about ("beer or whiskey at the reception?"): a sentence naming a choice elsewhere ("a
        // beer at my uncle's cookout") does not answer it.
        java.util.Set<String> about = new java.util.HashSet<>(asked.things());
        choices.forEach(c -> about.removeAll(c.words().keySet()));
        for (QuestionFocus c : choices) {
            if (c.named(reply, focus.topics()).size() > 0) {
                return Optional.empty();
            }
        }
        Predicate<PersonaHoldings.Held> affirms = h -> !WORDS.no().matcher(h.sentence()).find()
                && (about.isEmpty() || asked.named(h.line(), focus.topics()).stream().anyMatch(about::contains));
        Predicate<PersonaHoldings.Held> told = h -> memory.saidWithin(h.sentence());
        PersonaHoldings.Found best = null;
        boolean bestTold = false;
        for (QuestionFocus c : choices) {
            Optional<PersonaHoldings.Found> t = holdings.find(c, affirms.and(told), meaning).filter(f -> f.own() >= NAMES);
            Optional<PersonaHoldings.Found> f = t.isPresent() ? t
                    : holdings.find(c, affirms.and(sayable), meaning).filter(x -> x.own() >= NAMES);
            if (f.isEmpty()) {
                continue;
            }
            double score = f.get().score() + (t.isPresent() ? 1 : 0);
            if (best == null || score > best.score() + (bestTold ? 1 : 0)) {
                best = f.get();
                bestTold = t.isPresent();
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        String sentence = best.held().sentence();
        // ("If my mom finds out from the school, I'm dead" names the school, and is not about vaping there.)
        double meant = meaning.applyAsDouble(sentence);
        if (!Double.isNaN(meant) && meant < MEANT_SENTENCE && !asks(best.held(), meaning)) {
            return Optional.empty();
        }
        Decision d = new Decision(Polarity.UNKNOWN, sentence, bestTold, true, "");
        return Optional.of(new Settled(answer(d), "a choice question; the reply named neither choice, and "
                + (bestTold ? "what they said" : "what they hold") + " names one (\"" + sentence + "\")"));
    }

    /** The short answer: "Yeah."/"No."/"Sort of." first unless the sentence opens with it, referred back to when told. */
    private String answer(Decision d) {
        String s = d.sentence().replaceFirst("^(And|But|So|Then|Or|Also|Plus),?\\s+", "");
        s = Character.toUpperCase(s.charAt(0)) + s.substring(1);
        Polarity own = lead(s);
        String body = d.told() ? voice.recallOf(s) : s;
        if (d.polarity() == Polarity.UNKNOWN || own == d.polarity()) {
            return Character.toUpperCase(body.charAt(0)) + body.substring(1);
        }
        String key = switch (d.polarity()) {
            case YES -> "closed.yes";
            case NO -> "closed.no";
            default -> "closed.partly";
        };
        return voice.stock(key, Map.of()) + " " + Character.toUpperCase(body.charAt(0)) + body.substring(1);
    }

    /**
     * A sentence's answer to a question by what it denies: "I haven't told Callum" is a no to "have you told your
     * partner?", a yes to "haven't you told him yet?" (a question asked in the negative has the plain one's yes and no),
     * and "I stopped shooting" a no to "are you still injecting?".
     */
    static Polarity of(String sentence, String question, boolean negativeQuestion) {
        boolean denies = WORDS.no().matcher(sentence).find()
                || WORDS.still().matcher(question).find() && WORDS.stopped().matcher(sentence).find();
        boolean asksDenied = !negativeQuestion && WORDS.no().matcher(question).find();
        return denies != asksDenied ? Polarity.NO : Polarity.YES;
    }

    /** The yes, no or partly a reply or sentence opens with (after an "Mm." or "Honestly?"); UNKNOWN when none. */
    static Polarity lead(String text) {
        String t = WORDS.skip().matcher(text).replaceFirst("");
        if (WORDS.partly().matcher(t).find()) {
            return Polarity.PARTLY;
        }
        if (WORDS.leadNo().matcher(t).find()) {
            return Polarity.NO;
        }
        return WORDS.leadYes().matcher(t).find() ? Polarity.YES : Polarity.UNKNOWN;
    }

    private static String name(Polarity p) {
        return switch (p) {
            case YES -> "yes";
            case NO -> "no";
            case PARTLY -> "partly";
            default -> "nothing";
        };
    }

    /** closed-answers.txt. */
    private record Words(Pattern skip, Pattern leadYes, Pattern leadNo, Pattern partly, Pattern no, Pattern still,
                         Pattern stopped) {
        static Words load() {
            Map<String, List<String>> parts = new java.util.LinkedHashMap<>();
            for (String key : List.of("skip", "lead-yes", "lead-no", "lead-partly", "no", "still", "stopped")) {
                parts.put(key, new ArrayList<>());
            }
            for (KeyedLine line : KeyedLine.read("closed-answers.txt", "'key: regex'")) {
                List<String> list = parts.get(line.key());
                if (list == null) {
                    throw new IllegalStateException(line.where() + ": unknown key '" + line.key() + "' (known: " + parts.keySet() + ")");
                }
                try {
                    Pattern.compile(line.value());
                } catch (java.util.regex.PatternSyntaxException e) {
                    throw new IllegalStateException(line.where() + ": " + e.getDescription(), e);
                }
                list.add("(?:" + line.value() + ")");
            }
            parts.forEach((k, v) -> {
                if (v.isEmpty()) {
                    throw new IllegalStateException("closed-answers.txt: no '" + k + "' line");
                }
            });
            return new Words(compile(parts.get("skip")), compile(parts.get("lead-yes")), compile(parts.get("lead-no")),
                    compile(parts.get("lead-partly")), compile(parts.get("no")), compile(parts.get("still")),
                    compile(parts.get("stopped")));
        }

        private static Pattern compile(List<String> alternatives) {
            return Pattern.compile(String.join("|", alternatives), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        }
    }
}
