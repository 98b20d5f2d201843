package org.changetalk.scenario.plan;

import org.changetalk.scenario.model.Stage;
import org.changetalk.scenario.model.StateGuard;

/** Expected client state in a test plan: ranges on measures and, optionally, the stage. */
public record StateExpect(StateGuard measures, Stage stage) {}
