package org.changetalk.coding;

import java.util.Set;

/**
 * The counselor's own view set against the client's with a closing "though" or a "…, not better" correction:
 * "Weekend drinking still counts, though.", "you can't wait till you're back up though", "There's never going to be a
 * perfect time, though.", "But the anxiety is probably worse because of the weed, not better." A disagreement with no
 * trigger word (MITI Confront: disagreeing, correcting). The "though" sentence must deny or insist (a negator, or
 * "still"), so "four days is something though" (an affirmation) and "You might see it differently though" (a nod to the
 * client's choice) are left alone; so are the counselor's words about themself ("I don't want to push, though"),
 * reassurance against the client's self-criticism ("It's not your fault, though"), reflections, questions, answers to
 * the client's question, safer-use information and the client's own words said back.
 */
final class CounterClaim {
    private final Set<String> negators;
    private final Set<String> self;
    private final Set<String> you;
    private final Set<String> selfCritical;
    private final Set<String> reassuring;
    private final Set<String> insist;
    private final Set<String> after;
    private final Set<String> contrast;

    CounterClaim(Lexicon lexicon) {
        this.negators = lexicon.set("strict_negator");
        this.self = lexicon.set("self");
        this.you = lexicon.set("you");
        this.selfCritical = lexicon.set("self_critical");
        this.reassuring = lexicon.set("counter_claim_exempt");
        this.insist = lexicon.set("counter_claim_insist");
        this.after = lexicon.set("counter_claim_correction");
        this.contrast = lexicon.set("contrast_word");
    }

    /** The closing "though" (or the "not …" correction) and the words before it, or null. */
    Match find(Clause c, Context ctx, Echo echo) {
        int n = c.size();
        if (!ctx.hasClient() || ctx.clientAsked() || c.sentence.question() || n - c.lead < 3 || c.has(Cue.REFLECTION_STEM)
                || c.has(Cue.DOUBLE_SIDED) || c.has(Cue.SUMMARY) || c.has(Cue.HARM_REDUCTION) || c.has(Cue.AUTONOMY)
                || c.has(Cue.AFFIRM) || self.contains(c.word(c.lead))) {
            return null;
        }
        if (c.word(n - 1).equals("though")) {
            // "You haven't given up, though": about the client it tells back (often a strength); said back, it reflects
            if (you.contains(c.word(c.lead)) || echo.ratio() >= 0.5) return null;
            int denial = -1;
            for (int i = c.lead; i < n - 1; i++) {
                String w = c.word(i);
                if (negators.contains(w) || insist.contains(w)) denial = i;
                if (selfCritical.contains(w) || reassuring.contains(w)) return null;
            }
            return denial < 0 || c.covered(Cue.SHIELD, denial) ? null : new Match(Cue.CONFRONT, Math.max(c.lead, denial - 2), n);
        }
        // "But the anxiety is probably worse because of the weed, not better.": the client's view named and reversed,
        // in a sentence that opens by turning against it (the client's words are its matter, so no echo test)
        if (n - c.lead >= 6 && (contrast.contains(c.word(0)) || contrast.contains(c.word(c.lead))) && c.word(n - 2).equals("not") && after.contains(c.word(n - 1))
                && c.breakBefore(n - 2)) {
            return new Match(Cue.CONFRONT, n - 2, n);
        }
        return null;
    }
}
