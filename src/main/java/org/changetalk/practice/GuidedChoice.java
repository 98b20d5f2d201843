package org.changetalk.practice;

/**
 * One of the three or four responses a beginner in guided mode may pick: the text of one of the beat's
 * exemplars or pitfalls. Whether it was the good one is not shown before it is played; the same coder,
 * engine and feedback judge it as if typed.
 *
 * @param source "exemplar" or "pitfall", for the report and for tests, never for the choice buttons
 */
public record GuidedChoice(String text, String source) {
    public static final String EXEMPLAR = "exemplar";
    public static final String PITFALL = "pitfall";
}
