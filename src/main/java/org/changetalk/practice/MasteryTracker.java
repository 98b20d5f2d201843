package org.changetalk.practice;

import org.changetalk.scenario.Mastery;

import java.util.ArrayDeque;
import java.util.Deque;

/** The last attempts at the current level; says when the mastery rule is met. */
final class MasteryTracker {
    private final Mastery rule;
    private final Deque<Boolean> recent = new ArrayDeque<>();

    MasteryTracker(Mastery rule) {
        this.rule = rule;
    }

    /** A tracker that already saw these results (oldest first), for a trainee coming back to a drill. */
    MasteryTracker(Mastery rule, java.util.List<Boolean> seen) {
        this.rule = rule;
        for (Boolean b : seen) {
            recent.addLast(b);
            if (recent.size() > rule.window()) {
                recent.removeFirst();
            }
        }
    }

    /** The results that count towards the rule at this level, oldest first. */
    java.util.List<Boolean> recent() {
        return java.util.List.copyOf(recent);
    }

    /** Records an attempt; true when at least {@code required} of the last {@code window} succeeded (history then resets). */
    boolean record(boolean success) {
        recent.addLast(success);
        if (recent.size() > rule.window()) {
            recent.removeFirst();
        }
        long good = recent.stream().filter(b -> b).count();
        if (good >= rule.required()) {
            recent.clear();
            return true;
        }
        return false;
    }
}
