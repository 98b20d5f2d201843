package org.changetalk.session;

import org.changetalk.coding.Code;
import org.changetalk.coding.QuestionType;
import org.changetalk.coding.ReflectionDepth;

import java.util.Objects;

/** One code an instructor gave a turn. {@code question} only on QUESTION; {@code reflection} follows from the code. */
public record HumanCode(Code code, QuestionType question, ReflectionDepth reflection) {
    public HumanCode {
        Objects.requireNonNull(code, "code");
    }
}
