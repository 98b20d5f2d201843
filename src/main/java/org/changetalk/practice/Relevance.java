package org.changetalk.practice;

import java.util.List;

/**
 * The settings of how the client ranks its lines by what a turn is about (relevance.txt): how much better another
 * line must mean an open question before the graph's next line gives way to it, and how a reflection's reply is
 * chosen by continuing its topic. The thresholds are data so that they can be tuned on scripts without touching code.
 *
 * @param storyKeepMargin the graph's next part of the story is kept for an open question only within this much of
 *                        the best meaning
 * @param gistMargin      another allowed line must be this much closer in meaning to a reflection to replace the graph's
 * @param gistFloor       ...and at least this close
 * @param gistElsewhere   an untold part of the story the graph does not allow here must be this close to a reflection
 * @param longTurn        a turn of more words than this is ranked by the part of it that asks (AskingPart)
 * @param askingMinTerms  a question with fewer content words than this takes the sentence before it along
 */
record Relevance(double storyKeepMargin, double gistMargin, double gistFloor, double gistElsewhere, int longTurn,
                 int askingMinTerms) {
    static final Relevance DEFAULT = read(Resources.lines("relevance.txt"));

    /**
     * Whether a reflection's gist can ever replace the graph's line: a bar of 2 or more is off (a score is a cosine of at
     * most 1 plus a fifth of a coverage of at most 1). Why ask: the gist embeds the reflection, a second model run per
     * turn that only pays when it can win.
     */
    boolean gistOn() {
        return Math.min(gistFloor, gistElsewhere) < 2;
    }

    static Relevance read(List<String> lines) {
        Settings v = Settings.read("relevance.txt", lines);
        return new Relevance(v.number("story.keep_margin"), v.number("gist.margin"), v.number("gist.floor"),
                v.number("gist.elsewhere"), v.whole("asking.long_turn"), v.whole("asking.min_terms"));
    }
}
