package org.changetalk.session;

/** The client's replies by talk, as the scenario (or, for imports, the coder) labelled them. */
public record TalkCounts(int change, int sustain, int neutral, int discord) {}
