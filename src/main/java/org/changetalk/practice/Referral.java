package org.changetalk.practice;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/**
 * A referral back ("As I said, …") must answer what was asked. Round 12's held-out judge counted 20 "Like I said…"
 * replies that answered nothing (`echo-bad`), and client25's own scripts found the same on new wording: "Where did you
 * grow up?" → "As I said, she's started leaving me notes."; "How many nights were you awake before it happened?" → "As
 * I said, eight hours, felt like a person."; "Is the clinic close to where you live?" → "Like I said, too quiet,
 * since Jules left." Each came from a step that picked a fact or story by its whole (its prompts, its words) and, the
 * fact being said already, quoted its nearest sentence without asking whether that sentence answers.
 *
 * <p>This check runs on every reply to a question, whatever step made it: a reply that quotes a sentence the client
 * said already is kept when that sentence means the question (cosine with the turn's one embedding at least
 * {@link #ANSWERS}, the bar the story's own referrals use); otherwise the persona sentence that does mean it (said
 * already: referred back to; not said yet: said) takes its place, and with none, an honest "I'd have to think about
 * that" that invents nothing. Only stored sentences are compared (each line's sentences have their vectors from the
 * build), so no turn is embedded twice.
 */
final class Referral {

    /** How near in meaning a quoted sentence must be to the question to answer it (ClientMind's RECALL_ANSWERS). */
    static final double ANSWERS = 0.5;
    /** How near in meaning a sentence must be to answer in a quote's place, by meaning alone (0.52 put "Nine days ago. The
     * only time since the clinic." before "Is the clinic close to where you live?"). */
    static final double PLAINLY = 0.6;
    /** How near in meaning a sentence found by its words must still be ("awake" found "Sleep through Saturday", 0.27). */
    static final double NEAR = 0.35;
    /** The share of the question's focus a sentence found by its words must name in them. */
    static final double NAMES = 0.5;
    /** The fewest content words of a sentence said in a quote's place ("Yeah, okay." answers nothing). */
    static final int MIN_TERMS = 3;

    /**
     * What a reply's referral comes to.
     *
     * @param quoted  the persona sentence the reply quotes, said already this session
     * @param meant   how near in meaning it is to the question
     * @param better  the persona sentence that answers the question in its place, if any
     * @param told    whether that sentence was said already (referred back to) or not (said)
     * @param bestMeant how near in meaning the better sentence is (0 with none)
     */
    record Check(PersonaHoldings.Held quoted, double meant, Optional<PersonaHoldings.Held> better, boolean told,
                 double bestMeant) {
        String why() {
            return better.map(b -> Explain.format("the referral back (\"%s\", %.2f) did not answer the question; %s (%.2f)",
                            quoted.sentence(), meant, told ? "the sentence of theirs that does, referred back to"
                                    : "the sentence they hold that does", bestMeant))
                    .orElseGet(() -> Explain.format("the referral back (\"%s\", %.2f) did not answer the question, and nothing"
                            + " they hold means it: an honest pause, inventing nothing", quoted.sentence(), meant));
        }
    }

    private Referral() {
    }

    /**
     * The check of a reply that quotes a sentence said already and does not answer the question: empty when the reply
     * quotes none (it tells something new) or the quoted sentence answers. A reply that is itself a persona's whole line
     * (a line said again in full is another matter, ClientMemory's) is no quote.
     *
     * @param said     whether a sentence was said this session
     * @param sayable  whether the client would say a sentence now (a deeper one needs trust)
     * @param meaning  the cosine of a stored sentence with the turn (NaN: no meaning known, and the reply stands)
     */
    static Optional<Check> check(String reply, PersonaHoldings holdings, QuestionFocus focus,
                                 Map<String, List<org.changetalk.scenario.model.Phrase>> topics, Predicate<String> said,
                                 Predicate<PersonaHoldings.Held> sayable, ToDoubleFunction<String> meaning) {
        List<PersonaHoldings.Held> held = holdings.all();
        String lower = reply.toLowerCase(Locale.ROOT);
        PersonaHoldings.Held quoted = null;
        for (PersonaHoldings.Held h : held) {
            if (reply.equals(h.line()) || reply.startsWith(h.sentence())) {
                return Optional.empty(); // the line itself, or a short answer that opens with it: said as told, not quoted
            }
            // The longest quoted sentence (a recall quotes one; "Yeah." is in many).
            if (h.sentence().length() >= 12 && lower.contains(h.sentence().toLowerCase(Locale.ROOT)) && said.test(h.sentence())
                    && (quoted == null || h.sentence().length() > quoted.sentence().length())) {
                quoted = h;
            }
        }
        if (quoted == null || quoted.sentence().length() * 2 < reply.length() - 40) {
            return Optional.empty(); // nothing quoted, or a quote inside a longer reply that says more
        }
        if (!focus.isEmpty() && focus.coverage(reply, topics) > 0) {
            // A quote that names what was asked answers it in some way ("six beers a night" to "beer or whiskey at the
            // wedding?"); meaning alone would put the sentence that repeats the question's words in its place ("It was a
            // wedding.", client22's closed-question check scripts).
            return Optional.empty();
        }
        double meant = meaning.applyAsDouble(quoted.sentence());
        if (Double.isNaN(meant) || meant >= ANSWERS) {
            return Optional.empty();
        }
        PersonaHoldings.Held best = null;
        double bestMeant = PLAINLY;
        for (PersonaHoldings.Held h : held) {
            if (h == quoted || h.words().stems().size() < MIN_TERMS || !said.test(h.sentence()) && !sayable.test(h)) {
                continue;
            }
            double m = meaning.applyAsDouble(h.sentence());
            if (m > bestMeant) {
                best = h;
                bestMeant = m;
            }
        }
        if (best == null) {
            // Nothing means it plainly: the sentence that names what was asked in its own words ("Where did you grow up?"
            // and "I grew up in church in Hilo", which a question and its answer, worded so differently, hold apart in
            // meaning), found as a yes-or-no question's is (PersonaHoldings: named, and not meaning something else).
            final PersonaHoldings.Held not = quoted;
            Optional<PersonaHoldings.Found> found = holdings.find(focus, h -> h != not && (said.test(h.sentence()) || sayable.test(h)), meaning);
            if (found.isPresent() && found.get().own() >= NAMES && found.get().held() != quoted
                    && meaning.applyAsDouble(found.get().held().sentence()) >= NEAR) {
                best = found.get().held();
                bestMeant = meaning.applyAsDouble(best.sentence());
            }
        }
        return Optional.of(new Check(quoted, meant, Optional.ofNullable(best), best != null && said.test(best.sentence()),
                best == null ? 0 : bestMeant));
    }
}
