package org.changetalk.scenario;

/**
 * What must follow one scripted response; every field is optional (null: not checked).
 * Conversations use category, beat, talk, state; drills use category, success, level.
 */
public record StepExpect(Category category, String beat, ClientTalk talk, StateExpect state, Boolean success, Level level) {
    public static final StepExpect NOTHING = new StepExpect(null, null, null, null, null, null);
}
