package org.changetalk.scenario.model;

/** A scenario file's content: a conversation with a simulated client, or a skill drill. */
public sealed interface Scenario permits Conversation, Drill {
    String id();

    String title();

    String summary();

    ScenarioKind kind();

    /** The client's starting stage; null for drills, which have many clients. */
    Stage stage();

    /** The behaviour the conversation is about; null for drills. */
    Behaviour behaviour();
}
