package org.changetalk.practice;

import org.changetalk.scenario.model.Level;

import java.util.List;

/**
 * Where a trainee stands in a drill: the level, whether mastered, the recent results that count (oldest
 * first), the next prompt (null once mastered) and the mastery rule ({@code required} of the last {@code window}).
 */
public record DrillStatus(String drillId, Level level, boolean mastered, List<Boolean> recent, DrillPrompt prompt,
                          int window, int required) {
    public DrillStatus {
        recent = List.copyOf(recent);
    }
}
