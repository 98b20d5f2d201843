package org.changetalk.scenario.model;

/** The two kinds of scenario file. */
public enum ScenarioKind { CONVERSATION, DRILL }
