package org.changetalk.session;

import org.changetalk.scenario.model.EndKind;

/**
 * How the conversation went for the client, shown beside the MITI numbers so good counts never hide a lost
 * client: how it ended (null when the trainee finished it) and the highest discord reached, and when.
 *
 * @param discordPeak     the highest discord (0–10) over the starting state and every turn; null without a
 *                        simulated client (imported transcripts)
 * @param discordPeakTurn the turn that reached it first (0: the start)
 */
public record Outcome(Ending ending, Double discordPeak, int discordPeakTurn) {
    /** The client withdrew: ended the conversation disengaged. */
    public boolean walkout() {
        return ending != null && ending.kind() == EndKind.DISENGAGED;
    }
}
