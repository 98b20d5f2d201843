package org.changetalk.session;

/**
 * A finished session's MITI counts kept beside it, so progress by week reads them without loading turns.
 * Written from the same summary the report shows (automatic codes).
 */
public record SessionStats(int simpleReflections, int complexReflections, int questions, int miAdherent,
                           int miNonAdherent) {}
