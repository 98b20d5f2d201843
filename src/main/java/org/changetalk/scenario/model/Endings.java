package org.changetalk.scenario.model;

/** The two endings that can interrupt any beat: the client disengaging, and the session running its course. */
public record Endings(Disengage disengage, NaturalClose naturalClose) {

    /** The client walks out when discord reaches or engagement falls to these levels. */
    public record Disengage(double discordAtLeast, double engagementAtMost, String beat) {
        public boolean holds(ClientState state) {
            return state.discord() >= discordAtLeast || state.engagement() <= engagementAtMost;
        }
    }

    /** After this many trainee responses the client closes the session. */
    public record NaturalClose(int afterTurns, String beat) {}
}
