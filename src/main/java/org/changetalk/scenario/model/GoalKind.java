package org.changetalk.scenario.model;

/** Kinds of goal a client may choose; abstinence is one of them, not the default. */
public enum GoalKind {
    ABSTINENCE, MODERATION, SAFER_USE, QUIT_ONE_SUBSTANCE, NALOXONE, NO_DRIVING_AFTER_USE, SWITCH_ROUTE, TREATMENT, OTHER
}
