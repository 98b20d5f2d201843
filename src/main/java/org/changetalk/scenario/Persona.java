package org.changetalk.scenario;

import java.util.List;

/**
 * The simulated client: who they are, their drug, set and setting, what the behaviour gives them,
 * what they value, and the goals they might choose.
 */
public record Persona(String name, int age, String pronouns, String background, Behaviour behaviour,
                      String drug, String set, String setting, List<String> reasons, List<String> values,
                      List<String> concerns, Stage stage, double importance, double confidence, List<Goal> goals) {
    public Persona {
        reasons = List.copyOf(reasons);
        values = List.copyOf(values);
        concerns = List.copyOf(concerns);
        goals = List.copyOf(goals);
    }
}
