package org.changetalk.eval;

import org.changetalk.coding.CodedTurn;
import org.changetalk.coding.ConversationCoder;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A gold session is stored as one item per labelled turn, each item the session up to that turn, and the coder reads
 * a turn only against the turns before it. Coding every item from the first turn made an evaluation quadratic in a
 * session's length; here a conversation is coded once, on its longest item, and every item that is a prefix of it
 * takes its code from there. An item that is not a prefix (two files reusing a conversation id) is coded alone.
 */
final class SessionPrefixes {
    private final Map<String, GoldItem> longest = new HashMap<>();
    private final Map<GoldItem, List<CodedTurn>> codedLongest = new IdentityHashMap<>();

    SessionPrefixes(List<GoldPart> parts) {
        for (GoldPart part : parts) {
            for (GoldItem item : part.items()) {
                longest.merge(key(item), item, (a, b) -> b.turns().size() > a.turns().size() ? b : a);
            }
        }
    }

    CodedTurn coded(GoldItem item, ConversationCoder coder) {
        GoldItem whole = longest.get(key(item));
        int length = item.turns().size();
        if (whole == null || !whole.turns().subList(0, length).equals(item.turns())) {
            return coder.code(item.turns()).get(item.labelled());
        }
        return codedLongest.computeIfAbsent(whole, w -> coder.code(w.turns())).get(item.labelled());
    }

    private static String key(GoldItem item) {
        return item.file() + '\u0000' + item.conversation();
    }
}
