package org.changetalk.coding;

import java.util.Set;

/**
 * The counselor says what they would do in the client's place: "I'd sign him back up", "Honestly, I'd set up a
 * schedule", "I would seriously think about cutting back". MISC codes it Advise (MITI: Persuade, or Persuade with
 * Permission when asked): the step is the counselor's, offered as their own choice, with no trigger word.
 * The "I'd" opens the sentence (after a few lead words, {@code [set:would_lead]}), then optional adverbs
 * ({@code [set:would_adverb]}) and a verb of action ({@code [set:imperative_verb]}, or "think about"). Not "I'd call
 * that progress", "I'd get that", "I'd check in with you" ({@code [set:would_not_object]} after the verb: the
 * counselor's own judgement or act), not "I'd like/love/say/guess/be…" (no verb of action), not a question, and not
 * a step made mostly of the client's own words (their plan, agreed with).
 */
final class InTheirShoes {
    private static final String I = "i", WOULD = "would", ID = "i'd", THINK = "think", ABOUT = "about";
    private final Set<String> lead;
    private final Set<String> adverbs;
    private final Set<String> verbs;
    private final Set<String> notObject;
    private final Set<String> stop;

    InTheirShoes(Lexicon lexicon) {
        this.lead = lexicon.set("would_lead");
        this.adverbs = lexicon.set("would_adverb");
        this.verbs = lexicon.set("imperative_verb");
        this.notObject = lexicon.set("would_not_object");
        this.stop = lexicon.set("stop");
    }

    /** The "I'd … verb" words, or null. */
    Match find(Clause c, Context ctx) {
        if (c.sentence.question() || !ctx.hasClient()) return null;
        int i = c.lead;
        while (i < c.size() - 2 && lead.contains(c.word(i))) i++;
        int v;
        if (c.word(i).equals(ID)) v = i + 1;
        else if (c.word(i).equals(I) && c.word(i + 1).equals(WOULD)) v = i + 2;
        else return null;
        while (v < c.size() - 1 && adverbs.contains(c.word(v))) v++;
        String verb = c.word(v);
        String next = c.word(v + 1);
        boolean acts = verbs.contains(verb) || verb.equals(THINK) && next.equals(ABOUT);
        if (!acts || next.isEmpty() || notObject.contains(next) || c.covered(Cue.SHIELD, v)) return null;
        // "I'd cut back to weekends too", after the client proposed weekends: their plan, agreed with
        if (c.mostlyClientWords(v, stop, ctx.clientStems())) return null;
        return new Match(Cue.PERSUADE, i, Math.min(c.size(), v + 2));
    }
}
