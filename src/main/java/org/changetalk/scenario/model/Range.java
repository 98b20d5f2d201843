package org.changetalk.scenario.model;

/** An inclusive range; an absent bound is infinite. */
public record Range(double min, double max) {
    public static final Range ANY = new Range(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);

    public boolean contains(double value) {
        return value >= min && value <= max;
    }

    @Override
    public String toString() {
        boolean hasMin = min != Double.NEGATIVE_INFINITY;
        boolean hasMax = max != Double.POSITIVE_INFINITY;
        if (hasMin && hasMax) {
            return "between " + Numbers.format(min) + " and " + Numbers.format(max);
        }
        if (hasMin) {
            return "at least " + Numbers.format(min);
        }
        return hasMax ? "at most " + Numbers.format(max) : "anything";
    }
}
