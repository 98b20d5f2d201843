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
    private final Set<String> subjects;
    private final Set<String> auxiliaries;
    private final Set<String> negatedAuxiliaries;
    private final Set<String> contracted;
    private final Set<String> intensifiers;
    private final Set<String> negators;

    ClientReply(Lexicon lexicon) {
        this.trie = lexicon.trie(java.util.EnumSet.of(Cue.REPLY_AGREE, Cue.REPLY_DISAGREE));
        this.hesitations = lexicon.set("hesitation");
        this.closing = lexicon.set("closing");
        this.subjects = lexicon.set("ellipsis_subject");
        this.auxiliaries = lexicon.set("ellipsis_aux");
        this.negatedAuxiliaries = lexicon.set("ellipsis_aux_negated");
        this.contracted = lexicon.set("ellipsis_subject_aux");
        this.intensifiers = lexicon.set("ellipsis_adverb");
        this.negators = lexicon.set("negator");
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
        if (best == null) return elliptical(text, s);
        Shape shape = best.cue() == Cue.REPLY_AGREE ? Shape.AGREE : Shape.DISAGREE;
        return new Reply(shape, text.span(s.from() + best.from(), s.from() + best.to()));
    }

    /**
     * A sentence that is only a subject and an auxiliary, the rest of the counselor's sentence understood: "I am.",
     * "It did.", "It really has.", "I will." agree with what was said or asked; "I don't.", "I'm not.", "It hasn't."
     * turn it down (and after a negative statement the coder reads "I don't." as agreeing, as it reads "No."). Spoken
     * answers to a reflection take this form beside "yeah", and the phrase list cannot hold every subject and verb.
     */
    private Reply elliptical(Text text, Text.Sentence s) {
        // hesitations before it ("Um, it did."), but not the "I" of "I am." (a hesitation in "I mean…")
        int start = s.from();
        while (start < s.to() - 1 && hesitations.contains(text.words.get(start)) && !subjects.contains(text.words.get(start))) start++;
        int end = s.to();
        while (end > start && !Character.isLetterOrDigit(text.words.get(end - 1).charAt(0))) end--;
        if (end - start < 2 || end - start > 4) return Reply.NONE;
        int i = start;
        boolean negated;
        if (contracted.contains(text.words.get(i))) {
            // "I'm not.", "It's not.": a contracted subject and auxiliary stand only with a negation
            i++;
            while (i < end - 1 && intensifiers.contains(text.words.get(i))) i++;
            if (i != end - 1 || !negators.contains(text.words.get(i))) return Reply.NONE;
            negated = true;
        } else {
            if (!subjects.contains(text.words.get(i))) return Reply.NONE;
            i++;
            while (i < end - 1 && intensifiers.contains(text.words.get(i))) i++;
            String aux = text.words.get(i);
            if (negatedAuxiliaries.contains(aux)) {
                negated = true;
            } else if (auxiliaries.contains(aux)) {
                negated = i + 1 < end && negators.contains(text.words.get(i + 1));
                if (negated) i++;
            } else {
                return Reply.NONE;
            }
            if (i != end - 1) return Reply.NONE;
        }
        Span span = text.span(start, end);
        return new Reply(negated ? Shape.DISAGREE : Shape.AGREE, span);
    }
}
