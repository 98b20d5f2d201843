package org.changetalk.scenario.model;

/** Move up a level when at least {@code required} of the last {@code window} attempts at it succeeded. */
public record Mastery(int window, int required) {}
