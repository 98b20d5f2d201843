package org.changetalk.coding;

import java.util.Arrays;
import java.util.List;

/** Hand-built codings for tests that must not depend on what the real coder decides. */
public final class Codings {
    private Codings() {
    }

    public static Evidence evidence(String rule) {
        return Evidence.of(new Span(0, 1), rule, "Test evidence for " + rule + ".");
    }

    public static Utterance utterance(Code code) {
        QuestionType question = code == Code.QUESTION ? QuestionType.OPEN : null;
        ReflectionDepth depth = code == Code.SIMPLE_REFLECTION ? ReflectionDepth.SIMPLE
                : code == Code.COMPLEX_REFLECTION ? ReflectionDepth.COMPLEX : null;
        return new Utterance(new Span(0, 1), code, question, depth, evidence(code.name()));
    }

    public static Utterance question(QuestionType type) {
        return new Utterance(new Span(0, 1), Code.QUESTION, type, null, evidence("question"));
    }

    /** A counselor volley of the given utterances; its primary behaviour is the first one's. */
    public static CounselorCoding counselor(Utterance... utterances) {
        List<Utterance> list = Arrays.asList(utterances);
        Utterance first = list.get(0);
        return new CounselorCoding(Turn.counselor("x".repeat(8)), list, first.code(), first.question(),
                first.reflection(), first.evidence(), List.of());
    }

    public static CounselorCoding counselor(Code... codes) {
        return counselor(Arrays.stream(codes).map(Codings::utterance).toArray(Utterance[]::new));
    }

    public static ClientCoding client(Talk talk) {
        TalkKind kind = talk == Talk.NEUTRAL ? null : TalkKind.REASON;
        return new ClientCoding(Turn.client("y".repeat(8)), talk, kind, evidence("talk"));
    }
}
