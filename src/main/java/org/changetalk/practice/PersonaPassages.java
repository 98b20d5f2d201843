package org.changetalk.practice;

import org.changetalk.scenario.model.Beat;
import org.changetalk.scenario.model.ClientTalk;
import org.changetalk.scenario.model.Conversation;
import org.changetalk.scenario.model.Fact;

import java.util.Set;

/**
 * The persona's passages a reply may be taken from outside the graph's next line: every line of every fact, and every
 * line of a part of the story that is no ending, stage move or discord, no beat the caller leaves out, and no beat every
 * beat can lead to. A stage move, an ending or discord stays the graph's: what was said decides the topic, not the arc.
 * One walk for TakenFurther (a reflection taken further) and AnswerFit (a question answered), which held a copy each.
 */
final class PersonaPassages {
    /** Takes one passage: its line, and the fact or the beat it belongs to (the other is null). */
    interface Sink {
        void add(String line, Fact fact, Beat beat);
    }

    private PersonaPassages() {
    }

    static void each(Conversation scenario, Set<String> excluded, Sink sink) {
        for (Fact f : scenario.persona().facts()) {
            for (String line : f.say()) {
                sink.add(line, f, null);
            }
        }
        for (Beat b : scenario.beats().values()) {
            if (b.isTerminal() || b.stage() != null || b.talk() == ClientTalk.DISCORD || excluded.contains(b.id())
                    || scenario.fromAnyBeat().leadsTo(b.id())) {
                continue;
            }
            for (String line : b.say()) {
                sink.add(line, null, b);
            }
        }
    }
}
