package org.changetalk.coding;

import java.util.List;

/**
 * A coded counselor turn: each utterance's code, the turn's main behaviour, and the harm-reduction flags.
 * {@code question}/{@code reflection} describe the primary behaviour (null when it is neither).
 * {@code confidence} (0–1) is how sure the coder is of the primary: its deciding rule's record on the tune gold
 * set; {@code contested} says the signals disagreed (cues of another act in the deciding sentence, or the turn's
 * sentences pulling different ways), and such decisions are counted apart, with their own, lower, record.
 */
public record CounselorCoding(Turn turn, List<Utterance> utterances, Code primary, QuestionType question,
                              ReflectionDepth reflection, Evidence primaryEvidence, List<Flag> flags, double confidence,
                              boolean contested)
        implements CodedTurn {
    public CounselorCoding {
        utterances = List.copyOf(utterances);
        flags = List.copyOf(flags);
        if (!(confidence >= 0 && confidence <= 1)) throw new IllegalArgumentException("confidence must be in 0..1: " + confidence);
    }

    /** A coding given by a person (stored recodes, tests): certain. */
    public CounselorCoding(Turn turn, List<Utterance> utterances, Code primary, QuestionType question,
                           ReflectionDepth reflection, Evidence primaryEvidence, List<Flag> flags) {
        this(turn, utterances, primary, question, reflection, primaryEvidence, flags, 1.0, false);
    }

    /** The utterance codes in order, as the CLI reports them. */
    public List<Code> codes() {
        return utterances.stream().map(Utterance::code).toList();
    }
}
