package org.changetalk.eval;

import org.changetalk.coding.CodedTurn;
import org.changetalk.coding.Coder;
import org.changetalk.coding.ConversationCoder;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores the coder against gold parts. Each item's whole conversation is coded (with {@link Coder#code} in use), as
 * the batch command would, and the labelled turn is compared. Parts share items (all = tune + holdout), so
 * each item is coded once.
 */
public final class Evaluation {
    private final ConversationCoder coder;

    public Evaluation(ConversationCoder coder) {
        this.coder = coder;
    }

    public EvalReport run(List<GoldPart> parts) {
        Map<GoldItem, ItemResult> results = new IdentityHashMap<>();
        List<ItemResult> ordered = new ArrayList<>();
        List<PartScores> scores = new ArrayList<>();
        Map<String, SessionRanking.Scored> sessions = new java.util.HashMap<>();
        DeclaredSkill skills = new DeclaredSkill();
        SessionPrefixes prefixes = new SessionPrefixes(parts, coder);
        for (GoldPart part : parts) {
            List<ItemResult> partResults = new ArrayList<>();
            for (GoldItem item : part.items()) {
                ItemResult result = results.get(item);
                if (result == null) {
                    result = ItemResult.of(item, prefixes.coded(item));
                    results.put(item, result);
                    ordered.add(result);
                }
                partResults.add(result);
            }
            scores.add(PartScores.of(part.name(), partResults, SessionRanking.of(part.items(), prefixes, sessions, skills)));
        }
        List<ItemResult> mistakes = ordered.stream().filter(r -> r.isMistake() && !r.item().holdout()).toList();
        int withheld = (int) ordered.stream().filter(r -> r.isMistake() && r.item().holdout()).count();
        return new EvalReport(scores, mistakes, withheld);
    }
}
