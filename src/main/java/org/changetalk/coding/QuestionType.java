package org.changetalk.coding;

/** MISC's split of questions: open ones invite a wide range of answers, closed ones a short or yes/no answer. */
public enum QuestionType { OPEN, CLOSED }
