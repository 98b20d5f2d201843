package org.changetalk.scenario.model;

/** How a conversation can end. */
public enum EndKind { STAGE_MOVED, PLAN_AGREED, DISENGAGED, NATURAL_CLOSE }
