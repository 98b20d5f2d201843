package org.changetalk.coding;

import java.util.Set;

/**
 * How things work in general, said to the client: Giving Information, not a reflection, even when it names the
 * client's body or habits ("After a few weeks off, your tolerance drops a lot, so the amount you used to take can
 * hit much harder", "Using alone is one of the biggest risks", "Drinking water and eating something can take some of
 * the strain off your body"). Two things together decide: the sentence is about an activity, a body or people in
 * general (a gerund, "people", "your tolerance", an if/after clause first), and it states a general truth (what
 * can happen, what is common, what causes what). Most of it is not the client's words.
 */
final class GeneralFact {
    private final Set<String> leadIns;
    private final Set<String> genericSubjects;
    private final Set<String> markers;
    private final Set<String> introducers;
    private final Set<String> you;
    private final Set<String> notGerunds;
    private final Set<String> feelings;
    private final Set<String> tentative;
    private final Set<String> neutral;
    private final Set<String> experience;

    GeneralFact(Lexicon lexicon) {
        this.leadIns = lexicon.set("fact_lead_in");
        this.genericSubjects = lexicon.set("generic_subject");
        this.markers = lexicon.set("general_marker");
        this.introducers = lexicon.set("introducer");
        this.you = lexicon.set("you");
        this.notGerunds = lexicon.set("not_gerund");
        this.feelings = lexicon.set("feeling");
        this.tentative = lexicon.set("tentative_verb");
        this.neutral = lexicon.set("fact_neutral_feeling");
        this.experience = lexicon.set("experience_verb");
    }

    Match find(Clause c, Echo echo) {
        if (c.sentence.question() || c.size() - c.lead < 6 || echo.ratio() >= 0.5) return null;
        int s = c.lead;
        while (s < c.size() - 1 && leadIns.contains(c.word(s))) s++;
        // "After a few weeks off, your tolerance drops…": the subject comes after the opening clause
        if (introducers.contains(c.word(s))) {
            int j = s + 1;
            while (j < c.size() - 1 && !c.breakBefore(j)) j++;
            if (j >= c.size() - 1) return null;
            s = j;
        }
        String w = c.word(s);
        boolean quantified = false;
        // "Even a couple of drinks slows your reaction time": a quantity of something generic
        if (w.equals("a") || w.equals("the") || w.equals("just") || w.equals("one")) {
            for (int j = s + 1; j < Math.min(c.size(), s + 4); j++) quantified |= genericSubjects.contains(c.word(j));
        }
        boolean generic = quantified || genericSubjects.contains(w)
                || w.endsWith("ing") && w.length() > 4 && !notGerunds.contains(w)
                || w.equals("your") && genericSubjects.contains(c.word(s + 1));
        if (!generic || you.contains(w) && !w.equals("your")) return null;
        // "Seeing those numbers brings up so much guilt…", "Stopping right before finals sounds like it could backfire",
        // "Playing in college really matters to you": a feeling, a guess or what the client cares about is their
        // experience said back
        for (int i = c.lead; i < c.size(); i++) {
            String x = c.word(i);
            if (feelings.contains(x) && !neutral.contains(x) || tentative.contains(x) || experience.contains(x)) return null;
        }
        for (int i = s + 1; i < c.size(); i++) {
            // "Walking is something you can see yourself doing": a marker after "you" is the client's own capacity
            if (markers.contains(c.word(i)) && !you.contains(c.word(i - 1))) return new Match(Cue.INFORMATION, s, Math.min(c.size(), i + 1));
        }
        return null;
    }
}
