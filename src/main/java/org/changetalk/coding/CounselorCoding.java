package org.changetalk.coding;

import java.util.List;

/**
 * A coded counselor turn: each utterance's code, the turn's main behaviour, and the harm-reduction flags.
 * {@code question}/{@code reflection} describe the primary behaviour (null when it is neither).
 */
public record CounselorCoding(Turn turn, List<Utterance> utterances, Code primary, QuestionType question,
                              ReflectionDepth reflection, Evidence primaryEvidence, List<Flag> flags)
        implements CodedTurn {
    public CounselorCoding {
        utterances = List.copyOf(utterances);
        flags = List.copyOf(flags);
    }

    /** The utterance codes in order, as the CLI reports them. */
    public List<Code> codes() {
        return utterances.stream().map(Utterance::code).toList();
    }
}
