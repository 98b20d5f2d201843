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

    /**
     * The coder's confidence table ({@code coding/confidence.txt}): for each deciding rule, alone or contested, how
     * many primary codes it got right out of how many, on the part named "tune" (or the only part). Never the holdout.
     */
    public List<String> confidenceTable() {
        PartScores fit = parts.stream().filter(p -> p.name().equals("tune")).findFirst()
                .orElse(parts.size() == 1 && !parts.get(0).name().equals("holdout") ? parts.get(0) : null);
        if (fit == null) throw new IllegalStateException("no tune part to fit the confidence on");
        List<String> lines = new java.util.ArrayList<>();
        lines.add("# rule contested|alone right total — fit on the tune gold by code --eval GOLD --fit-confidence FILE;");
        lines.add("# refit after changing a rule (docs/coder.md, \"Confidence\"). " + fit.counselorItems() + " counselor items.");
        fit.decisions().forEach((key, d) -> lines.add(key + " " + d[0] + " " + d[1]));
        return lines;
    }

    /** Mistakes on holdout items: counted, not listed. */
    public int holdoutMistakes() {
        return holdoutMistakes;
    }
}
