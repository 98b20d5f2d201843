package org.changetalk.scenario.plan;

import java.util.List;

/** One scripted session through a scenario. {@code description} may be null. */
public record PlanPath(String name, PathStyle style, String description, List<PlanStep> steps, PlanEnd end) {
    public PlanPath {
        steps = List.copyOf(steps);
    }
}
