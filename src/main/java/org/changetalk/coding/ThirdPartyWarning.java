package org.changetalk.coding;

import java.util.Set;

/**
 * A warning told as what someone in the client's life, or an authority, will do: "Your wife isn't going to put up with
 * this forever", "The judge won't see it that way", "Your kids are going to figure it out sooner than you think", "He
 * won't stay fine with it for long". MISC: Warn (a threat of a negative consequence, here put in a third party's hands);
 * MITI 4.2.1: Persuade. Before, these read as reflections (they take up the person the client named) or as information.
 *
 * <p>The shape: a third party as the subject (a person of the client's life or an authority after "your", "the",
 * "his", "her" — {@code [set:third_party]} —, or "he", "she", "they" opening the sentence after the client named
 * someone), then a prediction ("will", "won't", "going to", "'ll") whose predicate is denied or is a reaction that costs
 * the client ({@code [set:third_party_reaction]}: notice, leave, find out, lose patience…). Not a question, not in a
 * reflection opener or with a word of the client's mind before it ("You're afraid your wife will leave"), not the
 * client's own prediction said back (their reaction word), not a hedge ("might", "could": a possibility is explored,
 * not foretold).
 */
final class ThirdPartyWarning {
    /** The subject must open the sentence: at most this many words before it ("And honestly, your wife…"). */
    private static final int SUBJECT_REACH = 3;
    /** Words between the subject and the prediction ("your boss probably will", "the court really isn't going to"). */
    private static final int MODAL_REACH = 3;
    private final Set<String> parties;
    private final Set<String> owners;
    private final Set<String> pronouns;
    private final Set<String> future;
    private final Set<String> reactions;
    private final Set<String> negators;
    private final Set<String> mind;
    private final Set<String> reassure;

    ThirdPartyWarning(Lexicon lexicon) {
        this.parties = lexicon.set("third_party");
        this.owners = lexicon.set("third_party_owner");
        this.pronouns = lexicon.set("third_party_pronoun");
        this.future = lexicon.set("third_party_future");
        this.reactions = lexicon.set("third_party_reaction");
        this.negators = lexicon.set("negator");
        this.mind = lexicon.set("cognitive_word");
        this.reassure = lexicon.set("third_party_reassure");
    }

    /** The prediction and what it foretells, or null. */
    Match find(Clause c, Context ctx) {
        if (!ctx.hasClient() || ctx.clientAsked() || c.sentence.question() || c.atStart(Cue.REFLECTION_STEM, 1) != null
                || c.has(Cue.HARM_REDUCTION)) {
            return null;
        }
        int subject = -1;
        for (int i = c.lead; i < Math.min(c.size() - 1, c.lead + SUBJECT_REACH + 1) && subject < 0; i++) {
            if (mind.contains(c.word(i))) return null;
            if (owners.contains(c.word(i)) && parties.contains(c.word(i + 1))) subject = i + 2;
            else if (i == c.lead && pronouns.contains(c.word(i)) && namedSomeone(ctx)) subject = i + 1;
            else if (i == c.lead && pronouns.contains(c.word(i).replace("'ll", "")) && c.word(i).endsWith("'ll") && namedSomeone(ctx)) subject = i;
        }
        if (subject < 0) return null;
        for (int i = subject; i < Math.min(c.size(), subject + MODAL_REACH); i++) {
            String w = c.word(i);
            if (mind.contains(w)) return null;
            boolean foretells = future.contains(w) || w.endsWith("'ll") || w.equals("going") && c.word(i + 1).equals("to");
            if (!foretells) continue;
            for (int j = i; j < c.size(); j++) {
                String p = c.word(j);
                if (negators.contains(p) || reactions.contains(p)) {
                    if (ctx.clientWords().contains(p) || ctx.clientStems().contains(c.stem(j))) return null;
                    // "Your mum won't find out", "The court won't see your notes": a denied reaction that spares the
                    // client reassures (confidentiality, what happens next), it does not warn
                    if (negators.contains(p) && deniedReassures(c, j)) return null;
                    return new Match(Cue.WARNING, subject - 1, j + 1);
                }
            }
            return null;
        }
        return null;
    }

    /** A reassuring verb within the two words after the negation ("won't find out", "isn't going to judge"). */
    private boolean deniedReassures(Clause c, int negation) {
        for (int k = negation + 1; k < Math.min(c.size(), negation + 4); k++) {
            if (reassure.contains(c.word(k))) return true;
        }
        return false;
    }

    /** The client's last turn named a person of their life or an authority, so "he", "she", "they" can be them. */
    private boolean namedSomeone(Context ctx) {
        for (String w : ctx.clientWords()) {
            if (parties.contains(w)) return true;
        }
        return false;
    }
}
