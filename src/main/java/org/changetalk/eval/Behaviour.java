package org.changetalk.eval;

import org.changetalk.coding.Code;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The four main-behaviour classes of the hidden human-coded corpus, and how a MITI primary code maps onto
 * them. Seeking Collaboration splits by form: asked as a question it is a question there.
 */
enum Behaviour {
    REFLECTION, QUESTION, INPUT, OTHER;

    static final List<String> LABELS = Arrays.stream(values()).map(Behaviour::label).toList();

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Behaviour of(Code primary, boolean phrasedAsQuestion) {
        return switch (primary) {
            case SIMPLE_REFLECTION, COMPLEX_REFLECTION -> REFLECTION;
            case QUESTION -> QUESTION;
            case GIVING_INFORMATION, PERSUADE, PERSUADE_WITH_PERMISSION, CONFRONT -> INPUT;
            case AFFIRM, EMPHASIZE_AUTONOMY, NO_CODE -> OTHER;
            case SEEKING_COLLABORATION -> phrasedAsQuestion ? QUESTION : OTHER;
        };
    }
}
