package org.changetalk.scenario.model;

/** How much one trainee response moves each measure of the client's state. */
public record Deltas(double engagement, double discord, double importance, double confidence) {
    public static final Deltas NONE = new Deltas(0, 0, 0, 0);

    public Deltas plus(Deltas other) {
        return new Deltas(engagement + other.engagement, discord + other.discord,
                importance + other.importance, confidence + other.confidence);
    }

    public double of(Measure measure) {
        return switch (measure) {
            case ENGAGEMENT -> engagement;
            case DISCORD -> discord;
            case IMPORTANCE -> importance;
            case CONFIDENCE -> confidence;
        };
    }
}
