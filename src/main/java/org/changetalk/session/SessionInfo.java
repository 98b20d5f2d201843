package org.changetalk.session;

import org.changetalk.scenario.model.ClientState;

/**
 * A stored session without its turns: what lists show, and what is needed to rebuild the engine (scenario,
 * seed) or to show the session without it (opening, starting state, persona).
 *
 * @param feedback   "live" or "after": when the trainee sees each turn's codes and feedback
 * @param status     "active" or "finished"
 * @param opening    the client's first line; null for an imported transcript that starts with the counselor
 * @param startState the client's state before the first turn; null for an imported transcript
 * @param persona    null for an imported transcript
 * @param ending     how the client ended the conversation; null when it did not (finished by the trainee)
 * @param stats      the finished session's counts; null while active
 * @param kind       {@link #PRACTICE} or {@link #IMPORTED}
 * @param guided     the trainee picked each response from offered ones (guided mode) instead of typing it
 */
public record SessionInfo(String id, String userId, String scenarioId, String title, long seed, String feedback,
                          String status, long startedAt, Long finishedAt, int turnCount, ClientLine opening,
                          ClientState startState, PersonaBrief persona, Ending ending, SessionStats stats,
                          String kind, boolean guided) {
    public static final String PRACTICE = "practice";
    public static final String IMPORTED = "imported";
    public static final String ACTIVE = "active";
    public static final String FINISHED = "finished";
    public static final String AFTER = "after";

    /** A typed (not guided) session: what every session was before guided mode. */
    public SessionInfo(String id, String userId, String scenarioId, String title, long seed, String feedback,
                       String status, long startedAt, Long finishedAt, int turnCount, ClientLine opening,
                       ClientState startState, PersonaBrief persona, Ending ending, SessionStats stats, String kind) {
        this(id, userId, scenarioId, title, seed, feedback, status, startedAt, finishedAt, turnCount, opening,
                startState, persona, ending, stats, kind, false);
    }

    public boolean finished() {
        return FINISHED.equals(status);
    }

    /** True while the trainee's codes and feedback are withheld (feedback after the session, not yet finished). */
    public boolean withholdsFeedback() {
        return AFTER.equals(feedback) && !finished();
    }
}
