package org.changetalk.coding;

import java.util.Set;

/**
 * Whose content a statement carries (issue 9, families 1 and 4; round 14, coder25). A reflection says back, or goes
 * beyond, what the client said or meant; input brings the counselor's own content: how a body, a substance, a service
 * or people in general work. Round 13's {@link NewSubject} reads only the subject, and {@link GeneralFact} needs a
 * generic subject from a list; but a clinician's information is most often about the very thing the client named,
 * said in the counselor's words: "Beer gets people just as drunk as whiskey does" after "I only drink beer", "the liver
 * clears alcohol at about one drink an hour whatever you do", "grapefruit messes with how the liver breaks it down". So
 * this rule reads the <em>predicate</em>: a third-person statement in the present whose subject is not the client, the
 * counselor or a pronoun pointing back into the talk, and whose words after the subject bring at least
 * {@link #MIN_NEW} content words the client never said (with no more than half as many of theirs), is Giving
 * Information.
 * <p>
 * What keeps a reflection a reflection: a "you" in the predicate that is the client, not the generic "you" of a fact ("those three hours
 * are the one part of the day that belongs to you" is about the client; "the bonuses can keep you playing" is how the
 * bonuses work), a feeling, a guess ("sounds", "seems"), what the client cares about, an image, and a story told in the
 * past ("The side effects were harder to live with than what the tablets were meant to help"). Numbers do not decide:
 * the client's facts and figures said back are their content.
 */
final class WorldFact {
    /** Fewer said words than this and a fragment restates ("the mornings are the worst"): left to the reflection rules. */
    private static final int MIN_WORDS = 7;
    /** New content words the predicate must bring for the statement to be the counselor's content. */
    private static final int MIN_NEW = 3;

    private final Set<String> leadIns;
    private final Set<String> introducers;
    private final Set<String> determiners;
    private final Set<String> pronouns;
    private final Set<String> genericSubjects;
    private final Set<String> self;
    private final Set<String> you;
    private final Set<String> stop;
    private final Set<String> markers;
    private final Set<String> feelings;
    private final Set<String> neutral;
    private final Set<String> tentative;
    private final Set<String> experience;
    private final Set<String> past;
    private final Set<String> be;
    private final Set<String> hedges;
    private final Set<String> weighing;
    private final Set<String> youBefore;
    private final Set<String> fronted;
    private final Set<String> generic;
    private final Set<String> explainers;

    WorldFact(Lexicon lexicon) {
        this.leadIns = lexicon.set("fact_lead_in");
        this.introducers = lexicon.set("introducer");
        this.determiners = lexicon.set("subject_determiner");
        this.pronouns = lexicon.set("subject_pronoun");
        this.genericSubjects = lexicon.set("generic_subject");
        this.self = lexicon.set("world_self");
        this.you = lexicon.set("you");
        this.stop = lexicon.set("stop");
        this.markers = lexicon.set("world_marker");
        this.feelings = lexicon.set("feeling");
        this.neutral = lexicon.set("fact_neutral_feeling");
        this.tentative = lexicon.set("tentative_verb");
        this.experience = lexicon.set("experience_verb");
        this.past = lexicon.set("past_verb");
        this.be = lexicon.set("world_be");
        this.hedges = lexicon.set("world_hedge");
        this.weighing = lexicon.set("world_weighing");
        this.youBefore = lexicon.set("world_you_before");
        this.fronted = lexicon.set("world_fronted");
        this.generic = lexicon.set("world_generic");
        this.explainers = lexicon.set("world_explainer");
    }

    /**
     * The subject's words when the statement tells how something works in the counselor's own words; null otherwise.
     * The caller has ruled out questions' shapes, advice, warnings, reflection openers, images and the counselor speaking
     * of themself.
     */
    Match find(Clause c, Context ctx, ReflectionDepthRules depth) {
        if (c.size() - c.lead < MIN_WORDS || c.sentence.question() || !ctx.hasClient()) return null;
        // "\"At my own pace\" seems to matter more than anything here": words in quotation marks are the client's said
        // back, a reflection's mark, never the counselor's facts (judge13, round 14: quoting trainee coded information).
        String raw = c.span().of(c.text.raw);
        if (raw.indexOf('"') >= 0 || raw.indexOf('\u201C') >= 0 || raw.indexOf('\u201D') >= 0) return null;
        int s = c.lead;
        while (s < c.size() - 1 && leadIns.contains(c.word(s))) s++;
        // "When you skip breakfast, your sugar can dip", "with the diabetes, smoking makes…": the subject comes after the
        // opening clause or phrase
        if (introducers.contains(c.word(s)) || fronted.contains(c.word(s))) {
            int j = s + 1;
            while (j < c.size() - 1 && !c.breakBefore(j)) j++;
            if (j >= c.size() - 1 || fronted.contains(c.word(s)) && j - s > 5) return null;
            s = j;
            while (s < c.size() - 1 && leadIns.contains(c.word(s))) s++;
        }
        while (s < c.size() - 1 && determiners.contains(c.word(s))) s++;
        String head = c.word(s);
        // "your liver…" is a body in general; "your wife…", "your kids…" are the client's life
        if (head.equals("your")) {
            if (!genericSubjects.contains(c.word(s + 1))) return null;
            s++;
            head = c.word(s);
        }
        if (head.isEmpty() || !Character.isLetter(head.charAt(0)) || you.contains(head) || self.contains(head)
                || pronouns.contains(head) || stop.contains(head) && !genericSubjects.contains(head) && !head.endsWith("ing")) {
            return null;
        }
        if (depth.saidWords(c) < MIN_WORDS) return null;
        boolean general = false;
        boolean youAfter = false;
        boolean explained = false;
        int fresh = 0;
        int theirs = 0;
        for (int i = c.lead; i < c.size(); i++) {
            String w = c.word(i);
            // a feeling, a guess at meaning or what the client cares about is their experience said back
            if (feelings.contains(w) && !neutral.contains(w) || tentative.contains(w) || experience.contains(w)) return null;
            // a story told back in the past recounts the client's experience; "are designed", "gets tied" are states
            if (past.contains(w) || w.length() > 4 && w.endsWith("ed") && !w.endsWith("eed") && !be.contains(c.word(i - 1))) return null;
            if (i <= s) continue;
            // a guess or a hypothetical tries out the client's view; two things weighed against each other are weighed
            // as the client weighs them
            if (hedges.contains(w) || weighing.contains(w) && c.word(i + 1).equals("than")) return null;
            // "you're", "the morning dose you mostly get": the client as the one who is or does, not the generic "you"
            // of a fact ("keeps you playing", "whatever you do")
            if (you.contains(w) && !w.equals("your") && !youBefore.contains(c.word(i - 1))) return null;
            general |= markers.contains(w) || generic.contains(w);
            // "…are how", "…is exactly how": a mechanism explained
            explained |= explainers.contains(w) && (be.contains(c.word(i - 1)) || be.contains(c.word(i - 2)));
            youAfter |= you.contains(w);
            if (stop.contains(w) || !Character.isLetterOrDigit(w.charAt(0))) continue;
            if (ctx.clientStems().contains(c.stem(i)) || ctx.clientWords().contains(w)) theirs++;
            else fresh++;
        }
        if (fresh < MIN_NEW || theirs * 2 > fresh) return null;
        // a general truth: people, a body, a general marker, or a mechanism explained without the client in it
        // "After a long day, a drink is what lets you switch off" (a drill's complex reflection): a mechanism told with
        // the client as its object is what the drink does for them; a fact that speaks to "you" needs people, a body or
        // a general marker ("the liver burns it off at its own pace whatever you do")
        if (!general && !generic.contains(head) && !(explained && !youAfter)) return null;
        return new Match(Cue.INFORMATION, s, Math.min(c.size(), s + 2));
    }
}
