package org.changetalk.scenario.model;

import org.changetalk.coding.FlagKind;

import java.util.Map;

/** A scenario's tuning over the default deltas, by category and by coder flag. */
public record DeltaTable(Map<Category, DeltaPatch> categories, Map<FlagKind, DeltaPatch> flags) {
    public static final DeltaTable DEFAULTS = new DeltaTable(Map.of(), Map.of());

    public DeltaTable {
        categories = Map.copyOf(categories);
        flags = Map.copyOf(flags);
    }

    /** The deltas of a category at a beat: the beat's patch over the scenario's over the default. */
    public Deltas forCategory(Category category, Map<Category, DeltaPatch> beatPatches) {
        Deltas d = DefaultDeltas.of(category);
        DeltaPatch scenario = categories.get(category);
        if (scenario != null) {
            d = scenario.over(d);
        }
        DeltaPatch beat = beatPatches.get(category);
        return beat == null ? d : beat.over(d);
    }

    public Deltas forFlag(FlagKind flag) {
        DeltaPatch patch = flags.get(flag);
        return patch == null ? DefaultDeltas.of(flag) : patch.over(DefaultDeltas.of(flag));
    }
}
