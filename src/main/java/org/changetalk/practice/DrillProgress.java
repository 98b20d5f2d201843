package org.changetalk.practice;

import org.changetalk.scenario.model.Level;

import java.util.List;

/**
 * Where a trainee is in a drill, small enough to store between requests: the level, the position
 * of the next statement in it, the recent results that count toward the mastery rule (oldest
 * first), and whether the drill is mastered.
 */
public record DrillProgress(Level level, int position, List<Boolean> recent, boolean mastered) {
    public static final DrillProgress START = new DrillProgress(Level.BEGINNER, 0, List.of(), false);

    public DrillProgress {
        recent = List.copyOf(recent);
    }
}
