package org.changetalk.coding;

/**
 * One piece of evidence about a client turn's direction: +1 toward change, -1 toward the status quo, how strong
 * it is, its DARN-CAT kind, the words it rests on, the rule that found it and a phrase a trainee can read.
 */
record TalkSignal(int direction, double strength, TalkKind kind, Span span, String rule, String what) {
    TalkSignal withStrength(double w) {
        return new TalkSignal(direction, w, kind, span, rule, what);
    }
}
