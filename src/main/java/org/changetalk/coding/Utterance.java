package org.changetalk.coding;

/**
 * One utterance of a counselor turn (a complete thought) and the single code it got.
 * {@code question} is set only for QUESTION (and question-shaped SEEKING_COLLABORATION),
 * {@code reflection} only for reflections. {@code confidence} (0–1) is how often the deciding rule was right on
 * the tune gold set (see {@link Confidence}); 1 for codes a person gave.
 */
public record Utterance(Span span, Code code, QuestionType question, ReflectionDepth reflection, Evidence evidence,
                        double confidence) {
    public Utterance {
        if (!(confidence >= 0 && confidence <= 1)) throw new IllegalArgumentException("confidence must be in 0..1: " + confidence);
    }

    /** A code given by a person (an instructor's recode, a test): certain. */
    public Utterance(Span span, Code code, QuestionType question, ReflectionDepth reflection, Evidence evidence) {
        this(span, code, question, reflection, evidence, 1.0);
    }

    Utterance withConfidence(double c) {
        return new Utterance(span, code, question, reflection, evidence, c);
    }
}
