package org.changetalk.scenario.model;

/** The opening beat and the starting relationship; readiness and stage come from the persona. */
public record Start(String beat, double engagement, double discord) {}
