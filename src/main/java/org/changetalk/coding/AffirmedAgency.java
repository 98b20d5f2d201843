package org.changetalk.coding;

import java.util.Set;

/**
 * An affirmation without a stock phrase. MITI's Affirm says something positive about the client's strengths,
 * efforts or values; in typed and spoken MI it mostly comes in three shapes, none of which needs the word
 * "strength":
 * <ul>
 * <li><b>an act re-told as the client's own doing</b>: the client as subject of a verb of doing or choosing, in the
 * counselor's words rather than the client's ("You reached for the phone when things got bad", "you put your
 * kid first", "You took charge of your own care"), or with a mark of agency ("on your own", "anyway", "instead",
 * "even when"). A plain restatement of the client's report ("You called the clinic.") stays a reflection.</li>
 * <li><b>a judgement of that act</b>: "that" or "it" as subject, then a quality ("That took some guts", "that's
 * smart planning", "That's a lot of self-control").</li>
 * <li><b>the client as a kind of person</b>: "You're a dad who really listens to his kid", "a mom who does her research".</li>
 * </ul>
 * Verbs of feeling, wanting and thinking are not here: "You're starting to wonder if you can do this" reflects.
 */
final class AffirmedAgency {
    private final Set<String> you;
    private final Set<String> agencyVerbs;
    private final Set<String> agencyMarkers;
    private final Set<String> qualities;
    private final Set<String> evaluators;
    private final Set<String> personNouns;
    private final Set<String> adverbs;
    private final Set<String> setbacks;
    private final Set<String> negators;
    private final Set<String> decisionClause;
    private final Set<String> changeTargets;
    private final Set<String> otherPossessives;

    AffirmedAgency(Lexicon lexicon) {
        this.you = lexicon.set("you");
        this.agencyVerbs = lexicon.set("agency_verb");
        this.agencyMarkers = lexicon.set("agency_marker");
        this.qualities = lexicon.set("affirm_quality");
        this.evaluators = lexicon.set("affirm_evaluator");
        this.personNouns = lexicon.set("person_noun");
        this.adverbs = lexicon.set("agency_adverb");
        this.setbacks = lexicon.set("setback");
        this.negators = lexicon.set("strict_negator");
        this.decisionClause = lexicon.set("decision_clause");
        this.changeTargets = lexicon.set("change_target");
        this.otherPossessives = lexicon.set("other_possessive");
    }

    /** The words that affirm, or null. */
    Match find(Clause c, Echo echo) {
        if (c.sentence.question()) return null;
        int s = c.lead;
        if (c.word(s).equals("and") || c.word(s).equals("but") || c.word(s).equals("so")) s++;
        Match m = judgement(c, s);
        if (m != null) return m;
        if (!you.contains(c.word(s)) || c.word(s).equals("your")) return null;
        if ((m = kindOfPerson(c, s)) != null) return m;
        // "You've built a plan that keeps your ten minutes, takes the edge off, and keeps your word to Ana": a list of
        // what the client said gathers it back (a summary), it does not single out one act
        int breaks = 0;
        for (int i = s + 1; i < c.size(); i++) if (c.breakBefore(i)) breaks++;
        if (breaks >= 2) return null;
        // the act may be the second clause: "You felt the pull and you walked out anyway", "You saw where it was
        // heading and went and got foil that same week"
        for (int i = s; i < c.size() - 1; i++) {
            boolean clause = i == s || c.word(i - 1).equals("and") || c.breakBefore(i);
            if (clause && you.contains(c.word(i)) && !c.word(i).equals("your") && (m = act(c, i, echo)) != null
                    && (i == s || !c.word(m.to() - 2).endsWith("ing"))) {
                // a later clause in progress ("…, and you're making it again with your eyes open") goes on reflecting
                return m;
            }
        }
        return null;
    }

    /** "That took some guts.", "that's smart planning", "It shows real discipline." */
    private Match judgement(Clause c, int s) {
        String w = c.word(s);
        int i;
        if (evaluators.contains(w)) {
            i = s + 1; // "that's", "it's"
        } else if ((w.equals("that") || w.equals("it") || w.equals("this")) && evaluators.contains(c.word(s + 1))) {
            i = s + 2; // "that took", "that shows", "that is"
        } else {
            return null;
        }
        for (int j = i; j < Math.min(c.size(), i + 5); j++) {
            String x = c.word(j);
            if (negators.contains(x) || x.equals("no")) return null; // "that's not smart" is no compliment
            if (otherPossessives.contains(x)) return null; // "it was her idea" says whose it was
            if (qualities.contains(x)) return new Match(Cue.AFFIRM, s, j + 1);
        }
        return null;
    }

    /** "You're a dad who really listens to his kid." */
    private Match kindOfPerson(Clause c, int s) {
        String w = c.word(s);
        int i = s + 1;
        if (w.equals("you")) {
            if (!c.word(i).equals("are")) return null;
            i++;
        } else if (!w.equals("you're")) {
            return null;
        }
        if (!c.word(i).equals("a") && !c.word(i).equals("an") && !c.word(i).equals("the")) return null;
        for (int j = i + 1; j < Math.min(c.size() - 1, i + 4); j++) {
            if (personNouns.contains(c.word(j)) && (c.word(j + 1).equals("who") || c.word(j + 1).equals("who's") || c.word(j + 1).equals("that"))) {
                for (int k = j + 2; k < c.size(); k++) if (setbacks.contains(c.word(k))) return null;
                return new Match(Cue.AFFIRM, s, j + 2);
            }
        }
        return null;
    }

    /** "You reached for the phone when things got bad", "you actually did it, you took that step on your own". */
    private Match act(Clause c, int s, Echo echo) {
        int v = s + 1;
        String subject = c.word(s);
        if (subject.equals("you") && (c.word(v).equals("were") || c.word(v).equals("have") || c.word(v).equals("had"))) v++;
        while (v < c.size() - 1 && adverbs.contains(c.word(v))) v++;
        String verb = c.word(v);
        if (!agencyVerbs.contains(verb)) return null;
        // "you've decided you want to…": a wish or plan reported, not an act done
        if (verb.equals("decided") && v + 1 < c.size() && decisionClause.contains(c.word(v + 1))) return null;
        // "You've already decided to quit completely": a decision about the change itself is the client's intention
        // said back (a reflection, perhaps an overshooting one), not an act done; "you decided to call your sister" acts
        if (verb.equals("decided") && c.word(v + 1).equals("to") && changeTargets.contains(c.word(v + 2))) return null;
        // "You made a mistake", "you took the pills anyway": the act itself is the setback
        for (int k = v + 1; k < Math.min(c.size(), v + 4); k++) if (setbacks.contains(c.word(k))) return null;
        boolean marked = false;
        for (int k = v + 1; k < c.size(); k++) {
            if (agencyMarkers.contains(c.word(k))) marked = true;
        }
        // in the counselor's own words: most of the content is not the client's
        boolean ownWords = echo.content() >= 2 && echo.ratio() < 0.5;
        return marked || ownWords ? new Match(Cue.AFFIRM, s, Math.min(c.size(), v + 2)) : null;
    }
}
