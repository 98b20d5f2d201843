package org.changetalk.scenario.model;

/** What a client line is: change or sustain talk about the behaviour, neutral, or discord about the relationship. */
public enum ClientTalk { CHANGE, SUSTAIN, NEUTRAL, DISCORD }
