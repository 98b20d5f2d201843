package org.changetalk.session;

import org.changetalk.scenario.model.ClientTalk;
import org.changetalk.scenario.model.ReplyKind;

/**
 * What the client said: which beat (for a reply that does not move the story, the beat the client
 * stays at), the text, its talk type, what kind of reply it was, and why the engine chose it (for the studio and
 * the transcript; not stored).
 */
public record ClientLine(String beat, String text, ClientTalk talk, ReplyKind move, String why) {
    public ClientLine(String beat, String text, ClientTalk talk) {
        this(beat, text, talk, ReplyKind.BEAT, "");
    }
}
