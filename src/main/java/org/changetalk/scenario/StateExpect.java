package org.changetalk.scenario;

/** Expected client state in a test plan: ranges on measures and, optionally, the stage. */
public record StateExpect(StateGuard measures, Stage stage) {}
