package org.changetalk.coding;

import java.util.Set;

/**
 * Sarcasm: agreement said so that it means the opposite. "Sure, because chasing it has gone so well so far", "Right,
 * because that worked out great last time", "Oh well, as long as it's only in the car" (the client's own minimising
 * "only" handed back with a mock concession). MITI 4.2.1: Confront (sarcasm is named in its definition); read before as a
 * reflection or information. The shape: a mock agreement opening the sentence ({@code [set:irony_opener]}), then
 * "because" with praise ({@code [set:irony_praise]}: well, great, brilliant) the client did not give, or "as long as" with
 * the client's own minimiser ({@code [set:irony_minimiser]}: only, just). Not a question; "Right, because you didn't
 * want to upset her" (a reason, no praise) is a reflection and stays one.
 */
final class IronicPraise {
    /** The mock agreement is within the first two words; "because"/"as long as" within three after it. */
    private static final int OPENER_REACH = 2, LINK_REACH = 3;
    private final Set<String> openers;
    private final Set<String> praise;
    private final Set<String> minimisers;

    IronicPraise(Lexicon lexicon) {
        this.openers = lexicon.set("irony_opener");
        this.praise = lexicon.set("irony_praise");
        this.minimisers = lexicon.set("irony_minimiser");
    }

    /** The sarcastic words, or null. */
    Match find(Clause c, Context ctx) {
        if (!ctx.hasClient() || ctx.clientAsked() || c.sentence.question()) return null;
        int opener = -1;
        // from the clause's first word: "right", "sure", "oh well" are often read as lead-ins before c.lead
        for (int i = 0; i < Math.min(c.size(), c.lead + OPENER_REACH); i++) {
            if (openers.contains(c.word(i))) opener = i;
        }
        if (opener < 0) return null;
        for (int i = opener + 1; i < Math.min(c.size(), opener + 1 + LINK_REACH); i++) {
            if (c.word(i).equals("because")) {
                for (int j = i + 1; j < c.size(); j++) {
                    if (praise.contains(c.word(j)) && !ctx.clientWords().contains(c.word(j))) return new Match(Cue.CONFRONT, opener, j + 1);
                }
                return null;
            }
            if (c.word(i).equals("as") && c.word(i + 1).equals("long") && c.word(i + 2).equals("as")) {
                for (int j = i + 3; j < c.size(); j++) {
                    if (minimisers.contains(c.word(j)) && ctx.clientWords().contains(c.word(j))) return new Match(Cue.CONFRONT, opener, j + 1);
                }
                return null;
            }
        }
        return null;
    }
}
