package org.changetalk.practice;

import org.changetalk.scenario.model.Beat;
import org.changetalk.scenario.model.ClientTalk;
import org.changetalk.scenario.model.Conversation;
import org.changetalk.scenario.model.Fact;
import org.changetalk.scenario.model.Phrase;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/**
 * Everything a persona holds that they could say of their life, sentence by sentence, read once per conversation: each
 * sentence of every fact and of every line of the story (a stage move, an ending or discord is no fact of their life),
 * with the questions its fact or beat answers (its prompts). Before a client says "no", "not really" or "why do you
 * ask?" to a question, or answers a yes-or-no question with a line that names nothing it asked, the question's focus is
 * looked for here: a persona who holds it says so, in their own words ("Do you have a part-time job?" is answered from
 * the library desk, not "Can't say I have").
 */
final class PersonaHoldings {

    /** How a sentence was found: its own words name the focus, or only the questions its fact or beat answers do. */
    record Found(Held held, double score, double own, double answers) {}

    /**
     * One sentence the persona could say.
     *
     * @param sentence the sentence
     * @param line     the whole line it is part of (said before, it is referred back to)
     * @param first    whether it opens its line (a line's first sentence answers its prompts most directly)
     * @param deep     a sentence of change talk, said only to a client engaged enough to tell that story
     * @param words    the sentence as a focus is looked for in it
     * @param asked    the sentence with its line and the prompts of its fact or beat
     * @param prompts  the questions its fact or beat answers, in a trainee's words
     * @param fact     a sentence of a fact (written to answer its prompts), not of the story
     */
    record Held(String sentence, String line, boolean first, boolean deep, QuestionFocus.Said words, QuestionFocus.Said asked,
                List<String> prompts, boolean fact) {
        /**
         * What is said for it: a short fact whole (written to answer just this, "We had a lab, Duke, twelve years…"
         * says more than its one sentence that names a dog), else the sentence found (a line of the story goes on to
         * other things: "The tax bill came… Tolu still uses…").
         */
        String answer() {
            return fact && Phrase.wordsOf(line).size() <= SHORT_LINE ? line : sentence;
        }
    }

    /** A line of at most this many words is said whole. */
    private static final int SHORT_LINE = 32;

    /** A sentence whose own words name this share of what was asked answers it. */
    private static final double NAMES = 0.5;
    /**
     * A fact or beat whose prompts and line name this much of what was asked is about it, whatever its sentence says (a
     * word no line uses weighs half already: "on campus" does not keep the library job from answering "do you work?").
     */
    private static final double ABOUT = 0.6;
    /** A sentence found by its prompts alone must mean something like the question (cosine), when its meaning is known. */
    private static final double MEANT = 0.35;
    /**
     * A fact one of whose questions means nearly what was asked (cosine) answers it with less of its words named: "do
     * you work anywhere on campus?" is the library desk's "do you work", however heavy "campus" weighs.
     */
    private static final double ASKED = 0.6;
    /** The least share of what was asked that a fact's words and questions must name to be found by its questions. */
    private static final double NEAR = 0.3;

    /** How near in meaning the nearest of the questions a sentence's fact or beat answers is to the turn. */
    private static double asks(Held h, ToDoubleFunction<String> meaning) {
        double best = 0;
        for (String p : h.prompts()) {
            best = Math.max(best, meaning.applyAsDouble(p));
        }
        return best;
    }

    private final List<Held> held;

    PersonaHoldings(Conversation scenario, Map<String, List<Phrase>> topics) {
        List<Held> out = new ArrayList<>();
        for (Fact f : scenario.persona().facts()) {
            for (String line : f.say()) {
                add(out, line, f.prompts(), false, true, topics);
            }
        }
        for (Beat b : scenario.beats().values()) {
            if (!b.isTerminal() && b.stage() == null && b.talk() != ClientTalk.DISCORD) {
                for (String line : b.say()) {
                    add(out, line, b.prompts(), b.talk() == ClientTalk.CHANGE, false, topics);
                }
            }
        }
        this.held = List.copyOf(out);
    }

    private static void add(List<Held> out, String line, List<String> prompts, boolean deep, boolean fact,
                            Map<String, List<Phrase>> topics) {
        QuestionFocus.Said whole = QuestionFocus.Said.of(line + " " + String.join(" ", prompts), topics);
        String[] sentences = Sentences.of(line);
        for (int i = 0; i < sentences.length; i++) {
            String s = sentences[i].strip();
            // (A question of theirs, "The gambling block on the card?", says nothing they hold.)
            if (Phrase.wordsOf(s).size() >= 2 && !s.endsWith("?")) {
                out.add(new Held(s, line, i == 0, deep, QuestionFocus.Said.of(s, topics), whole, List.copyOf(prompts), fact));
            }
        }
    }

    int size() {
        return held.size();
    }

    /** Every sentence the persona holds, in the scenario's order (facts first, then the story). */
    List<Held> all() {
        return held;
    }

    /**
     * The sentence that best says what a focus asks about, of those the client would say now ({@code sayable}): its
     * own words name half the focus at least, or its fact or beat is about the focus and it means something like the
     * question ({@code meaning}, the cosine with the turn; NaN when the turn was not embedded). Empty: the persona
     * holds nothing on it, and "no" is an honest answer.
     */
    Optional<Found> find(QuestionFocus focus, Predicate<Held> sayable, ToDoubleFunction<String> meaning) {
        // A thing asked about that no line names in any way ("do you ride a skateboard?") is nothing their life holds,
        // whatever else of the question a line happens to share ("the whole ride" home on the bus).
        Set<String> things = focus.knownThings();
        if (focus.isEmpty() || !focus.things().isEmpty() && things.isEmpty()) {
            return Optional.empty();
        }
        Found best = null;
        for (Held h : held) {
            double own = focus.coverage(h.words());
            double answers = own >= NAMES ? own : focus.coverage(h.asked());
            if (own < NAMES && answers < NEAR || !sayable.test(h)) {
                continue;
            }
            if (!things.isEmpty() && focus.named(own >= NAMES ? h.words() : h.asked()).stream().noneMatch(things::contains)) {
                continue; // "Do you have a part-time job?" is answered by what names the job, not by the time of day
            }
            double meant = meaning.applyAsDouble(h.sentence());
            boolean known = !Double.isNaN(meant);
            if (own < NAMES && known && meant < MEANT) {
                continue; // its fact is about the thing, this sentence is about something else
            }
            if (own < NAMES && answers < ABOUT && !(known && asks(h, meaning) >= ASKED)) {
                continue; // a fact that shares a word or two, and whose questions are not this one
            }
            // A line's first sentence answers its prompts; of two as near, the one nearer in meaning.
            double score = own + 0.5 * answers + (h.first() ? 0.05 : 0) + (known ? 0.3 * meant : 0);
            if (best == null || score > best.score()) {
                best = new Found(h, score, own, answers);
            }
        }
        return Optional.ofNullable(best);
    }
}
