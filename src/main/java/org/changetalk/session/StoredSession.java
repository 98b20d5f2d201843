package org.changetalk.session;

import org.changetalk.coding.ClientCoding;
import org.changetalk.coding.CodedTurn;
import org.changetalk.coding.Evidence;
import org.changetalk.coding.Talk;
import org.changetalk.coding.Turn;
import org.changetalk.scenario.model.ClientState;

import java.util.ArrayList;
import java.util.List;

/** A session as stored: its header and its turns as records, in order. Nothing here is JSON. */
public record StoredSession(SessionInfo info, List<SessionTurn> turns) {
    public StoredSession {
        turns = List.copyOf(turns);
    }

    public String id() {
        return info.id();
    }

    /** The client's state after the last turn (the starting state before any); null for imported transcripts. */
    public ClientState state() {
        ClientState s = info.startState();
        for (SessionTurn t : turns) {
            if (t.state() != null) {
                s = t.state();
            }
        }
        return s;
    }

    /**
     * The coded conversation: the opening, then each response and its reply. The client's lines carry the talk
     * the scenario author (or, for an imported transcript, the coder) gave them; MITI counts discord as neither
     * change nor sustain talk, since it is about the relationship.
     */
    public List<CodedTurn> coded() {
        return coded(turns);
    }

    /** As {@link #coded()}, with other turns (e.g. with instructors' recodes) in place of the stored ones. */
    public List<CodedTurn> coded(List<SessionTurn> counted) {
        List<CodedTurn> out = new ArrayList<>();
        if (info.opening() != null) {
            out.add(client(info.opening()));
        }
        for (SessionTurn t : counted) {
            out.add(t.coding());
            if (t.reply() != null) {
                out.add(client(t.reply()));
            }
        }
        return out;
    }

    private static ClientCoding client(ClientLine line) {
        Talk miti = switch (line.talk()) {
            case CHANGE -> Talk.CHANGE;
            case SUSTAIN -> Talk.SUSTAIN;
            case NEUTRAL, DISCORD -> Talk.NEUTRAL;
        };
        return new ClientCoding(Turn.client(line.text()), miti, null, new Evidence(List.of(), "scenario",
                "The scenario marks this line as " + line.talk().name().toLowerCase(java.util.Locale.ROOT) + " talk."));
    }
}
