package org.changetalk.scenario.model;

/** Where the client is after a turn: four measures on 0–10 and the stage of change. */
public record ClientState(double engagement, double discord, double importance, double confidence, Stage stage) {

    public double get(Measure measure) {
        return switch (measure) {
            case ENGAGEMENT -> engagement;
            case DISCORD -> discord;
            case IMPORTANCE -> importance;
            case CONFIDENCE -> confidence;
        };
    }

    /** Adds the deltas, keeping every measure on its 0–10 scale. */
    public ClientState plus(Deltas d) {
        return new ClientState(clamp(engagement + d.engagement()), clamp(discord + d.discord()),
                clamp(importance + d.importance()), clamp(confidence + d.confidence()), stage);
    }

    public ClientState withStage(Stage newStage) {
        return new ClientState(engagement, discord, importance, confidence, newStage);
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(10, v));
    }
}
