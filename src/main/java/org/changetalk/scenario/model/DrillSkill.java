package org.changetalk.scenario.model;

/** The one skill a drill practises. */
public enum DrillSkill {
    SIMPLE_REFLECTION, COMPLEX_REFLECTION, DOUBLE_SIDED_REFLECTION, AFFIRMATION, AUTONOMY,
    SUSTAIN_TALK_AND_DISCORD, ASKING_PERMISSION, OPEN_QUESTIONS
}
