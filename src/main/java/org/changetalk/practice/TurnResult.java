package org.changetalk.practice;

import org.changetalk.session.Ending;
import org.changetalk.session.SessionTurn;

/**
 * What one trainee response produced: the stored turn, whether its codes and feedback are withheld (feedback
 * after the session), and the ending when the client ended the conversation with it (the session is then
 * finished).
 */
public record TurnResult(SessionTurn turn, boolean withheld, Ending ending) {
    public boolean finished() {
        return ending != null;
    }
}
