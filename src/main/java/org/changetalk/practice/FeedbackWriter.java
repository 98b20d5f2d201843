package org.changetalk.practice;

import org.changetalk.coding.CounselorCoding;
import org.changetalk.coding.Flag;
import org.changetalk.scenario.Beat;
import org.changetalk.scenario.Category;
import org.changetalk.scenario.Exemplar;
import org.changetalk.scenario.Pitfall;

import java.util.List;

/**
 * Writes feedback from what the scenario author wrote for the beat the trainee was answering:
 * a matching pitfall's why, else a matching exemplar's why, else the general advice.
 */
final class FeedbackWriter {
    private FeedbackWriter() {
    }

    static Feedback write(Beat answered, Category category, CounselorCoding coding) {
        String why = answered.pitfalls().stream().filter(p -> p.category() == category).map(Pitfall::why).findFirst()
                .or(() -> answered.exemplars().stream().filter(e -> e.skill() == category).map(Exemplar::why).findFirst())
                .orElseGet(() -> CategoryAdvice.why(category, answered.talk()));
        return new Feedback(did(category, coding), why, tryInstead(answered.exemplars(), category),
                coding.flags().stream().map(Flag::explanation).toList());
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
