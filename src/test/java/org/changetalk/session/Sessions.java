package org.changetalk.session;

import org.changetalk.coding.Code;
import org.changetalk.coding.CounselorCoding;
import org.changetalk.coding.Evidence;
import org.changetalk.coding.QuestionType;
import org.changetalk.coding.ReflectionDepth;
import org.changetalk.coding.Span;
import org.changetalk.coding.Turn;
import org.changetalk.coding.Utterance;
import org.changetalk.scenario.model.ClientState;
import org.changetalk.scenario.model.ClientTalk;
import org.changetalk.scenario.model.Stage;

import java.util.List;

/** Typed sessions for tests: a header and turns built without an engine or a coder. */
public final class Sessions {
    private Sessions() {
    }

    public static final ClientState START = new ClientState(5, 2, 4, 4, Stage.CONTEMPLATION);

    public static SessionInfo active(String id, String user, long startedAt) {
        return new SessionInfo(id, user, "sc", "T", 1, "live", SessionInfo.ACTIVE, startedAt, null, 0,
                new ClientLine("open", "Hi.", ClientTalk.NEUTRAL), START, new PersonaBrief("Sam", 30, "they/them"),
                null, null, SessionInfo.PRACTICE);
    }

    public static SessionInfo imported(String id, String user, int turns, SessionStats stats) {
        return new SessionInfo(id, user, "imported", "Role play", 0, "live", SessionInfo.FINISHED, 100, 100L, turns,
                null, null, null, null, stats, SessionInfo.IMPORTED);
    }

    /** A coding with one utterance of the code over the whole text, with evidence and the coder's confidence. */
    public static CounselorCoding coded(String text, Code code) {
        QuestionType q = code == Code.QUESTION ? QuestionType.OPEN : null;
        ReflectionDepth r = code == Code.SIMPLE_REFLECTION ? ReflectionDepth.SIMPLE
                : code == Code.COMPLEX_REFLECTION ? ReflectionDepth.COMPLEX : null;
        Evidence e = Evidence.of(new Span(0, text.length()), "test", "Coded " + code + " for the test.");
        return new CounselorCoding(Turn.counselor(text), List.of(new Utterance(new Span(0, text.length()), code, q, r, e, 0.8)),
                code, q, r, e, List.of(), 0.75, true);
    }

    public static SessionTurn turn(int number, String text, Code code, ClientTalk talk, double discord) {
        return new SessionTurn(number, text, coded(text, code), null, new ClientLine("b" + number, "Reply " + number + ".", talk),
                new ClientState(5, discord, 4, 4, Stage.CONTEMPLATION), null);
    }

    /** An imported turn: no state, no feedback, maybe no reply. */
    public static SessionTurn importedTurn(int number, String text, Code code, ClientTalk replyTalk) {
        return new SessionTurn(number, text, coded(text, code), null,
                replyTalk == null ? null : new ClientLine(null, "Reply " + number + ".", replyTalk), null, null);
    }
}
