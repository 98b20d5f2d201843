package org.changetalk.scenario.model;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Deliberate practice of one skill: statements at three levels and a rule for moving up. */
public record Drill(String id, String title, String summary, String instructions, DrillSkill skill,
                    Mastery mastery, Map<Level, List<DrillItem>> levels) implements Scenario {
    public Drill {
        Map<Level, List<DrillItem>> copy = new EnumMap<>(Level.class);
        levels.forEach((level, items) -> copy.put(level, List.copyOf(items)));
        levels = Map.copyOf(copy);
    }

    public List<DrillItem> items(Level level) {
        return levels.getOrDefault(level, List.of());
    }

    @Override
    public ScenarioKind kind() {
        return ScenarioKind.DRILL;
    }

    @Override
    public Stage stage() {
        return null;
    }

    @Override
    public Behaviour behaviour() {
        return null;
    }
}
