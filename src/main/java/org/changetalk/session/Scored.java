package org.changetalk.session;

import org.changetalk.coding.SessionSummary;

import java.util.List;
import java.util.Map;

/**
 * A session as one scorer saw it: the turns it counted (recoded ones replaced when {@code source} is
 * WITH_RECODES), the recodes by turn number (always, so a review can show both), the MITI summary, the
 * client's talk and the outcome.
 */
public record Scored(StoredSession session, CodeSource source, List<SessionTurn> counted, Map<Integer, Recode> recodes,
                     SessionSummary summary, TalkCounts talk, Outcome outcome) {
    public Scored {
        counted = List.copyOf(counted);
        recodes = Map.copyOf(recodes);
    }
}
