package org.changetalk.eval;

import org.changetalk.coding.Talk;
import org.changetalk.coding.TalkKind;

/** A client turn's gold label; kind is null for neutral talk (and may be left out). */
record ClientGold(Talk talk, TalkKind kind) implements Gold {}
