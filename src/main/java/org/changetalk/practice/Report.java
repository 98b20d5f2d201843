package org.changetalk.practice;

import org.changetalk.session.Scored;

import java.util.List;

/** The end-of-session report: the session as the scorer counted it (with recodes), and its key turns. */
public record Report(Scored scored, List<KeyTurn> keyTurns) {
    public Report {
        keyTurns = List.copyOf(keyTurns);
    }
}
