package org.changetalk.practice;

import org.changetalk.scenario.model.Mastery;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** The last attempts at the current level; says when the mastery rule is met. */
final class MasteryTracker {
    private final Mastery rule;
    private final Deque<Boolean> recent = new ArrayDeque<>();

    /** A tracker that already saw these results (oldest first), for a trainee coming back to a drill. */
    MasteryTracker(Mastery rule, List<Boolean> recent) {
        this.rule = rule;
        // Only the last window's worth can count; a stored history may come from an older rule.
        recent.stream().skip(Math.max(0, recent.size() - rule.window())).forEach(this.recent::addLast);
    }

    /** The results that count towards the rule at this level, oldest first. */
    List<Boolean> recent() {
        return List.copyOf(recent);
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
