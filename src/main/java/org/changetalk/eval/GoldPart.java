package org.changetalk.eval;

import java.util.List;

/** A named slice of the gold set (tune, holdout or all) reported on its own. */
public record GoldPart(String name, List<GoldItem> items) {
    public GoldPart {
        items = List.copyOf(items);
    }

    public int size() {
        return items.size();
    }
}
