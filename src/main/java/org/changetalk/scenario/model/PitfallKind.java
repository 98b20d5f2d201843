package org.changetalk.scenario.model;

/** Mistakes trainees typically make, named so feedback and reports can group them. */
public enum PitfallKind {
    RIGHTING_REFLEX, PREMATURE_ADVICE, PREMATURE_FOCUS, LABELLING, STIGMATIZING_LANGUAGE, CONFRONTATION,
    EXPERT_TRAP, QUESTION_TRAP, TAKING_SIDES, BLAMING, ABSTINENCE_ONLY, FALSE_REASSURANCE
}
