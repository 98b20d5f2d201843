package org.changetalk.scenario.model;

import java.util.List;
import java.util.Set;

/**
 * One client statement to answer. {@code accept} and {@code requireAnyWords} are already resolved
 * against the drill's (an item without its own inherits the drill's). {@code context} may be null.
 */
public record DrillItem(String id, String client, String context, List<Exemplar> exemplars, List<Pitfall> pitfalls,
                        Set<Category> accept, List<Phrase> requireAnyWords) {
    public DrillItem {
        exemplars = List.copyOf(exemplars);
        pitfalls = List.copyOf(pitfalls);
        accept = Set.copyOf(accept);
        requireAnyWords = List.copyOf(requireAnyWords);
    }
}
