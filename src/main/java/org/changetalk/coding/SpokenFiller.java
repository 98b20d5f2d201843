package org.changetalk.coding;

import java.util.Set;

/**
 * "You know" and "I mean" as the padding of speech rather than as words about the client or the counselor (issue 9,
 * family 2: in transcribed sessions they open and pepper every kind of sentence). "You know they work better with
 * the gum" informs: its "you" is not the client, so it is not a statement about them; "I mean that's the whole
 * reason" is not the counselor talking about themself. Filler when a break or the sentence's end follows the pair,
 * or when the pair is followed by the start of a clause of its own ({@code [set:spoken_filler_next]}: "they", "the",
 * "it's", "most"…) — never before "you", "what" or "how", where "you know what you want" means it.
 */
final class SpokenFiller {
    private final Set<String> next;

    SpokenFiller(Lexicon lexicon) {
        this.next = lexicon.set("spoken_filler_next");
    }

    /** Word {@code i} of the clause starts a filler "you know" or "I mean". */
    boolean at(Clause c, int i) {
        String w = c.word(i), w2 = c.word(i + 1);
        if (!(w.equals("you") && w2.equals("know") || w.equals("i") && w2.equals("mean"))) return false;
        if (i + 2 >= c.size() || c.breakBefore(i + 2)) return true;
        return (i <= c.lead || c.breakBefore(i)) && next.contains(c.word(i + 2));
    }
}
