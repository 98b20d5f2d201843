package org.changetalk.coding;

import java.util.Set;

/**
 * The client's own word made the subject of a negated claim about adequacy or identity: "Safer isn't the same as
 * safe", "Your lawyer's not a counselor", "Fridays isn't enough", "The excitement isn't worth the debt". The
 * counselor takes the client's term and denies what the client claimed for it — a correction (Confront) with no
 * trigger word. The predicate must judge ({@code [set:claim_predicate]}: enough, the same, worth, a/an + noun…), so
 * "the meds aren't working for you" (a reflection of the client's complaint) is left alone; so are reflections,
 * questions, answers to the client's question, safer-use information, and the client's self-criticism
 * ("four days isn't nothing" reassures).
 */
final class DeniedClaim {
    private final Set<String> stop;
    private final Set<String> pronouns;
    private final Set<String> you;
    private final Set<String> self;
    private final Set<String> selfCritical;
    private final Set<String> negatedCopula;
    private final Set<String> claimPredicates;
    private final Set<String> intensifiers;
    private final Set<String> copula;
    private final Set<String> reframeOpeners;
    private final Set<String> theOne;
    private final Set<String> viewpoint;
    private final Set<String> reassuring;
    private static final String NOT = "not";

    DeniedClaim(Lexicon lexicon) {
        this.stop = lexicon.set("stop");
        this.pronouns = lexicon.set("pronoun");
        this.you = lexicon.set("you");
        this.self = lexicon.set("self");
        this.selfCritical = lexicon.set("self_critical");
        this.negatedCopula = lexicon.set("negated_copula");
        this.claimPredicates = lexicon.set("claim_predicate");
        this.intensifiers = lexicon.set("predicate_intensifier");
        this.copula = lexicon.set("copula");
        this.reframeOpeners = lexicon.set("reframe_opener");
        this.theOne = lexicon.set("the_one");
        this.viewpoint = lexicon.set("viewpoint");
        this.reassuring = lexicon.set("reassuring_predicate");
    }

    /** The words from the client's term to the end of the denial, or null. */
    Match find(Clause c, Context ctx) {
        if (!ctx.hasClient() || ctx.clientAsked() || c.sentence.question() || c.has(Cue.REFLECTION_STEM)
                || c.has(Cue.DOUBLE_SIDED) || c.has(Cue.SUMMARY) || c.has(Cue.HARM_REDUCTION)) {
            return null;
        }
        for (int k = c.lead + 1; k < c.size() - 1; k++) {
            int after = negationEnd(c, k);
            // "Groups aren't for me." — "Groups aren't your thing": the client's own denial, said back, reflects
            if (after < 0 || ctx.clientWords().contains(c.word(k))) continue;
            int subject = clientSubject(c, ctx, k);
            if (subject < 0) continue;
            String predicate = intensifiers.contains(c.word(after)) ? c.word(after + 1) : c.word(after);
            if (!claimPredicates.contains(predicate) || judgesSelf(c, after) || sidesWithClient(c, after)) continue;
            return new Match(Cue.CONFRONT, subject, Math.min(c.size(), after + 3));
        }
        return null;
    }

    /** Index of the word after a negated copula at {@code k} ("isn't", "'s not", "is not"), or -1. */
    private int negationEnd(Clause c, int k) {
        String w = c.word(k);
        if (negatedCopula.contains(w)) return k + 1;
        if (w.equals(NOT) && (c.word(k - 1).endsWith("'s") || copula.contains(c.word(k - 1)))) {
            return k + 1;
        }
        return -1;
    }

    /**
     * The subject's content word right before the negation, one the client used (and did not negate); not a pronoun,
     * not the client addressed ("you're not…" is a different act). -1 when there is none.
     */
    private int clientSubject(Clause c, Context ctx, int k) {
        for (int i = k - 1; i >= c.lead && i >= k - 4; i--) {
            if (i < k - 1 && c.breakBefore(i + 1)) break;
            String w = c.word(i);
            if (w.endsWith("'s") && i == k - 1 && c.word(k).equals(NOT)) w = w.substring(0, w.length() - 2);
            if (copula.contains(w)) continue;
            if (you.contains(w) || self.contains(w) || pronouns.contains(w)) return -1;
            if (stop.contains(w) || w.isEmpty() || !Character.isLetter(w.charAt(0))) continue;
            String stem = Words.stem(w);
            if (ctx.clientStems().contains(stem) && !ctx.negatedStems().contains(stem) && !selfCritical.contains(w)) return i;
        }
        return -1;
    }

    /**
     * "Wine isn't a problem for you", "your sister isn't the one living it", "falling asleep isn't the problem, it's
     * the three a.m. part": the client's view said for them, or the problem relocated as they located it.
     */
    private boolean sidesWithClient(Clause c, int after) {
        for (int i = after + 1; i < c.size() - 1; i++) {
            if (c.breakBefore(i) && (reframeOpeners.contains(c.word(i)) || c.word(i).equals("it") && copula.contains(c.word(i + 1)))) return true;
        }
        if (c.word(after).equals("the") && theOne.contains(c.word(after + 1))) return true;
        for (int i = after; i < Math.min(c.size() - 1, after + 5); i++) {
            // "…for you", "…to them": the judgement is placed in the client's eyes
            if (viewpoint.contains(c.word(i)) && (you.contains(c.word(i + 1)) || c.word(i + 1).equals("them"))) return true;
        }
        return false;
    }

    /** "…isn't nothing", "…isn't a failure": disagreeing with the client's judgement of themself reassures. */
    private boolean judgesSelf(Clause c, int after) {
        for (int i = after; i < Math.min(c.size(), after + 3); i++) {
            if (selfCritical.contains(c.word(i)) || reassuring.contains(c.word(i))) return true;
        }
        return false;
    }
}
