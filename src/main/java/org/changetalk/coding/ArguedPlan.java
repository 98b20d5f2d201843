package org.changetalk.coding;

import java.util.Set;

/**
 * The counselor arguing with what the client said or plans, with no trigger word: the client's claim named and then
 * overruled after "but" ("You say it helps you unwind, but really it's just numbing you", "You call it company, but
 * those machines aren't your friends", "You say the smoke break is your only rest, but you could rest without a
 * cigarette"), or its worth denied ("Loving your work isn't worth risking your recovery", "A breakup is hard, but it's
 * no reason to throw away your recovery", "Cutting back never really works for people in your position"). MITI 4.2.1:
 * Confront (disagreeing, arguing); the client's plan dismissed is MISC Confront too. Before, the "you say…" half made
 * these reflections.
 *
 * <p>Not a double-sided reflection: when the part after "but" is the client's other side ("…, but you've also noticed
 * the mornings", "…, but part of you worries") it is left alone; only "you could/can/should/just…" after "but" (an
 * alternative pressed) or a statement about the world that denies or belittles ({@code [set:argue_dismiss]}, a
 * negator) overrules. Not a question, not in a reflection opener that guesses ("it sounds like"), not the client's
 * own "not worth it" said back, not after the client asked.
 */
final class ArguedPlan {
    /** The claim verb comes within this many words of the start ("So you keep saying…", "Now, you tell yourself…"). */
    private static final int CLAIM_REACH = 3;
    private final Set<String> claims;
    private final Set<String> pressing;
    private final Set<String> dismiss;
    private final Set<String> worth;
    private final Set<String> efficacy;
    private final Set<String> generic;
    private final Set<String> negators;
    private final Set<String> you;
    private final Set<String> guesses;
    private final Set<String> spare;

    ArguedPlan(Lexicon lexicon) {
        this.claims = lexicon.set("argue_claim_verb");
        this.pressing = lexicon.set("argue_pressing");
        this.dismiss = lexicon.set("argue_dismiss");
        this.worth = lexicon.set("argue_worth");
        this.efficacy = lexicon.set("argue_efficacy");
        this.generic = lexicon.set("argue_generic");
        this.negators = lexicon.set("negator");
        this.you = lexicon.set("you");
        this.guesses = lexicon.set("stance_guess");
        this.spare = lexicon.set("argue_spare");
    }

    /**
     * The overruling words, or null: a Confront match when the client's claim is overruled (disagreeing), a Persuade
     * match when the worth of what they do is denied (an argument for change: "it isn't worth your recovery").
     */
    Match find(Clause c, Context ctx) {
        if (!ctx.hasClient() || ctx.clientAsked() || c.sentence.question() || c.has(Cue.DOUBLE_SIDED) || c.has(Cue.HARM_REDUCTION)) return null;
        for (int i = c.lead; i < c.size(); i++) {
            if (guesses.contains(c.word(i))) return null;
        }
        Match m = overruled(c, ctx);
        return m != null ? m : denied(c, ctx);
    }

    /** "You say X, but Y": Y presses an alternative or denies, and is not the client's other side. */
    private Match overruled(Clause c, Context ctx) {
        int claim = -1;
        for (int i = c.lead; i < Math.min(c.size() - 1, c.lead + CLAIM_REACH + 1) && claim < 0; i++) {
            if (you.contains(c.word(i)) && claims.contains(c.word(i + 1))) claim = i;
        }
        if (claim < 0) return null;
        int but = -1;
        for (int i = claim + 2; i < c.size() - 1 && but < 0; i++) {
            if (c.word(i).equals("but")) but = i;
        }
        if (but < 0) return null;
        int at = but + 1;
        if (you.contains(c.word(at))) {
            // "…, but you could rest without one": an alternative pressed; "…, but you've also noticed…": their other side
            return pressing.contains(c.word(at + 1)) ? new Match(Cue.CONFRONT, but, Math.min(c.size(), at + 3)) : null;
        }
        for (int i = at; i < c.size(); i++) {
            String w = c.word(i);
            if ((dismiss.contains(w) || negators.contains(w)) && !ctx.clientWords().contains(w)) return new Match(Cue.CONFRONT, but, i + 1);
        }
        return null;
    }

    /**
     * "X isn't worth Y", "it's no reason to…", "X never really works for people like you": the worth or use of what the
     * client does or plans denied, in words the client did not use.
     */
    private Match denied(Clause c, Context ctx) {
        for (int i = c.lead + 1; i < c.size(); i++) {
            String w = c.word(i);
            if (ctx.clientWords().contains(w) || ctx.clientStems().contains(c.stem(i))) continue;
            // "isn't worth", "is no reason", "no job is worth", "no card game is worth" (a subject opened by "no")
            boolean negated = negators.contains(c.word(i - 1)) || negators.contains(c.word(i - 2)) && !you.contains(c.word(i - 1))
                    || i - 3 >= c.lead && negators.contains(c.word(i - 3)) && !you.contains(c.word(i - 1)) && !you.contains(c.word(i - 2))
                    || i - c.lead <= 4 && c.word(c.lead).equals("no");
            // "There's no reason to rush", "It's not worth worrying about": reassurance, not a verdict on the client's plan
            if (worth.contains(w) && negated && !you.contains(c.word(i + 1)) && !spares(c, i) && !c.covered(Cue.SHIELD, i)
                    && !toTheClient(c, i + 1)) {
                return new Match(Cue.PERSUADE, Math.max(c.lead, i - 2), i + 1);
            }
            // "Cutting back never really works for people in your position": a plan declared useless for people like the client
            if (efficacy.contains(w) && negated && (forPeopleLikeYou(c, i + 1) || clientsPlan(c, ctx))) {
                return new Match(Cue.CONFRONT, Math.max(c.lead, i - 2), Math.min(c.size(), i + 1));
            }
        }
        return null;
    }

    /** "There's no…", or a worry word within two words after "worth"/"reason" ([set:argue_spare]). */
    private boolean spares(Clause c, int i) {
        if (c.word(c.lead).equals("there's") || c.word(c.lead).equals("there")) return true;
        return spare.contains(c.word(i + 1)) || spare.contains(c.word(i + 2)) || spare.contains(c.word(i + 3));
    }

    /** The sentence opens with the client's own plan ("Self-exclusion on its own won't hold you"): its first word is theirs. */
    private static boolean clientsPlan(Clause c, Context ctx) {
        String w = c.word(c.lead);
        return w.length() > 3 && ctx.clientStems().contains(c.stem(c.lead));
    }

    /** "…not worth it to you", "…for you": the client's own valuation said back, a reflection. */
    private boolean toTheClient(Clause c, int from) {
        for (int i = from; i < Math.min(c.size() - 1, from + 3); i++) {
            if ((c.word(i).equals("to") || c.word(i).equals("for")) && you.contains(c.word(i + 1))) return true;
        }
        return false;
    }

    /** "for people like you", "for someone in your position", "for people your age" after the verb. */
    private boolean forPeopleLikeYou(Clause c, int from) {
        if (!c.word(from).equals("for") || !generic.contains(c.word(from + 1))) return false;
        for (int i = from + 2; i < Math.min(c.size(), from + 5); i++) {
            if (you.contains(c.word(i))) return true;
        }
        return false;
    }
}
