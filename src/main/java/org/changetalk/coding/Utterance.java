package org.changetalk.coding;

/**
 * One utterance of a counselor turn (a complete thought) and the single code it got.
 * {@code question} is set only for QUESTION (and question-shaped SEEKING_COLLABORATION),
 * {@code reflection} only for reflections.
 */
public record Utterance(Span span, Code code, QuestionType question, ReflectionDepth reflection, Evidence evidence) {}
