package org.changetalk.coding;

import java.util.Set;

/**
 * Moralising with no trigger word (coder17, round 10): the counselor tells the client what a good person in their role
 * does, or what their dependants are owed — "A good mom wouldn't be high with the kids in the house", "A real father
 * puts his kids before the bar", "Children deserve a parent who is present", "Family should come first". MITI 4.2.1
 * lists moralising under Confront: it judges the client by a standard they did not bring up, however general it sounds.
 *
 * <p>Two shapes, both opening the sentence (within {@link #SUBJECT_WINDOW} words after the lead-in):
 * <ul>
 *   <li>a role with a word of moral quality ({@code [set:moral_quality]} then {@code [set:moral_role]}: "a good mom",
 *       "responsible parents"), whatever it is said to do;</li>
 *   <li>the client's dependants ({@code [set:moral_dependent]}: kids, family) as the subject of what they are owed
 *       ({@code [set:moral_claim]}: "deserve", "come first").</li>
 * </ul>
 * Not a question (leading questions have their own rule), not a reflection opener or a value said back ("Being a good
 * dad matters to you", "You want to be a good mom": the client is the subject), not when the client used the claim's
 * word ("My kids deserve better than me." — "Your kids deserve better, and you want to give them that"), and not a
 * sentence that is mostly the client's words.
 */
final class MoralClaim {
    /** The role or dependants must be named this close to the start ("Honestly, a good parent…", "And kids deserve…"). */
    private static final int SUBJECT_WINDOW = 4;
    /** The claim must follow the dependants within this many words ("kids at that age really deserve…"). */
    private static final int CLAIM_WINDOW = 5;
    private final Set<String> quality;
    private final Set<String> roles;
    private final Set<String> dependants;
    private final Set<String> claims;
    private final Set<String> you;

    MoralClaim(Lexicon lexicon) {
        this.quality = lexicon.set("moral_quality");
        this.roles = lexicon.set("moral_role");
        this.dependants = lexicon.set("moral_dependent");
        this.claims = lexicon.set("moral_claim");
        this.you = lexicon.set("you");
    }

    /** The moral subject through its role or claim, or null. */
    Match find(Clause c, Context ctx, Echo echo) {
        if (!ctx.hasClient() || ctx.clientAsked() || c.sentence.question() || c.has(Cue.REFLECTION_STEM) || c.has(Cue.VALUE)
                || c.has(Cue.DOUBLE_SIDED) || echo.ratio() >= 0.5) {
            return null;
        }
        int end = Math.min(c.size(), c.lead + SUBJECT_WINDOW);
        for (int i = c.lead; i < end; i++) {
            String w = c.word(i);
            // "You want to be a good mom", "you're a good dad": the client is the subject, not a standard held up
            if (you.contains(w) && !w.equals("your")) return null;
            if (quality.contains(w) && i + 1 < c.size() && roles.contains(c.word(i + 1))) {
                return new Match(Cue.CONFRONT, i, i + 2);
            }
            if (dependants.contains(w)) {
                for (int j = i + 1; j < Math.min(c.size(), i + 1 + CLAIM_WINDOW); j++) {
                    if (c.breakBefore(j)) break;
                    String v = c.word(j);
                    if (claims.contains(v)) {
                        if (ctx.clientStems().contains(c.stem(j)) || c.covered(Cue.SHIELD, j) || forYou(c, j + 1)) return null;
                        return new Match(Cue.CONFRONT, i, j + 1);
                    }
                }
            }
        }
        return null;
    }

    /** "The kids come first for you", "family matters to you": what the client holds, said back. */
    private static boolean forYou(Clause c, int from) {
        for (int i = from; i + 1 < c.size(); i++) {
            if ((c.word(i).equals("for") || c.word(i).equals("to")) && c.word(i + 1).equals("you")) return true;
        }
        return false;
    }
}
