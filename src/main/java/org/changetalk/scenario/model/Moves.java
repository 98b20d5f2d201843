package org.changetalk.scenario.model;

import java.util.List;

/**
 * The client's own words for the MI moves trainees use (docs/scenario-format.md#moves): why their
 * readiness is not lower (their reasons for change), why their confidence is not lower (what they
 * managed before), what would take it higher, what they take away when the session closes, how they
 * take in a reflection or a summary, how they say they are not ready for a plan, how they answer a greeting
 * ("how are you?") and how they feel about being here ("what brings you in?"), their yes to a permission question,
 * their thanks back at the start, and their words for a high importance ruler ({n} for the number). Every list may be
 * empty; the engine then answers from what the client has already said in the session, or with a plain
 * stock line that every persona shares.
 */
public record Moves(List<String> whyNotLower, List<String> confidentBecause, List<String> wouldHelp,
        List<String> takeAway, List<String> acknowledge, List<String> acknowledgeGuarded, List<String> summary,
        List<String> notReady, List<String> greeting, List<String> beingHere, List<String> offTopic,
        List<String> repair, List<String> congratulated, List<String> permissionYes, List<String> thanks,
        List<String> importanceHigh) {
    public static final Moves NONE = new Moves(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

    public Moves {
        whyNotLower = List.copyOf(whyNotLower);
        confidentBecause = List.copyOf(confidentBecause);
        wouldHelp = List.copyOf(wouldHelp);
        takeAway = List.copyOf(takeAway);
        acknowledge = List.copyOf(acknowledge);
        acknowledgeGuarded = List.copyOf(acknowledgeGuarded);
        summary = List.copyOf(summary);
        notReady = List.copyOf(notReady);
        greeting = List.copyOf(greeting);
        beingHere = List.copyOf(beingHere);
        offTopic = List.copyOf(offTopic);
        repair = List.copyOf(repair);
        congratulated = List.copyOf(congratulated);
        permissionYes = List.copyOf(permissionYes);
        thanks = List.copyOf(thanks);
        importanceHigh = List.copyOf(importanceHigh);
    }
}
