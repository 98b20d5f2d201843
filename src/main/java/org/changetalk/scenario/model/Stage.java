package org.changetalk.scenario.model;

/** Stages of change (Prochaska, DiClemente and Norcross), in order. */
public enum Stage {
    PRECONTEMPLATION, CONTEMPLATION, PREPARATION, ACTION, MAINTENANCE;

    public boolean isAfter(Stage other) {
        return compareTo(other) > 0;
    }
}
