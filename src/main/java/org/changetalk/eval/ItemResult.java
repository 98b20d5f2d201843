package org.changetalk.eval;

import org.changetalk.coding.ClientCoding;
import org.changetalk.coding.Code;
import org.changetalk.coding.CodedTurn;
import org.changetalk.coding.CounselorCoding;

import java.util.ArrayList;
import java.util.List;

/** A gold item, what the coder made of its labelled turn, and what (if anything) disagrees with the gold. */
record ItemResult(GoldItem item, CodedTurn predicted, List<String> mismatches) {
    ItemResult {
        mismatches = List.copyOf(mismatches);
    }

    static ItemResult of(GoldItem item, CodedTurn predicted) {
        List<String> mismatches = new ArrayList<>();
        if (item.gold() instanceof CounselorGold gold && predicted instanceof CounselorCoding coding) {
            if (gold.primary() != coding.primary()) {
                mismatches.add("primary");
            }
            if (gold.primary() == Code.QUESTION && coding.primary() == Code.QUESTION
                    && gold.question() != null && gold.question() != coding.question()) {
                mismatches.add("question");
            }
            if (gold.behaviour() != predictedBehaviour(coding)) {
                mismatches.add("behaviour");
            }
        } else if (item.gold() instanceof ClientGold gold && predicted instanceof ClientCoding coding) {
            if (gold.talk() != coding.talk()) {
                mismatches.add("talk");
            } else if (gold.kind() != null && gold.kind() != coding.kind()) {
                mismatches.add("kind");
            }
        } else {
            throw new IllegalStateException("coder returned a " + predicted.turn().speaker() + " coding for a "
                    + item.labelledTurn().speaker() + " turn");
        }
        return new ItemResult(item, predicted, mismatches);
    }

    /** The predicted 4-class behaviour: Seeking Collaboration is a question when the coder gave it a question type. */
    static Behaviour predictedBehaviour(CounselorCoding coding) {
        Code primary = coding.primary() == null ? Code.NO_CODE : coding.primary();
        return Behaviour.of(primary, coding.question() != null);
    }

    boolean isMistake() {
        return !mismatches.isEmpty();
    }
}
