package org.changetalk.cohort;

import java.util.List;

/**
 * How often instructors agree with the coder over every reviewed turn: per code a 2×2 table with the observed
 * agreement, Cohen's kappa (null when undefined) and its 95 % interval (null when undefined); how many turns
 * were confirmed and recoded; and the main code's agreement by month. Figures are rounded to 3 decimals.
 */
public record Agreement(int turns, List<CodeAgreement> codes, int agreed, int recoded, List<Period> overTime) {
    public Agreement {
        codes = List.copyOf(codes);
        overTime = List.copyOf(overTime);
    }

    public record CodeAgreement(String code, int n, int both, int humanOnly, int autoOnly, int neither, double observed,
                                Double kappa, Interval ci) {}

    public record Interval(double low, double high) {}

    /** {@code period} is a month, yyyy-MM. */
    public record Period(String period, int turns, double observed, Double kappa) {}
}
