package org.changetalk.practice;

/**
 * One ISO week (UTC, "2026-W09") of finished sessions, counts pooled: R:Q (null with no questions) and %CR
 * (null with no reflections) rounded as the report rounds them.
 */
public record Week(String week, int sessions, Double reflectionToQuestion, Double percentComplexReflections,
                   int miAdherent, int miNonAdherent) {}
