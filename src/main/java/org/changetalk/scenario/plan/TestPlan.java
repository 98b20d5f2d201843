package org.changetalk.scenario.plan;

import java.util.List;

/** The scripted paths that check a scenario behaves as its author intended. */
public record TestPlan(String scenario, long seed, List<PlanPath> paths) {
    public TestPlan {
        paths = List.copyOf(paths);
    }
}
