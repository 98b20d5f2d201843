package org.changetalk.eval;

import org.changetalk.coding.CodedTurn;
import org.changetalk.coding.ConversationCoder;
import org.changetalk.coding.Turn;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A gold session is stored as one item per labelled turn, each item the session up to that turn, and the coder reads
 * a turn only against the turns before it. Coding every item from the first turn made an evaluation quadratic in a
 * session's length; here a conversation is coded once, on its longest item, and every item that is a prefix of it
 * takes its code from there. An item that is not a prefix (two files reusing a conversation id) is coded alone.
 * It is also the coder the session ranking codes whole sessions with, so a session is not coded a second time there.
 */
final class SessionPrefixes implements ConversationCoder {
    private final ConversationCoder coder;
    private final Map<String, GoldItem> longest = new HashMap<>();
    private final Map<List<Turn>, List<CodedTurn>> codedSessions = new HashMap<>();

    SessionPrefixes(List<GoldPart> parts, ConversationCoder coder) {
        this.coder = coder;
        for (GoldPart part : parts) {
            for (GoldItem item : part.items()) {
                longest.merge(key(item), item, (a, b) -> b.turns().size() > a.turns().size() ? b : a);
            }
        }
    }

    CodedTurn coded(GoldItem item) {
        GoldItem whole = longest.get(key(item));
        int length = item.turns().size();
        if (whole == null || !whole.turns().subList(0, length).equals(item.turns())) {
            return coder.code(item.turns()).get(item.labelled());
        }
        return code(whole.turns()).get(item.labelled());
    }

    /** A whole session's codes, coded once however often it is asked for. */
    @Override
    public List<CodedTurn> code(List<Turn> conversation) {
        return codedSessions.computeIfAbsent(conversation, coder::code);
    }

    private static String key(GoldItem item) {
        return item.file() + '\u0000' + item.conversation();
    }
}
