package org.changetalk.coding;

import java.util.Set;

/**
 * How a client turn opens as an answer: agreeing ("Yeah.", "Exactly.", "I guess so.", "Kind of."), turning
 * down ("No.", "Not really.", "I don't think so."), or neither. Read from the REPLY_AGREE and REPLY_DISAGREE
 * phrases of the client lexicon, at the start of the turn (after hesitations such as "um", "well", "I mean").
 */
final class ClientReply {
    enum Shape { AGREE, DISAGREE, CLOSING, NONE }

    /** The shape and the words it rests on. */
    record Reply(Shape shape, Span span) {
        static final Reply NONE = new Reply(Shape.NONE, null);
    }

    private final PhraseTrie trie;
    private final Set<String> hesitations;
    private final Set<String> closing;

    ClientReply(Lexicon lexicon) {
        this.trie = lexicon.trie(java.util.EnumSet.of(Cue.REPLY_AGREE, Cue.REPLY_DISAGREE));
        this.hesitations = lexicon.set("hesitation");
        this.closing = lexicon.set("closing");
    }

    Reply of(Text text) {
        if (text.sentences.isEmpty()) return Reply.NONE;
        for (String w : text.words) {
            if (closing.contains(w)) return new Reply(Shape.CLOSING, null);
        }
        Text.Sentence s = text.sentences.get(0);
        int start = s.from();
        while (start < s.to() - 1 && hesitations.contains(text.words.get(start))) start++;
        int at = start - s.from();
        Match best = null;
        for (Match m : trie.matchAll(text, s.from(), s.to())) {
            if (m.from() != at) continue;
            if (best == null || m.to() > best.to()) best = m;
        }
        if (best == null) return Reply.NONE;
        Shape shape = best.cue() == Cue.REPLY_AGREE ? Shape.AGREE : Shape.DISAGREE;
        return new Reply(shape, text.span(s.from() + best.from(), s.from() + best.to()));
    }
}
