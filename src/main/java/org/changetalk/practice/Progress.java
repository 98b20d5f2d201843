package org.changetalk.practice;

import org.changetalk.session.SessionInfo;

import java.util.List;

/** A trainee's sessions (newest first) and their finished sessions' numbers by week (oldest first). */
public record Progress(List<SessionInfo> sessions, List<Week> weeks) {
    public Progress {
        sessions = List.copyOf(sessions);
        weeks = List.copyOf(weeks);
    }
}
