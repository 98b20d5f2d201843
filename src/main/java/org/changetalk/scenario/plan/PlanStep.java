package org.changetalk.scenario.plan;

/** One scripted trainee response, where it is written (for failure reports), and what must follow. */
public record PlanStep(int line, String say, StepExpect expect) {}
