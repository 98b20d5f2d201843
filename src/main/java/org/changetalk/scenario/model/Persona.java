package org.changetalk.scenario.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The simulated client: who they are, their drug, set and setting, what the behaviour gives them,
 * what they value, and the goals they might choose. {@code topics} is the persona's own vocabulary (topic id →
 * the words a trainee might use for it), added to the built-in topics ({@link Topics}); {@code facts} and
 * {@code moves} are short answers in their words (both optional). {@code leadConcerns} are the topics that may be on
 * their mind first on a given day (the session's seed picks one); empty: any of their own topics.
 */
public record Persona(String name, int age, String pronouns, String background, Behaviour behaviour,
                      String drug, String set, String setting, List<String> reasons, List<String> values,
                      List<String> concerns, Stage stage, double importance, double confidence, List<Goal> goals,
                      Map<String, List<Phrase>> topics, List<Fact> facts, Moves moves, List<String> leadConcerns) {
    public Persona {
        leadConcerns = List.copyOf(leadConcerns);
        reasons = List.copyOf(reasons);
        values = List.copyOf(values);
        concerns = List.copyOf(concerns);
        goals = List.copyOf(goals);
        topics = Collections.unmodifiableMap(new LinkedHashMap<>(topics));
        facts = List.copyOf(facts);
    }
}
