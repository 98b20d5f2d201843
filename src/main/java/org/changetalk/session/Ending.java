package org.changetalk.session;

import org.changetalk.scenario.model.EndKind;

/** How and where a conversation ended: the kind, the terminal beat, and after which trainee response (0: at the opening). */
public record Ending(EndKind kind, String beat, int turn) {}
