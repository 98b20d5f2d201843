package org.changetalk.coding;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A coded session in MITI 4.2.1 summary terms. Counts follow MITI's counting rules (see {@link SessionTally});
 * the four global ratings are estimates (see {@link GlobalRatings} and docs/coder.md, "Session summary").
 * Ratios and percentages are null when their denominator is zero; R:Q has two decimals, percentages one.
 *
 * @param counts                    every code's count, zero included
 * @param reflectionToQuestion      (SR + CR) / Q, null with no questions
 * @param percentComplexReflections 100 · CR / (SR + CR), null with no reflections
 * @param percentOpenQuestions      100 · open / (open + closed) question utterances, null with neither
 */
public record SessionSummary(Map<Code, Integer> counts, Double reflectionToQuestion, Double percentComplexReflections,
                             Double percentOpenQuestions, int miAdherent, int miNonAdherent,
                             double cultivatingChangeTalk, double softeningSustainTalk, double partnership,
                             double empathy, double technical, double relational, Band band,
                             int changeTalk, int sustainTalk) {

    public SessionSummary {
        Map<Code, Integer> copy = new EnumMap<>(Code.class);
        copy.putAll(counts);
        counts = Collections.unmodifiableMap(copy); // in Code order, for stable output
    }

    /** Summarises one conversation's coded turns, in order. */
    public static SessionSummary of(List<CodedTurn> turns) {
        return of(turns, false);
    }

    /**
     * As {@link #of(List)}, for a conversation the client walked out of ({@code clientWithdrew}): the
     * relational ratings cannot then be above MITI's starting point (see {@link GlobalRatings}).
     */
    public static SessionSummary of(List<CodedTurn> turns, boolean clientWithdrew) {
        SessionTally t = SessionTally.of(turns);
        int sr = t.count(Code.SIMPLE_REFLECTION);
        int cr = t.count(Code.COMPLEX_REFLECTION);
        int q = t.count(Code.QUESTION);
        Double rq = q == 0 ? null : Decimals.round((double) (sr + cr) / q, 2);
        Double pcr = sr + cr == 0 ? null : Decimals.round(100.0 * cr / (sr + cr), 1);
        int asked = t.openQuestions() + t.closedQuestions();
        Double poq = asked == 0 ? null : Decimals.round(100.0 * t.openQuestions() / asked, 1);
        int adherent = t.count(Code.SEEKING_COLLABORATION) + t.count(Code.AFFIRM) + t.count(Code.EMPHASIZE_AUTONOMY);
        int nonAdherent = t.count(Code.CONFRONT) + t.count(Code.PERSUADE);
        GlobalRatings g = GlobalRatings.estimate(t, clientWithdrew);
        // the band is judged on the rounded numbers the user sees, so the two never disagree
        Band band = Band.of(g.technical(), g.relational(), pcr, rq, sr + cr > 0);
        return new SessionSummary(t.counts(), rq, pcr, poq, adherent, nonAdherent,
                g.cultivatingChangeTalk(), g.softeningSustainTalk(), g.partnership(), g.empathy(),
                g.technical(), g.relational(), band, t.changeTalk(), t.sustainTalk());
    }

    public int count(Code code) {
        return counts.getOrDefault(code, 0);
    }
}
