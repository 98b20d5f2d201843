package org.changetalk.scenario.model;

/** A good response at this moment, the skill it shows, and why it works here. */
public record Exemplar(Category skill, String text, String why) {}
