package org.changetalk.session;

import org.changetalk.scenario.model.Exemplar;

import java.util.List;

/**
 * Feedback on one response: what the trainee did (with the coder's evidence), why it helps or hurts
 * at this moment, an exemplar to try instead (nullable), and harm-reduction concerns the coder flagged.
 */
public record Feedback(String did, String why, Exemplar tryInstead, List<String> concerns) {
    public Feedback {
        concerns = List.copyOf(concerns);
    }
}
