package org.changetalk.scenario.model;

import org.changetalk.coding.TalkKind;

import java.util.List;
import java.util.Map;

/**
 * One thing the client says, with how it can go on. A beat with {@code end} is terminal: the
 * session ends when the client says it. Nullable: darnCat, stage, end, goal; fallback on terminal beats.
 * {@code topics} (what the line is about), {@code prompts} (trainee words it answers) and {@code recall} (how the
 * client refers back to it once told) decide relevance and memory; each may be empty.
 */
public record Beat(String id, List<String> say, ClientTalk talk, TalkKind darnCat, List<String> tags, Stage stage,
                   EndKind end, String goal, List<Transition> next, String fallback,
                   Map<Category, DeltaPatch> deltas, List<Exemplar> exemplars, List<Pitfall> pitfalls,
                   List<String> topics, List<String> prompts, List<String> recall) {
    public Beat {
        topics = List.copyOf(topics);
        prompts = List.copyOf(prompts);
        recall = List.copyOf(recall);
        say = List.copyOf(say);
        tags = List.copyOf(tags);
        next = List.copyOf(next);
        deltas = Map.copyOf(deltas);
        exemplars = List.copyOf(exemplars);
        pitfalls = List.copyOf(pitfalls);
    }

    public boolean isTerminal() {
        return end != null;
    }
}
