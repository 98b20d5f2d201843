package org.changetalk.session;

/** An instructor's review of a turn: the automatic codes are right (AGREE), or here are theirs (RECODE). */
public enum Verdict { AGREE, RECODE }
