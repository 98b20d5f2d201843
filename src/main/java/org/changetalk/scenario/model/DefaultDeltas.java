package org.changetalk.scenario.model;

import org.changetalk.coding.FlagKind;

import java.util.EnumMap;
import java.util.Map;

/**
 * The default state deltas (docs/scenario-format.md#state-and-deltas). MI-consistent responses
 * draw the client in and build readiness; pushing and labelling raise discord and cost engagement,
 * confrontation most of all — the pattern MI research describes, scaled so that two or three
 * confrontations end a session and ten good responses can move a stage.
 */
public final class DefaultDeltas {
    private DefaultDeltas() {
    }

    private static final Map<Category, Deltas> CATEGORIES = categories();
    private static final Map<FlagKind, Deltas> FLAGS = flags();

    public static Deltas of(Category category) {
        return CATEGORIES.get(category);
    }

    public static Deltas of(FlagKind flag) {
        return FLAGS.get(flag);
    }

    private static Map<Category, Deltas> categories() {
        Map<Category, Deltas> m = new EnumMap<>(Category.class);
        m.put(Category.COMPLEX_REFLECTION, new Deltas(1, -1, 0.5, 0.25));
        m.put(Category.SIMPLE_REFLECTION, new Deltas(0.5, -0.5, 0.25, 0));
        m.put(Category.OPEN_QUESTION, new Deltas(0.5, -0.25, 0.25, 0.25));
        m.put(Category.CLOSED_QUESTION, new Deltas(-0.25, 0, 0, 0));
        m.put(Category.AFFIRM, new Deltas(0.5, -0.5, 0, 0.75));
        m.put(Category.AUTONOMY, new Deltas(0.5, -1, 0.25, 0.25));
        m.put(Category.COLLABORATION, new Deltas(0.5, -0.5, 0.25, 0.25));
        m.put(Category.INFORMATION_WITH_PERMISSION, new Deltas(0.25, 0, 0.5, 0.25));
        m.put(Category.INFORMATION, new Deltas(-0.25, 0.5, 0, 0));
        m.put(Category.PERSUADE_WITH_PERMISSION, new Deltas(0, 0.25, 0.25, 0));
        m.put(Category.PERSUADE, new Deltas(-1, 1.5, -0.5, -0.25));
        m.put(Category.CONFRONT, new Deltas(-1.5, 2.5, -0.75, -0.5));
        m.put(Category.OTHER, Deltas.NONE);
        return Map.copyOf(m);
    }

    private static Map<FlagKind, Deltas> flags() {
        Map<FlagKind, Deltas> m = new EnumMap<>(FlagKind.class);
        m.put(FlagKind.STIGMATIZING_LABEL, new Deltas(-1, 1.5, 0, -0.25));
        m.put(FlagKind.LABELLING, new Deltas(-1, 1.5, -0.25, 0));
        m.put(FlagKind.RIGHTING_REFLEX, new Deltas(-0.5, 1, -0.25, 0));
        m.put(FlagKind.ABSTINENCE_ONLY, new Deltas(-0.5, 1, 0, -0.5));
        return Map.copyOf(m);
    }
}
