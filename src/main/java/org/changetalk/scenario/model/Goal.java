package org.changetalk.scenario.model;

/** A goal the client might choose, in their own words. */
public record Goal(String id, GoalKind kind, String text) {}
