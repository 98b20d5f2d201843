package org.changetalk.scenario.model;

import java.util.List;

/**
 * The client's own words for the MI moves trainees use (docs/scenario-format.md#moves): why their
 * readiness is not lower (their reasons for change), what would take it higher, and what they take
 * away when the session closes. Every list may be empty; the engine then answers from what the
 * client has already said in the session, or with a plain stock line.
 */
public record Moves(List<String> whyNotLower, List<String> wouldHelp, List<String> takeAway) {
    public static final Moves NONE = new Moves(List.of(), List.of(), List.of());

    public Moves {
        whyNotLower = List.copyOf(whyNotLower);
        wouldHelp = List.copyOf(wouldHelp);
        takeAway = List.copyOf(takeAway);
    }
}
