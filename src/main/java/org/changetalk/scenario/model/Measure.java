package org.changetalk.scenario.model;

/** The numeric parts of a client's state, each on a 0–10 scale. */
public enum Measure { ENGAGEMENT, DISCORD, IMPORTANCE, CONFIDENCE }
