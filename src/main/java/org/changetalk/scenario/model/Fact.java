package org.changetalk.scenario.model;

import java.util.List;

/**
 * A short, honest answer from the persona's life for a question no beat answers ("Do you still see
 * your son?" → "Every Sunday, if I'm doing okay."). The client says it and stays where they were:
 * a fact answers the trainee without moving the story.
 */
public record Fact(List<String> topics, List<String> prompts, List<String> say) {
    public Fact {
        topics = List.copyOf(topics);
        prompts = List.copyOf(prompts);
        say = List.copyOf(say);
    }
}
