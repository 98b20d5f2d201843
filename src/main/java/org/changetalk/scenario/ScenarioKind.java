package org.changetalk.scenario;

/** The two kinds of scenario file. */
public enum ScenarioKind { CONVERSATION, DRILL }
