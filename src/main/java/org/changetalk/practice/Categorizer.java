package org.changetalk.practice;

import org.changetalk.coding.Code;
import org.changetalk.coding.CounselorCoding;
import org.changetalk.coding.Flag;
import org.changetalk.coding.FlagKind;
import org.changetalk.coding.QuestionType;
import org.changetalk.scenario.model.Category;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Decides the one category a client reacts to, from the coder's codes and flags (docs/scenario-format.md#response-categories). */
public final class Categorizer {
    private static final Set<Category> PUSHABLE =
            EnumSet.of(Category.INFORMATION, Category.OPEN_QUESTION, Category.CLOSED_QUESTION, Category.OTHER);

    private Categorizer() {
    }

    /** @param previous the category of the trainee's previous response, or null on the first */
    public static Category categorize(CounselorCoding coding, Category previous) {
        List<Code> codes = coding.codes();
        Set<FlagKind> flags = flagKinds(coding);
        // Non-adherent behaviour anywhere wins: the client hears the push even when it is wrapped in a reflection.
        if (codes.contains(Code.CONFRONT) || flags.contains(FlagKind.LABELLING) || flags.contains(FlagKind.STIGMATIZING_LABEL)) {
            return Category.CONFRONT;
        }
        if (codes.contains(Code.PERSUADE)) {
            return Category.PERSUADE;
        }
        Category base = fromPrimary(coding, codes, previous);
        // "Have you thought about just quitting?" is a push dressed as a question.
        if (PUSHABLE.contains(base) && (flags.contains(FlagKind.RIGHTING_REFLEX) || flags.contains(FlagKind.ABSTINENCE_ONLY))) {
            return Category.PERSUADE;
        }
        return base;
    }

    static Set<FlagKind> flagKinds(CounselorCoding coding) {
        Set<FlagKind> kinds = EnumSet.noneOf(FlagKind.class);
        for (Flag f : coding.flags()) {
            kinds.add(f.kind());
        }
        return kinds;
    }

    private static Category fromPrimary(CounselorCoding coding, List<Code> codes, Category previous) {
        Code primary = coding.primary() == null ? Code.NO_CODE : coding.primary();
        return switch (primary) {
            case GIVING_INFORMATION -> codes.contains(Code.SEEKING_COLLABORATION) || codes.contains(Code.EMPHASIZE_AUTONOMY)
                    || previous == Category.COLLABORATION
                    ? Category.INFORMATION_WITH_PERMISSION : Category.INFORMATION;
            case PERSUADE -> Category.PERSUADE;
            case PERSUADE_WITH_PERMISSION -> Category.PERSUADE_WITH_PERMISSION;
            case QUESTION -> coding.question() == QuestionType.CLOSED ? Category.CLOSED_QUESTION : Category.OPEN_QUESTION;
            case SIMPLE_REFLECTION -> Category.SIMPLE_REFLECTION;
            case COMPLEX_REFLECTION -> Category.COMPLEX_REFLECTION;
            case AFFIRM -> Category.AFFIRM;
            case SEEKING_COLLABORATION -> Category.COLLABORATION;
            case EMPHASIZE_AUTONOMY -> Category.AUTONOMY;
            case CONFRONT -> Category.CONFRONT;
            case NO_CODE -> Category.OTHER;
        };
    }
}
