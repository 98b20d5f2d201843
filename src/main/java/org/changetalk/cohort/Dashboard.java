package org.changetalk.cohort;

import org.changetalk.account.User;
import org.changetalk.coding.SessionSummary;
import org.changetalk.session.SessionInfo;

import java.util.List;

/**
 * A dashboard: a cohort's (with its id and name) or a trainee's own ({@code cohortId} null). Each trainee's
 * finished sessions with their scores (instructor recodes counted), drills mastered and when they last
 * practised; the most frequent pitfalls by stage; and who has been idle longer than {@code inactiveDays}.
 */
public record Dashboard(String cohortId, String cohortName, int inactiveDays, List<Trainee> trainees,
                        List<Pitfall> pitfalls, List<User> inactive) {
    public Dashboard {
        trainees = List.copyOf(trainees);
        pitfalls = List.copyOf(pitfalls);
        inactive = List.copyOf(inactive);
    }

    /** {@code lastPractised} is epoch milliseconds, or null when they never practised. */
    public record Trainee(User user, List<Session> sessions, List<String> drillsMastered, Long lastPractised,
                          boolean inactive) {
        public Trainee {
            sessions = List.copyOf(sessions);
            drillsMastered = List.copyOf(drillsMastered);
        }
    }

    public record Session(SessionInfo info, SessionSummary summary) {}

    /** A pitfall category at a stage (the format's names; stage null when unknown): how often and by how many. */
    public record Pitfall(String category, String stage, int count, int trainees) {}
}
