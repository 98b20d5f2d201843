package org.changetalk.practice;

import org.changetalk.scenario.model.DrillItem;
import org.changetalk.scenario.model.Level;

/** The statement a trainee is asked to answer next, and at which level. */
public record DrillPrompt(Level level, DrillItem item) {}
