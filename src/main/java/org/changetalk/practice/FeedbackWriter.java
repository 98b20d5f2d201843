package org.changetalk.practice;

import org.changetalk.session.Feedback;
import org.changetalk.coding.CounselorCoding;
import org.changetalk.coding.Flag;
import org.changetalk.coding.FlagKind;
import org.changetalk.scenario.Beat;
import org.changetalk.scenario.Category;
import org.changetalk.scenario.Exemplar;
import org.changetalk.scenario.Pitfall;
import org.changetalk.scenario.PitfallKind;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static java.util.stream.Collectors.toSet;

/**
 * Writes feedback from what the scenario author wrote for the beat the trainee was answering:
 * a matching pitfall's why, else a matching exemplar's why, else the general advice.
 */
final class FeedbackWriter {
    private FeedbackWriter() {
    }

    static Feedback write(Beat answered, Category category, CounselorCoding coding) {
        Set<PitfallKind> flagged = Categorizer.flagKinds(coding).stream().map(FeedbackWriter::pitfallKind).collect(toSet());
        // The most specific match first: the mistake the coder flagged, then the category the author expected it as.
        String why = answered.pitfalls().stream()
                .filter(p -> flagged.contains(p.kind()) && (p.category() == null || p.category() == category))
                .map(Pitfall::why).findFirst()
                .or(() -> answered.pitfalls().stream().filter(p -> p.category() == category).map(Pitfall::why).findFirst())
                .or(() -> answered.exemplars().stream().filter(e -> e.skill() == category).map(Exemplar::why).findFirst())
                .orElseGet(() -> CategoryAdvice.why(category, answered.talk()));
        return new Feedback(did(category, coding), why, tryInstead(answered.exemplars(), category), concerns(coding));
    }

    /** One concern per kind of flag: the coder may flag the same label twice in one turn. */
    static List<String> concerns(CounselorCoding coding) {
        Map<FlagKind, String> first = new EnumMap<>(FlagKind.class);
        for (Flag f : coding.flags()) {
            first.putIfAbsent(f.kind(), f.explanation());
        }
        return List.copyOf(first.values());
    }

    private static PitfallKind pitfallKind(FlagKind flag) {
        return switch (flag) {
            case STIGMATIZING_LABEL -> PitfallKind.STIGMATIZING_LANGUAGE;
            case LABELLING -> PitfallKind.LABELLING;
            case RIGHTING_REFLEX -> PitfallKind.RIGHTING_REFLEX;
            case ABSTINENCE_ONLY -> PitfallKind.ABSTINENCE_ONLY;
        };
    }

    static String did(Category category, CounselorCoding coding) {
        String label = category.label();
        String head = Character.toUpperCase(label.charAt(0)) + label.substring(1);
        return coding.primaryEvidence() == null ? head : head + ": " + coding.primaryEvidence().explanation();
    }

    /** When the trainee did well, another skill widens the repertoire; otherwise the author's first choice. */
    static Exemplar tryInstead(List<Exemplar> exemplars, Category category) {
        if (exemplars.isEmpty()) {
            return null;
        }
        if (category.isMiConsistent()) {
            return exemplars.stream().filter(e -> e.skill() != category).findFirst().orElse(exemplars.get(0));
        }
        return exemplars.get(0);
    }
}
