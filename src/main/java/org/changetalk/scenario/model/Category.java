package org.changetalk.scenario.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a trainee response did, as the client reacts to it: one category per response,
 * decided from the coder's MITI codes and flags (see docs/scenario-format.md#response-categories).
 */
public enum Category {
    COMPLEX_REFLECTION, SIMPLE_REFLECTION, OPEN_QUESTION, CLOSED_QUESTION, AFFIRM, AUTONOMY, COLLABORATION,
    INFORMATION_WITH_PERMISSION, INFORMATION, PERSUADE_WITH_PERMISSION, PERSUADE, CONFRONT, OTHER;

    private static final Set<Category> CONSISTENT = EnumSet.of(COMPLEX_REFLECTION, SIMPLE_REFLECTION, OPEN_QUESTION,
            AFFIRM, AUTONOMY, COLLABORATION, INFORMATION_WITH_PERMISSION, PERSUADE_WITH_PERMISSION);

    public boolean isMiConsistent() {
        return CONSISTENT.contains(this);
    }

    public boolean isMiInconsistent() {
        return this == PERSUADE || this == CONFRONT;
    }

    /** A readable label for feedback: "complex reflection". */
    public String label() {
        return Wire.name(this).replace('_', ' ');
    }
}
