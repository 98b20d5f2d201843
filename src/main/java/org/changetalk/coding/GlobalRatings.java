package org.changetalk.coding;

/**
 * Estimates of MITI's four global ratings from the coded behaviour and client talk. MITI's ratings are a
 * coder's gestalt judgement; these are transparent stand-ins: each starts at 3 (MITI's starting point),
 * moves with the rates below, is clamped to 1..5 and rounded to one decimal. Rates are per counselor
 * volley so short practice sessions and long transcripts are judged alike. See docs/coder.md.
 */
record GlobalRatings(double cultivatingChangeTalk, double softeningSustainTalk, double partnership, double empathy) {

    /**
     * A rating's ceiling when the session had non-adherent behaviour a rater cannot overlook: MITI rates
     * Partnership and Empathy on the whole session, and a clinician who confronts (labels, argues, shames) or
     * whose client withdraws has not shown high partnership or deep understanding, however many reflections
     * surround it. 3 is MITI's starting point, so such a session can never meet the relational thresholds.
     */
    static final double NON_ADHERENT_CEILING = 3.0;

    static GlobalRatings estimate(SessionTally t, boolean clientWithdrew) {
        double volleys = t.volleys();
        double cct = 3, sst = 3, partnership = 3, empathy = 3;
        int clientTalk = t.changeTalk() + t.sustainTalk();
        if (clientTalk > 0) {
            // the client's side of the conversation: more change than sustain talk means change talk was cultivated
            cct += 2 * ((double) t.changeTalk() / clientTalk - 0.5);
        }
        if (t.volleysAfterSustain() > 0) {
            // answering sustain talk with a reflection rather than an argument softens it
            sst += 2 * ((double) t.reflectionsAfterSustain() / t.volleysAfterSustain() - 0.5);
        }
        if (volleys > 0) {
            cct += 4 * (t.evokingVolleys() / volleys - 0.25);
            sst += 0.5 - 5 * (t.nonAdherentVolleys() / volleys);
            partnership += 6 * (t.count(Code.SEEKING_COLLABORATION) / volleys)
                    + 6 * (t.count(Code.EMPHASIZE_AUTONOMY) / volleys)
                    + 3 * (t.count(Code.PERSUADE_WITH_PERMISSION) / volleys)
                    - 5 * (t.count(Code.PERSUADE) / volleys)
                    - 8 * (t.count(Code.CONFRONT) / volleys);
            empathy += 4 * (t.reflections() / volleys - 0.3)
                    // arguing and warning show the counselor is not taking the client's view
                    - 3 * (t.nonAdherentVolleys() / volleys);
            // an expert who mostly tells (information volleys beyond a quarter of the session) shares little power
            partnership -= 2 * Math.max(0, t.informingVolleys() / volleys - 0.25);
        }
        if (t.reflections() > 0) {
            empathy += 2 * ((double) t.count(Code.COMPLEX_REFLECTION) / t.reflections() - 0.4);
        }
        if (t.count(Code.CONFRONT) > 0 || clientWithdrew) {
            partnership = Math.min(partnership, NON_ADHERENT_CEILING);
            empathy = Math.min(empathy, NON_ADHERENT_CEILING);
        }
        return new GlobalRatings(rating(cct), rating(sst), rating(partnership), rating(empathy));
    }

    private static double rating(double raw) {
        return Decimals.round(Math.max(1.0, Math.min(5.0, raw)), 1);
    }

    /** Technical = (Cultivating Change Talk + Softening Sustain Talk) / 2. */
    double technical() {
        return mean(cultivatingChangeTalk, softeningSustainTalk);
    }

    /** Relational = (Partnership + Empathy) / 2. */
    double relational() {
        return mean(partnership, empathy);
    }

    // Ratings have one decimal; averaging in tenths keeps results like 3.15 exact instead of 3.1500000000000004.
    private static double mean(double a, double b) {
        return (Math.round(a * 10) + Math.round(b * 10)) / 20.0;
    }
}
