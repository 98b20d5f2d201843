package org.changetalk.coding;

/** DARN-CAT: the kinds of change (and, mirrored, sustain) talk. */
public enum TalkKind { DESIRE, ABILITY, REASON, NEED, COMMITMENT, ACTIVATION, TAKING_STEPS }
