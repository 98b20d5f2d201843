package org.changetalk.practice;

/** One drill attempt as answered: how it was coded and judged, and where the trainee stands after it. */
public record DrillAnswer(DrillAttempt attempt, DrillStatus status) {}
