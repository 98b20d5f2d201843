package org.changetalk.scenario.library;

import org.changetalk.scenario.model.Scenario;
import org.changetalk.scenario.plan.TestPlan;

import java.nio.file.Path;

/** A valid scenario in the library, the file it came from, and its test plan (null when missing or invalid). */
public record LibraryEntry(Scenario scenario, Path file, TestPlan plan) {}
