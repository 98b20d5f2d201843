package org.changetalk.coding;

import java.util.Set;

/**
 * Other people held up to the client as the example, with no trigger word (coder15, round 9). Both set the
 * counselor's view against the client's by pointing at people the client did not bring up:
 * <ul>
 *   <li>{@link #manage}: after the client said what they cannot do, others who manage it anyway ("I don't have time to
 *       cook." — "Plenty of people work long shifts and still manage a proper meal", "Your brother managed to quit with
 *       two kids at home"). MISC: Confront (disagreeing by comparison); MITI: Confront.</li>
 *   <li>{@link #fail}: people who do what the client plans, and how they end up ("I'll stop on my own." — "Most people
 *       who try to stop on their own are back at it within a month"), or, after the client turned a step down, how much
 *       better those who take it do ("People who go to a group are a lot more likely to stay off it"). MISC: warn;
 *       MITI: Persuade. Told unasked it
 *       argues; asked for ("Do most people go back to it?"), the same sentence informs.</li>
 * </ul>
 * Neither fires on a question, an answer to the client's question, a reflection opener, a double-sided statement,
 * safer-use information, others named by the client first ("My brother quit cold turkey." — "Your brother managed
 * it"), others who find it hard (normalising: "Lots of people find the evenings hardest",
 * {@code [set:others_difficulty]}), or a negated coping verb ("most people don't manage it at first").
 */
final class OthersAsExample {
    /** The people must be named within this many words of the sentence's start ("Honestly, plenty of other parents…"). */
    private static final int SUBJECT_WINDOW = 4;
    /** The coping verb or the outcome must follow the people within this many words. */
    private static final int VERB_WINDOW = 9;
    private final Set<String> quantifiers;
    private final Set<String> openQuantifiers;
    private final Set<String> people;
    private final Set<String> cope;
    private final Set<String> difficulty;
    private final Set<String> failure;
    private final Set<String> excuse;
    private final Set<String> negators;

    OthersAsExample(Lexicon lexicon) {
        this.quantifiers = lexicon.set("others_quantifier");
        this.openQuantifiers = lexicon.set("others_open_quantifier");
        this.people = lexicon.set("others_people");
        this.cope = lexicon.set("others_cope");
        this.difficulty = lexicon.set("others_difficulty");
        this.failure = lexicon.set("others_failure");
        this.excuse = lexicon.set("client_excuse");
        this.negators = lexicon.set("negator");
    }

    /** Others who manage what the client just said they cannot: the people through the coping verb, or null. */
    Match manage(Clause c, Context ctx) {
        // soft advice through others ("a lot of parents find a timer helps") is Persuade by its own rule
        if (!open(c, ctx) || !excused(ctx) || c.has(Cue.ADVICE_SOFT) || c.has(Cue.PERSUADE)) return null;
        int subject = subject(c, ctx, false);
        if (subject < 0) return null;
        for (int i = subject + 1; i < Math.min(c.size(), subject + VERB_WINDOW); i++) {
            String w = c.word(i);
            // "Lots of weeks you still manage…" is about the client, not others
            if (negators.contains(w) || difficulty.contains(w) || w.equals("you") || w.startsWith("you'")) return null;
            if (cope.contains(w) && !hardAfter(c, i)) return new Match(Cue.CONFRONT, subject, i + 1);
        }
        return null;
    }

    /** People who do what the client plans, and how they fail: the people through the outcome, or null. */
    Match fail(Clause c, Context ctx) {
        if (!open(c, ctx)) return null;
        int subject = subject(c, ctx, true);
        if (subject < 0) return null;
        boolean refused = excused(ctx);
        for (int i = subject + 2; i < Math.min(c.size(), subject + VERB_WINDOW + 3); i++) {
            String w = c.word(i);
            if (negators.contains(w) || difficulty.contains(w)) return null;
            // "People who go to a group are a lot more likely to stay off it", after "I'm not into the group thing" and
            // only then: the better outcome of a step the client just turned down argues for it
            boolean better = w.equals("likely") && refused && i > 0 && (c.word(i - 1).equals("more") || c.word(i - 1).equals("less"));
            if ((failure.contains(w) || better) && !ctx.clientWords().contains(w)) return new Match(Cue.WARNING, subject, i + 1);
        }
        return null;
    }

    private static boolean open(Clause c, Context ctx) {
        return ctx.hasClient() && !ctx.clientAsked() && !c.sentence.question() && !c.has(Cue.REFLECTION_STEM)
                && !c.has(Cue.DOUBLE_SIDED) && !c.has(Cue.HARM_REDUCTION) && !c.has(Cue.SUMMARY) && !c.has(Cue.AUTONOMY);
    }

    /** The client's last turn said what they cannot or will not do ("I don't have time", "I can't", "no way"). */
    private boolean excused(Context ctx) {
        for (String w : ctx.clientWords()) if (excuse.contains(w)) return true;
        return false;
    }

    /**
     * Where the people start: a quantifier and a word for people ("plenty of people", "other parents", "your brother"),
     * or a quantifier that is the people ("everybody", "others"); with {@code who}, only when "who/that" follows them
     * ("most people who…"). -1 when the sentence does not open on others, or the client named them first.
     */
    private int subject(Clause c, Context ctx, boolean who) {
        int end = Math.min(c.size() - 1, c.lead + SUBJECT_WINDOW);
        for (int i = c.lead; i < end; i++) {
            String w = c.word(i);
            if (w.equals("you") || w.startsWith("you'")) return -1;
            // "People who go to a group…", "Guys who stop on their own…": with "who", the bare plural is the people
            boolean bare = who && i == c.lead && people.contains(w);
            if (!quantifiers.contains(w) && !bare) continue;
            int noun = i;
            boolean open = openQuantifiers.contains(w);
            while (noun < Math.min(c.size(), i + 4) && !people(c.word(noun), open)) noun++;
            if (noun >= c.size() || !people(c.word(noun), open)) continue;
            if (ctx.clientWords().contains(c.word(noun))) return -1;
            if (who && !(noun + 1 < c.size() && (c.word(noun + 1).equals("who") || c.word(noun + 1).equals("that")))) return -1;
            return i;
        }
        return -1;
    }

    /**
     * A word for people: one of {@code [set:others_people]}, or after a quantifier that only counts
     * ({@code [set:others_open_quantifier]}: "plenty of nurses", "other drivers") any plural, since no list can hold
     * every trade.
     */
    private boolean people(String w, boolean open) {
        return people.contains(w) || open && w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.contains("'");
    }

    /** "find the first few months the hardest", "make it through the hard part": a difficulty after the verb normalises. */
    private boolean hardAfter(Clause c, int verb) {
        for (int i = verb + 1; i < c.size(); i++) if (difficulty.contains(c.word(i))) return true;
        return false;
    }
}
