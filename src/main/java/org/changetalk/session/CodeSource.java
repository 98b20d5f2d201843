package org.changetalk.session;

/** Which codes a summary counts: the coder's alone, or an instructor's recode where a turn has one. */
public enum CodeSource { AUTO, WITH_RECODES }
