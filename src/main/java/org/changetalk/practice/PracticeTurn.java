package org.changetalk.practice;

import org.changetalk.coding.CounselorCoding;
import org.changetalk.scenario.model.Category;
import org.changetalk.scenario.model.ClientState;
import org.changetalk.session.ClientLine;
import org.changetalk.session.Feedback;
import org.changetalk.session.SessionTurn;

/**
 * One exchange: the trainee's response (numbered from 1), how it was coded and categorised,
 * which beat it answered, the client's reply, the state after it, and the feedback.
 */
public record PracticeTurn(int number, String trainee, CounselorCoding coding, Category category, String answered,
                           ClientLine reply, ClientState after, Feedback feedback) {
    /** The turn as a session stores it (what it answered is the engine's business, not the record's). */
    public SessionTurn stored() {
        return new SessionTurn(number, trainee, coding, category, reply, after, feedback);
    }
}
