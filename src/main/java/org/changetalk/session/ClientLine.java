package org.changetalk.session;

import org.changetalk.scenario.ClientTalk;

/** What the client said: which beat, the variant's text, and its talk type. */
public record ClientLine(String beat, String text, ClientTalk talk) {}
