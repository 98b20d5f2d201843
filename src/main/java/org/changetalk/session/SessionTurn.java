package org.changetalk.session;

import org.changetalk.coding.CounselorCoding;
import org.changetalk.scenario.model.Category;
import org.changetalk.scenario.model.ClientState;

import java.util.Objects;

/**
 * One stored exchange: the trainee's response (numbered from 1) as the coder coded it and the engine
 * categorised it, the client's reply, the client's state after it, and the feedback.
 * <p>
 * An imported transcript has no simulated client: {@code state} and {@code feedback} are null there, and
 * {@code reply} is null when the counselor spoke twice in a row. {@code category} is null only when no
 * category applies.
 */
public record SessionTurn(int number, String trainee, CounselorCoding coding, Category category, ClientLine reply,
                          ClientState state, Feedback feedback) {
    public SessionTurn {
        if (number < 1) {
            throw new IllegalArgumentException("turn numbers start at 1, not " + number);
        }
        Objects.requireNonNull(trainee, "trainee");
        Objects.requireNonNull(coding, "coding");
    }
}
