package org.changetalk.eval;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * The outcome of an evaluation: scores per part, and the mistakes a rule author may look at. Mistakes on
 * holdout items are only counted, never listed, so nobody tunes on the holdout by accident.
 */
public final class EvalReport {
    private final List<PartScores> parts;
    private final List<ItemResult> mistakes;
    private final int holdoutMistakes;

    EvalReport(List<PartScores> parts, List<ItemResult> mistakes, int holdoutMistakes) {
        this.parts = List.copyOf(parts);
        this.mistakes = List.copyOf(mistakes);
        this.holdoutMistakes = holdoutMistakes;
    }

    List<PartScores> parts() {
        return parts;
    }

    public String text() {
        return TextReport.render(parts);
    }

    public ObjectNode json() {
        return JsonReport.render(parts);
    }

    /** One JSON object per listed mistake, for {@code --mistakes}. */
    public List<ObjectNode> mistakeLines() {
        return mistakes.stream().map(MistakeJson::of).toList();
    }

    /** Mistakes on holdout items: counted, not listed. */
    public int holdoutMistakes() {
        return holdoutMistakes;
    }
}
