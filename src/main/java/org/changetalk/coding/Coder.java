package org.changetalk.coding;

import java.util.ArrayList;
import java.util.List;

/**
 * Codes a conversation the way a MITI 4.2.1 coder would. Thread-safe and cheap to call:
 * all lexicons are built once in the constructor.
 */
public final class Coder {

    public Coder() {
    }

    /** Codes every turn of a conversation, in order; each turn is read against the turns before it. */
    public List<CodedTurn> code(List<Turn> conversation) {
        List<CodedTurn> out = new ArrayList<>(conversation.size());
        for (int i = 0; i < conversation.size(); i++) {
            out.add(codeTurn(conversation.subList(0, i), conversation.get(i)));
        }
        return out;
    }

    /** Codes one turn given the turns before it (oldest first). */
    public CodedTurn codeTurn(List<Turn> history, Turn turn) {
        return switch (turn.speaker()) {
            case COUNSELOR -> codeCounselor(history, turn);
            case CLIENT -> codeClient(history, turn);
        };
    }

    public CounselorCoding codeCounselor(List<Turn> history, Turn turn) {
        // placeholder until the rule set lands
        Span all = new Span(0, turn.text().length());
        Evidence ev = Evidence.of(all, "placeholder", "Not yet coded.");
        return new CounselorCoding(turn, List.of(new Utterance(all, Code.NO_CODE, null, null, ev)),
                Code.NO_CODE, null, null, ev, List.of());
    }

    public ClientCoding codeClient(List<Turn> history, Turn turn) {
        Span all = new Span(0, turn.text().length());
        return new ClientCoding(turn, Talk.NEUTRAL, null, Evidence.of(all, "placeholder", "Not yet coded."));
    }
}
