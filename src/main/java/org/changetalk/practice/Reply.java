package org.changetalk.practice;

import org.changetalk.scenario.model.Beat;
import org.changetalk.scenario.model.ClientState;
import org.changetalk.scenario.model.ClientTalk;
import org.changetalk.scenario.model.ReplyKind;

/**
 * The client's decision for one turn: the beat entered ({@code stay}: the client answers without
 * moving the story and stays at {@code beat}), the words, their talk type, what kind of reply it
 * is, the state after it, and why (for the studio's probe and the transcript).
 */
record Reply(Beat beat, boolean stay, String text, ClientTalk talk, ReplyKind move, ClientState state, String why) {}
