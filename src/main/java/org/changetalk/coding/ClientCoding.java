package org.changetalk.coding;

/** A coded client turn: change, sustain or neutral talk, the DARN-CAT kind (null when neutral), and why. */
public record ClientCoding(Turn turn, Talk talk, TalkKind kind, Evidence evidence) implements CodedTurn {}
