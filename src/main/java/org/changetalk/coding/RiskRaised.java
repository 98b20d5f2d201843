package org.changetalk.coding;

import java.util.Set;

/**
 * A risk to the client that the client never named, raised unasked: "At these numbers you're at risk for a stroke",
 * "You're really lucky", "with the warfarin, if you fall and hit your head, that could be very serious". MISC codes
 * this Raise Concern or Warn without permission (MI-inconsistent), MITI Persuade: a one-sided fact offered to move
 * the client. The harm word ({@code [set:harm_word]}) must be the counselor's own — a risk the client voiced, said
 * back, is a reflection — and the sentence must be about the client (a "you" word or the client's own content word).
 * Never for safer-use information, reflections, questions, answers to the client's question or information given
 * with permission, statistics (a figure the client did not give), and not when the harm is denied ("it's not
 * dangerous", "no risk to the baby") or lowered.
 */
final class RiskRaised {
    private final Set<String> harmWords;
    private final Set<String> you;
    private final Set<String> negators;
    private final Set<String> lowering;
    private final Set<String> numberWords;
    private final Set<String> genericDeterminers;
    private final Set<String> deniers;

    RiskRaised(Lexicon lexicon) {
        this.harmWords = lexicon.set("harm_word");
        this.you = lexicon.set("you");
        this.negators = lexicon.set("strict_negator");
        this.lowering = lexicon.set("lowering_word");
        this.numberWords = lexicon.set("number_word");
        this.genericDeterminers = lexicon.set("generic_determiner");
        this.deniers = lexicon.set("risk_denier");
    }

    /** The harm word and a few words around it, or null. */
    Match find(Clause c, Context ctx, Echo echo) {
        if (!ctx.hasClient() || ctx.clientAsked() || ctx.permission() || c.sentence.question() || c.has(Cue.REFLECTION_STEM)
                || c.has(Cue.HARM_REDUCTION) || c.has(Cue.DOUBLE_SIDED) || c.has(Cue.SUMMARY)) {
            return null;
        }
        if (!addressesClient(c) && echo.shared() == 0 || hasFigures(c, ctx)) return null;
        for (int i = c.lead; i < c.size(); i++) {
            String w = c.word(i);
            if (!harmWords.contains(w) || ctx.clientStems().contains(Words.stem(w))) continue;
            if (denied(c, i) || c.covered(Cue.SHIELD, i) || !aimedAtClient(c, i)) continue;
            return new Match(Cue.WARNING, Math.max(c.lead, i - 3), Math.min(c.size(), i + 2));
        }
        return null;
    }

    /** "…raises your risk of a crash two to three times": a figure makes it a statistic, information. */
    private boolean hasFigures(Clause c, Context ctx) {
        for (int i = c.lead; i < c.size(); i++) {
            String w = c.word(i);
            if ((Character.isDigit(w.charAt(0)) || numberWords.contains(w)) && !ctx.clientWords().contains(w)) return true;
        }
        return false;
    }

    private boolean addressesClient(Clause c) {
        for (int i = c.lead; i < c.size(); i++) {
            if (you.contains(c.word(i))) return true;
        }
        return false;
    }

    /**
     * The client is the one at risk: a "you" word within the four words before the harm ("you're at risk", "puts you at
     * risk", "you're really lucky", "you could end up with a serious…"). A general fact ("combining them increases the
     * risk of…", "it lowers the risk of HIV") informs, and so does a lowered risk.
     */
    private boolean aimedAtClient(Clause c, int i) {
        if (genericDeterminers.contains(c.word(i - 1))) return false;
        for (int j = Math.max(c.lead, i - 4); j < Math.min(c.size(), i + 3); j++) {
            if (lowering.contains(c.word(j))) return false;
        }
        for (int j = Math.max(c.lead, i - 4); j < i; j++) {
            if (you.contains(c.word(j))) return true;
        }
        return false;
    }

    /** "It's not dangerous", "there's no risk": a negation within three words before reassures. */
    private boolean denied(Clause c, int i) {
        for (int j = Math.max(c.lead, i - 3); j < i; j++) {
            if (negators.contains(c.word(j)) || deniers.contains(c.word(j))) return true;
        }
        return false;
    }
}
