package org.changetalk.coding;

/** What a client turn says about the target behaviour. */
public enum Talk { CHANGE, SUSTAIN, NEUTRAL }
