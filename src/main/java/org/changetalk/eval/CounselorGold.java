package org.changetalk.eval;

import org.changetalk.coding.Code;
import org.changetalk.coding.QuestionType;
import org.changetalk.coding.ReflectionDepth;

/** A counselor turn's gold label (docs/gold-set.md); question and reflection may be null. */
record CounselorGold(Code primary, QuestionType question, ReflectionDepth reflection, boolean asQuestion)
        implements Gold {

    /** The gold 4-class behaviour: Seeking Collaboration counts as a question when asked as one. */
    Behaviour behaviour() {
        return Behaviour.of(primary, asQuestion || question != null);
    }
}
