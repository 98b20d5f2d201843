package org.changetalk.scenario.model;

/**
 * What kind of reply the client gave (docs/scenario-format.md#one-turn-step-by-step): a beat of the
 * story, or one of the answers the engine gives without moving the story — a fact from the persona's
 * life, a ruler number, the client's reasons for change, what would help, confusion at a number they
 * never said, a closing, their goal menu, yes or no to a permission question, a correction of a
 * reflection of something they never said, "why do you ask?", a reference back to a story already
 * told, a discord reaction that fits the offence, or the first words of a session answered as such (a greeting
 * back, how they are, why they came), a short answer to a closed question, or the client's reaction to information
 * they agreed to hear.
 */
public enum ReplyKind {
    BEAT, RECALL, FACT, RULER, WHY_NOT_LOWER, WOULD_HELP, CONFUSED, CLOSING, GOAL_MENU, PERMISSION, CORRECTION,
    WHY_ASK, DISCORD, GREETING, SHORT_ANSWER, REACTION
}
