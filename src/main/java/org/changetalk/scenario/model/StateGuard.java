package org.changetalk.scenario.model;

import java.util.Map;
import java.util.stream.Collectors;

/** Ranges some measures of the client's state must fall in ({@code when} on a transition). */
public record StateGuard(Map<Measure, Range> ranges) {
    public static final StateGuard NONE = new StateGuard(Map.of());

    public StateGuard {
        ranges = Map.copyOf(ranges);
    }

    public boolean test(ClientState state) {
        return ranges.entrySet().stream().allMatch(e -> e.getValue().contains(state.get(e.getKey())));
    }

    @Override
    public String toString() {
        return ranges.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> Wire.name(e.getKey()) + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
