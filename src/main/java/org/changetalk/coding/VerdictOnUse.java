package org.changetalk.coding;

import java.util.Set;

/**
 * A verdict on the amount the client just reported: "I have six or seven beers a night." — "That's too much.", "No,
 * that's a problem.", "Okay, that's binge drinking." MISC codes it Confront (disapproving, criticizing), MITI Confront;
 * it carries no trigger word, only a judgement ({@code [set:verdict_word]}) with "that's/it's" as its subject right
 * after the client told how much or how often they use ({@code [set:status_target]} and a figure).
 *
 * <p>Not a question, an answer, a reflection opener or safer-use information; not a burden the client carries ("I work
 * sixty hours and look after my mum." — "That's too much for one person": no use word, or the sympathy "for …" after
 * the verdict); not the client's own verdict said back ("I know it's a problem." — "It's a problem."); not a verdict that
 * lowers ("that's not a problem").
 */
final class VerdictOnUse {
    /** The verdict must come within this many words of its subject ("that's way, way too much"). */
    private static final int WINDOW = 4;
    private final Set<String> subjects;
    private final Set<String> verdicts;
    private final Set<String> excess;
    private final Set<String> uses;
    private final Set<String> amounts;
    private final Set<String> leads;
    private final Set<String> negators;
    private final Set<String> sympathy;

    VerdictOnUse(Lexicon lexicon) {
        this.subjects = lexicon.set("verdict_subject");
        this.verdicts = lexicon.set("verdict_word");
        this.excess = lexicon.set("verdict_excess");
        this.uses = lexicon.set("status_target");
        this.amounts = lexicon.set("amount_word");
        this.leads = lexicon.set("verdict_lead");
        this.negators = lexicon.set("negator");
        this.sympathy = lexicon.set("verdict_sympathy");
    }

    /** The subject through the verdict word, or null. */
    Match find(Clause c, Context ctx) {
        int at = c.lead;
        while (at < c.size() - 1 && leads.contains(c.word(at))) at++; // "No, that's a problem", "Look, that's too much"
        if (!ctx.hasClient() || ctx.clientAsked() || c.sentence.question() || c.has(Cue.REFLECTION_STEM)
                || c.has(Cue.HARM_REDUCTION) || !subjects.contains(c.word(at)) || !reportedUse(ctx)) {
            return null;
        }
        for (int i = at + 1; i < Math.min(c.size(), at + 1 + WINDOW); i++) {
            String w = c.word(i);
            if (negators.contains(w) || i > at + 1 && c.breakBefore(i)) return null;
            // "too much", "too many": only after "too"; the rest ("a problem", "binge", "excessive") on their own
            boolean verdict = verdicts.contains(w) || excess.contains(w) && c.word(i - 1).equals("too");
            if (!verdict) continue;
            if (ctx.clientStems().contains(c.stem(i)) || sympathy.contains(c.word(i + 1)) || c.covered(Cue.SHIELD, i)) return null;
            return new Match(Cue.CONFRONT, at, i + 1);
        }
        return null;
    }

    /** The client's last turn told an amount of the behaviour: a use word and a figure ("six beers", "two packs a day"). */
    private boolean reportedUse(Context ctx) {
        boolean use = false, figure = false;
        for (String w : ctx.clientWords()) {
            use |= uses.contains(w);
            figure |= !w.isEmpty() && Character.isDigit(w.charAt(0)) || amounts.contains(w);
        }
        return use && figure;
    }
}
