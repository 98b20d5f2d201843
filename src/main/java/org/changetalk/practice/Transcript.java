package org.changetalk.practice;

import org.changetalk.session.Ending;
import org.changetalk.session.ClientLine;
import org.changetalk.scenario.model.ClientState;

import java.util.List;

/** A whole conversation session, replayable from its scenario, seed and trainee texts. {@code ending} may be null. */
public record Transcript(String scenario, long seed, ClientState start, ClientLine opening, List<PracticeTurn> turns,
                         Ending ending) {
    public Transcript {
        turns = List.copyOf(turns);
    }
}
