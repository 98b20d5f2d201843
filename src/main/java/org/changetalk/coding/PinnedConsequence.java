package org.changetalk.coding;

import java.util.Set;

/**
 * A setback the client told, handed back as the consequence of what they did: "Well, that's what happens when you drive
 * after drinking", "That's the price of mixing pills and alcohol", "That's what the drinking does to relationships",
 * "You brought that on yourself", "Missing training will do that". MITI 4.2.1: Confront (it blames; the client's
 * experience is turned into a lesson); MISC: Confront. Before, read as a reflection (it takes up the client's words) or
 * information.
 *
 * <p>Four shapes, each from a word set: a pointer and "what happens when/if you" with an act, not a state ("that's what
 * happens when you're exhausted" normalises and is left alone); a pointer and a cost noun ({@code [set:consequence_noun]}:
 * price, result, consequence) with "of"; a pointer, "what", a subject and "does to"; an act of the client's ("-ing", in
 * their words) that "will do that"; an act done "on"/"to yourself". Not a question, not in a reflection opener, not
 * when the client blamed themself first ("I did this to myself" said back is theirs), not safer-use information.
 */
final class PinnedConsequence {
    private final Set<String> pointers;
    private final Set<String> costs;
    private final Set<String> happen;
    private final Set<String> states;
    private final Set<String> yourself;
    private final Set<String> doing;
    private final Set<String> you;

    PinnedConsequence(Lexicon lexicon) {
        this.pointers = lexicon.set("consequence_pointer");
        this.costs = lexicon.set("consequence_noun");
        this.happen = lexicon.set("consequence_happen");
        this.states = lexicon.set("consequence_state");
        this.yourself = lexicon.set("consequence_yourself");
        this.doing = lexicon.set("consequence_do");
        this.you = lexicon.set("you");
    }

    /** The words that pin the consequence on the client, or null. */
    Match find(Clause c, Context ctx) {
        if (!ctx.hasClient() || ctx.clientAsked() || c.sentence.question() || c.has(Cue.REFLECTION_STEM) || c.has(Cue.HARM_REDUCTION)) return null;
        for (String w : ctx.clientWords()) {
            if (yourself.contains(w)) return null; // the client blamed themself: saying it back is theirs
        }
        int at = c.lead;
        while (at < c.size() - 1 && (c.word(at).equals("well") || c.word(at).equals("and") || c.word(at).equals("but")
                || !Character.isLetterOrDigit(c.word(at).charAt(0)))) {
            at++;
        }
        Match m;
        if (pointers.contains(c.word(at)) && (m = pointed(c, at)) != null) return m;
        for (int i = at + 2; i < c.size() - 1; i++) {
            // "…brought that on yourself", "…did this to yourself", "you've done it to yourself"
            boolean object = pointers.contains(c.word(i - 1)) || c.word(i - 1).equals("it");
            if (object && (c.word(i).equals("on") || c.word(i).equals("to")) && yourself.contains(c.word(i + 1))) {
                return new Match(Cue.CONFRONT, Math.max(at, i - 2), i + 2);
            }
        }
        // "Missing training will do that": the client's act, in their words, ending "will do that"
        int n = c.size();
        while (n > at && !Character.isLetterOrDigit(c.word(n - 1).charAt(0))) n--;
        if (n - at >= 4 && c.word(n - 1).equals("that") && c.word(n - 2).equals("do") && doing.contains(c.word(n - 3))) {
            for (int i = at; i < n - 3; i++) {
                if (c.word(i).endsWith("ing") && ctx.clientStems().contains(c.stem(i))) return new Match(Cue.CONFRONT, i, n);
            }
        }
        return null;
    }

    /** After "that's": "what happens when you + act", "the price of", "what X does to". */
    private Match pointed(Clause c, int at) {
        int i = at + 1;
        if (c.word(i).equals("is") || c.word(i).equals("was")) i++;
        if (c.word(i).equals("just") || c.word(i).equals("exactly")) i++;
        if (c.word(i).equals("the") && costs.contains(c.word(i + 1)) && (c.word(i + 2).equals("of") || c.word(i + 2).equals("for"))) {
            return new Match(Cue.CONFRONT, at, i + 3);
        }
        // "That's on you.": the whole sentence hands the blame over
        if (c.word(i).equals("on") && you.contains(c.word(i + 1)) && !Character.isLetterOrDigit((c.word(i + 2) + ".").charAt(0))) {
            return new Match(Cue.CONFRONT, at, i + 2);
        }
        if (!c.word(i).equals("what")) return null;
        if (happen.contains(c.word(i + 1)) && (c.word(i + 2).equals("when") || c.word(i + 2).equals("if"))) {
            String subject = c.word(i + 3);
            String verb = c.word(i + 4);
            if (!you.contains(subject) || subject.equals("you're") || states.contains(verb)) return null;
            return new Match(Cue.CONFRONT, at, Math.min(c.size(), i + 5));
        }
        for (int j = i + 2; j < Math.min(c.size() - 1, i + 5); j++) {
            if ((c.word(j).equals("does") || c.word(j).equals("did")) && c.word(j + 1).equals("to")) return new Match(Cue.CONFRONT, at, j + 2);
        }
        return null;
    }
}
