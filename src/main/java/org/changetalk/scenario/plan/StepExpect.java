package org.changetalk.scenario.plan;

import org.changetalk.scenario.model.Category;
import org.changetalk.scenario.model.ClientTalk;
import org.changetalk.scenario.model.Level;
import org.changetalk.scenario.model.Phrase;
import org.changetalk.scenario.model.ReplyKind;

import java.util.List;

/**
 * What must follow one scripted response; every field is optional (null: not checked).
 * Conversations use category, beat, talk, state, move (the kind of reply) and says (words that must occur in
 * the reply, e.g. a ruler's number); drills use category, success, level.
 */
public record StepExpect(Category category, String beat, ClientTalk talk, StateExpect state, Boolean success, Level level,
                         ReplyKind move, List<Phrase> says) {
    public static final StepExpect NOTHING = new StepExpect(null, null, null, null, null, null, null, List.of());

    public StepExpect {
        says = List.copyOf(says);
    }
}
