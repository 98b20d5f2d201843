package org.changetalk.coding;

import java.util.Locale;

/** MITI 4.2.1 proficiency against the published (expert-opinion) {@link Thresholds}. */
public enum Band {
    BELOW, FAIR, GOOD;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Good: Technical ≥ 4, Relational ≥ 4, %CR ≥ 50, R:Q ≥ 2. Fair: Technical ≥ 3, Relational ≥ 3.5, %CR ≥ 40,
     * R:Q ≥ 1. A null %CR (no reflections) meets no threshold; a null R:Q (no questions) meets every R:Q
     * threshold when there are reflections (the ratio is unbounded) and none when there are not.
     */
    static Band of(double technical, double relational, Double percentComplex, Double reflectionToQuestion,
                   boolean anyReflection) {
        if (meets(technical, relational, percentComplex, reflectionToQuestion, anyReflection, Thresholds.GOOD)) {
            return GOOD;
        }
        if (meets(technical, relational, percentComplex, reflectionToQuestion, anyReflection, Thresholds.FAIR)) {
            return FAIR;
        }
        return BELOW;
    }

    private static boolean meets(double technical, double relational, Double percentComplex, Double rq,
                                 boolean anyReflection, Thresholds min) {
        boolean rqMet = rq == null ? anyReflection : rq >= min.reflectionToQuestion();
        return technical >= min.technical() && relational >= min.relational()
                && percentComplex != null && percentComplex >= min.percentComplexReflections() && rqMet;
    }
}
