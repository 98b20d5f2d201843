package org.changetalk.scenario.model;

/**
 * A typical mistake at this moment and why it hurts here. {@code category} (nullable) is how the
 * mistake is coded; a trainee response of that category gets this {@code why} as feedback.
 */
public record Pitfall(PitfallKind kind, String text, String why, Category category) {}
