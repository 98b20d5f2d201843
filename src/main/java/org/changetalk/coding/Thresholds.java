package org.changetalk.coding;

/**
 * MITI 4.2.1's published (expert-opinion) proficiency thresholds: the one copy. {@link Band} applies them, the
 * reports and dashboards show them, and the front end reads them from the API rather than its own numbers.
 */
public record Thresholds(double technical, double relational, double percentComplexReflections,
                         double reflectionToQuestion) {
    public static final Thresholds FAIR = new Thresholds(3, 3.5, 40, 1);
    public static final Thresholds GOOD = new Thresholds(4, 4, 50, 2);
}
