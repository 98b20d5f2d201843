package org.changetalk.coding;

import java.util.Set;

/**
 * A question whose expected answer is a verdict on the client, asked to make a point rather than to learn anything:
 * MITI 4.2.1 codes it Confront (a question can confront as well as a statement), MISC Confront. Found by its shape, not
 * by trigger phrases (round 11 and issue 9: "confrontation with no trigger word, above all in question form, was missed
 * 5 times in 6"). Four shapes, each from its own word set in {@code lexicon-reaction.txt}:
 * <ol>
 *   <li>the outcome the client should have expected: a wh-question, a past "did/were you" and a verb of expecting, and
 *       "happen" ("What did you think was going to happen at a stag party?", "What were you expecting would happen?");</li>
 *   <li>"why would/should you" and a verb that is not a reason-seeking one ("Why would you care what he thinks?",
 *       "Why should you get a pass?") — "Why would you want to cut down?" evokes change talk and stays a question;</li>
 *   <li>doubt put inside a yes/no question: an auxiliary, its subject and a doubting adverb ("Does it really help when
 *       you need another an hour later?", "Are you honestly fine with that?");</li>
 *   <li>the client's claim handed back as a bare question with "though" ("Is she, though?", "Does it, though?").</li>
 * </ol>
 * Never when the client asked a question (the counselor is answering), never in the client's own words of doubt ("do I
 * really need it?" said back), and never a question opened by a reflection stem or a permission ask (tried earlier).
 */
final class ChallengingQuestion {
    /** Shape 4: "Is she, though?" has at most this many words before "though". */
    private static final int SHORT_ECHO = 4;
    private final Set<String> wh;
    private final Set<String> aux;
    private final Set<String> pastAux;
    private final Set<String> expectVerbs;
    private final Set<String> outcomeVerbs;
    private final Set<String> whyModals;
    private final Set<String> evokingVerbs;
    private final Set<String> doubtAdverbs;
    private final Set<String> subjects;
    private final Set<String> tags;
    private final Set<String> stop;

    ChallengingQuestion(Lexicon lexicon) {
        this.wh = lexicon.set("wh");
        this.aux = lexicon.set("aux");
        this.pastAux = lexicon.set("challenge_past_aux");
        this.expectVerbs = lexicon.set("challenge_expect_verb");
        this.outcomeVerbs = lexicon.set("challenge_outcome_verb");
        this.whyModals = lexicon.set("challenge_why_modal");
        this.evokingVerbs = lexicon.set("challenge_evoking_verb");
        this.doubtAdverbs = lexicon.set("challenge_doubt_adverb");
        this.subjects = lexicon.set("challenge_subject");
        this.tags = lexicon.set("challenge_tag");
        this.stop = lexicon.set("stop");
    }

    /** The words that make the question a challenge, or null. */
    Match find(Clause c, Context ctx) {
        if (!c.sentence.question() || ctx.clientAsked() || c.atStart(Cue.REFLECTION_STEM, 1) != null || c.has(Cue.PERMISSION_ASK)) return null;
        int at = c.lead;
        while (at < c.size() - 1 && (c.word(at).equals("and") || c.word(at).equals("so") || c.word(at).equals("but")
                || c.word(at).equals("well") || !Character.isLetterOrDigit(c.word(at).charAt(0)))) {
            at++;
        }
        Match m;
        if ((m = expectedOutcome(c, at)) != null) return m;
        if ((m = whyModal(c, at)) != null) return m;
        if ((m = doubtInside(c, ctx, at)) != null) return m;
        return thoughTag(c, at);
    }

    /** "What did you think was going to happen…": wh, a past auxiliary, "you", a verb of expecting, later "happen". */
    private Match expectedOutcome(Clause c, int at) {
        if (!wh.contains(c.word(at)) || !pastAux.contains(c.word(at + 1)) || !c.word(at + 2).equals("you")
                || !expectVerbs.contains(c.word(at + 3))) {
            return null;
        }
        for (int i = at + 4; i < c.size(); i++) {
            // "…would happen to your knee when you started?" asks what the client expected for something: exploring
            if (outcomeVerbs.contains(c.word(i))) return c.word(i + 1).equals("to") ? null : new Match(Cue.CONFRONT, at, i + 1);
        }
        return null;
    }

    /** "Why would you care…": why, a modal, "you", and a verb that does not ask for the client's own reasons to change. */
    private Match whyModal(Clause c, int at) {
        if (!c.word(at).equals("why") || !whyModals.contains(c.word(at + 1)) || !c.word(at + 2).equals("you")) return null;
        String verb = c.word(at + 3);
        int v = at + 3;
        if (verb.equals("even") || verb.equals("ever") || verb.equals("still")) verb = c.word(++v);
        if (verb.isEmpty() || evokingVerbs.contains(verb)) return null;
        return new Match(Cue.CONFRONT, at, v + 1);
    }

    /**
     * "Does it really help…", "Are you honestly okay with…": an auxiliary, its subject and a doubting adverb, the point
     * being that the client's claim is false: the question takes up a content word of the client's; not when the client
     * voiced the doubt first ("I don't know if it really
     * helps" — "Does it really help?" takes up their own question).
     */
    private Match doubtInside(Clause c, Context ctx, int at) {
        if (!aux.contains(c.word(at)) || !subjects.contains(c.word(at + 1)) || !doubtAdverbs.contains(c.word(at + 2))) return null;
        if (ctx.clientWords().contains(c.word(at + 2))) return null;
        // doubt about the client's own claim ("The pills help" — "Do they honestly help…?"), not surprise at news
        // ("Does it really feel different this time?" after "I've been clean two weeks" is curiosity)
        for (int i = at + 3; i < c.size(); i++) {
            String w = c.word(i);
            if (!w.isEmpty() && Character.isLetter(w.charAt(0)) && !stop.contains(w) && ctx.clientStems().contains(c.stem(i))) {
                return new Match(Cue.CONFRONT, at, at + 3);
            }
        }
        return null;
    }

    /** "Is she, though?": an auxiliary, a subject, at most a word more, then "though" ending the question. */
    private Match thoughTag(Clause c, int at) {
        if (!aux.contains(c.word(at)) || !subjects.contains(c.word(at + 1))) return null;
        for (int i = at + 2; i < Math.min(c.size(), at + SHORT_ECHO + 1); i++) {
            if (tags.contains(c.word(i))) return new Match(Cue.CONFRONT, at, i + 1);
        }
        return null;
    }
}
