package org.changetalk.eval;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.changetalk.coding.Turn;

import java.util.List;

/**
 * One gold item: a short conversation, which of its turns is labelled, and the label. {@code holdout} is true
 * for items from a file under a {@code holdout} directory: they are scored but never shown as mistakes, so
 * nobody tunes on them by accident.
 */
record GoldItem(String file, long line, String conversation, List<Turn> turns, int labelled, Gold gold,
                ObjectNode goldJson, boolean holdout) {
    GoldItem {
        turns = List.copyOf(turns);
    }

    Turn labelledTurn() {
        return turns.get(labelled);
    }
}
