package org.changetalk.scenario.plan;

import org.changetalk.scenario.model.EndKind;
import org.changetalk.scenario.model.Level;
import org.changetalk.scenario.model.Range;

import java.util.List;

/**
 * How a path must finish. Conversations: {@code ending} (null means the session must still be
 * running), beats reached/avoided, state, turns. Drills: level and mastered. Null: not checked.
 */
public record PlanEnd(EndKind ending, List<String> beatsReached, List<String> beatsAvoided, StateExpect state,
                      Range turns, Level level, Boolean mastered) {
    public PlanEnd {
        beatsReached = List.copyOf(beatsReached);
        beatsAvoided = List.copyOf(beatsAvoided);
    }
}
