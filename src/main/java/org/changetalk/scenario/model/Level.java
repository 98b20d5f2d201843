package org.changetalk.scenario.model;

/** Drill levels, in the order a trainee climbs them. */
public enum Level {
    BEGINNER, INTERMEDIATE, ADVANCED;

    /** The level above, or null at the top. */
    public Level next() {
        return this == ADVANCED ? null : values()[ordinal() + 1];
    }
}
