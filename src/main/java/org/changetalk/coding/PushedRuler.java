package org.changetalk.coding;

import java.util.Set;

/**
 * A readiness or importance ruler pushed instead of asked: the counselor says what the client's number ought to be
 * ("It should really be a ten after everything", "I'd expect a ten after two falls", "Don't tell me anything under a
 * ten") or that the number they gave is wrong ("Four isn't good enough", "A three is way too low", "Ten is the right
 * answer here"). MITI 4.2.1: the first argues for change (Persuade), the second judges the client's answer (Confront);
 * MISC codes both as MI-inconsistent. Round 9–12 judged scripts: ten of ten pushed rulers were read as a question or as
 * information, because the push is in the shape (a norm, a floor or a verdict next to a scale number), not in a word.
 *
 * <p>Only where a ruler is in play: the client just gave a number, or the sentence names the scale ("zero to ten",
 * "rate", "number"). Not a wh-question ("What makes it a six and not a three?" explores), not the client's own wish
 * said back ("you'd like to be at a ten": the norm after "you"), not a norm the client voiced first, not a denied
 * norm ("it doesn't have to be a ten"), not a reflection opener.
 */
final class PushedRuler {
    /** How far before the number a norm or floor may stand ("it really needs to be at least a ten": six words). */
    private static final int NORM_REACH = 6;
    /** How far after the number a verdict may stand ("four isn't really good enough": four words). */
    private static final int VERDICT_REACH = 5;
    private final Set<String> numbers;
    private final Set<String> cues;
    private final Set<String> norms;
    private final Set<String> wishes;
    private final Set<String> floors;
    private final Set<String> verdicts;
    private final Set<String> wh;
    private final Set<String> you;
    private final Set<String> negators;
    private final Set<String> ratingLeads;
    private final Set<String> verdictLeads;

    PushedRuler(Lexicon lexicon) {
        this.numbers = lexicon.set("ruler_number");
        this.cues = lexicon.set("ruler_cue");
        this.norms = lexicon.set("ruler_norm");
        this.wishes = lexicon.set("ruler_wish");
        this.floors = lexicon.set("ruler_floor");
        this.verdicts = lexicon.set("ruler_verdict");
        this.wh = lexicon.set("wh");
        this.you = lexicon.set("you");
        this.negators = lexicon.set("negator");
        this.ratingLeads = lexicon.set("ruler_rating_lead");
        this.verdictLeads = lexicon.set("ruler_verdict_lead");
    }

    /** The push (a Persuade match for a norm or floor, a Confront match for a verdict on the number), or null. */
    Match find(Clause c, Context ctx) {
        if (ctx.clientAsked() || c.has(Cue.REFLECTION_STEM) || c.sentence.question() && wh.contains(c.word(c.lead))) return null;
        int number = -1;
        for (int i = c.lead; i < c.size() && number < 0; i++) {
            if (numbers.contains(c.word(i))) number = i;
        }
        if (number < 0 || !(inPlay(c.text) || rated(ctx))) return null;
        for (int i = Math.max(c.lead, number - NORM_REACH); i < number; i++) {
            String w = c.word(i);
            if (ctx.clientWords().contains(w) || negators.contains(c.word(i - 1)) || negators.contains(c.word(i - 2))) continue;
            // the norm must be on the number itself ("be a ten", "expect a ten", "at least an eight"), not a count
            // ("most people need three or four tries")
            if ((norms.contains(w) || wishes.contains(w) && !you.contains(c.word(i - 1))) && onTheNumber(c, number)) {
                return new Match(Cue.PERSUADE, i, number + 1);
            }
            if (floors.contains(w)) return new Match(Cue.PERSUADE, i, number + 1);
        }
        for (int i = number + 1; i < Math.min(c.size(), number + 1 + VERDICT_REACH); i++) {
            if (verdicts.contains(c.word(i)) && !ctx.clientWords().contains(c.word(i)) && judged(c, number, i)) {
                return new Match(Cue.CONFRONT, number, i + 1);
            }
        }
        return null;
    }

    /**
     * The turn names the ruler ("Zero to ten, how important is it? It should be a ten": the scale is asked in one
     * sentence and pushed in the next), by a cue word or two scale numbers.
     */
    private boolean inPlay(Text turn) {
        for (int i = 0; i < turn.words.size(); i++) {
            String w = turn.words.get(i);
            if (cues.contains(w)) return true;
            // "zero to ten", "1 to 10": the scale itself (two numbers alone are figures: "nine point one… under seven")
            if (numbers.contains(w) && i + 2 < turn.words.size() && turn.words.get(i + 1).equals("to") && numbers.contains(turn.words.get(i + 2))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The verdict word is said against the number: "too low", "not (good) enough", "the right answer" — but not "a good
     * honest answer", "there's no right answer" (autonomy) — a word of {@code [set:ruler_verdict_lead]} within the two
     * words before it and no negator before that lead; or "enough" with a negator in the three words before it ("isn't good
     * enough").
     */
    private boolean judged(Clause c, int number, int verdict) {
        // "isn't good enough", "not nearly enough": a negator within three words before "enough" judges the number
        if (c.word(verdict).equals("enough")) {
            for (int k = verdict - 1; k >= Math.max(number + 1, verdict - 3); k--) {
                if (negators.contains(c.word(k))) return true;
            }
        }
        for (int k = verdict - 1; k >= Math.max(number + 1, verdict - 2); k--) {
            String w = c.word(k);
            if (negators.contains(w)) return c.word(verdict).equals("enough");
            if (verdictLeads.contains(w)) return !negators.contains(c.word(k - 1));
        }
        return false;
    }

    /** The word before the number makes it a rating ("a ten", "an eight", "be ten", "at least ten"). */
    private boolean onTheNumber(Clause c, int number) {
        return ratingLeads.contains(c.word(number - 1));
    }

    /** The client's last turn gave a number on the scale ("Maybe a four."). */
    private boolean rated(Context ctx) {
        for (String w : ctx.clientWords()) {
            if (numbers.contains(w)) return true;
        }
        return false;
    }
}
