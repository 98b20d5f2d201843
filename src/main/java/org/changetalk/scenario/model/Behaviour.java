package org.changetalk.scenario.model;

/** The behaviour a conversation is about. */
public enum Behaviour {
    ALCOHOL, OPIOIDS, STIMULANTS, CANNABIS, TOBACCO, VAPING, BENZODIAZEPINES, POLYSUBSTANCE, GAMBLING, OTHER
}
