package org.changetalk.coding;

import java.util.Set;

/**
 * An order the verb list of the imperative rules cannot see, because its verb also opens invitations: "Go home and tell
 * your wife you're done", "Tell your prescriber this afternoon" ("go ahead", "tell me more" invite), and orders said as
 * the counselor's expectation or as a task: "I expect you to phone your prescriber", "I want every bottle out of that
 * house", "Your homework is to call the clinic", "Bring me seven days without weed next time". MITI 4.2.1: Persuade
 * (MISC: Direct), typical of closings. Which "go"/"tell" are orders is decided by the next word
 * ({@code [set:order_go_next]}, {@code [set:order_tell_next]}: "go home", "tell your…"; never "go on", "tell me").
 * Not a question, not after the client asked for it (that is their request), not the client's own plan said back.
 */
final class DirectOrder {
    private final Set<String> goNext;
    private final Set<String> tellNext;
    private final Set<String> wants;
    private final Set<String> tasks;
    private final Set<String> selfWords;
    private final Set<String> softeners;
    private final Set<String> spare;

    DirectOrder(Lexicon lexicon) {
        this.goNext = lexicon.set("order_go_next");
        this.tellNext = lexicon.set("order_tell_next");
        this.wants = lexicon.set("order_want");
        this.tasks = lexicon.set("order_task");
        this.selfWords = lexicon.set("order_self");
        this.softeners = lexicon.set("imperative_softener");
        this.spare = lexicon.set("order_spare");
    }

    /** The order, or null. */
    Match find(Clause c, Context ctx) {
        if (c.sentence.question() || ctx.clientAsked()) return null;
        int v = c.lead;
        while (v < c.size() - 1 && (softeners.contains(c.word(v)) || c.word(v).equals("and") || c.word(v).equals("so")
                || !Character.isLetterOrDigit(c.word(v).charAt(0)))) {
            v++;
        }
        String w = c.word(v), next = c.word(v + 1);
        if (c.covered(Cue.SHIELD, v) || c.mostlyClientWords(v, Set.of(), ctx.clientStems())) return null;
        if (w.equals("go") && goNext.contains(next) || w.equals("tell") && tellNext.contains(next)
                || w.equals("bring") && next.equals("me")) {
            return new Match(Cue.PERSUADE, v, Math.min(c.size(), v + 3));
        }
        // "I expect you to…", "I want you to…", "I'd like to see that diary filled in" — the counselor's will as the client's task
        if (selfWords.contains(w) && wants.contains(next)) {
            String after = c.word(v + 2);
            // not "I want you to know…" (a courtesy) nor "I want to see you next week" (the next appointment)
            if (after.equals("you") && c.word(v + 3).equals("to") && !spare.contains(c.word(v + 4))
                    || after.equals("to") && c.word(v + 3).equals("see") && !c.word(v + 4).equals("you")
                    || after.equals("every") || after.equals("all")) {
                return new Match(Cue.PERSUADE, v, Math.min(c.size(), v + 4));
            }
        }
        // "Your homework is to call the clinic", "Your job this week is to…"
        if (w.equals("your") && tasks.contains(next)) {
            for (int i = v + 2; i < Math.min(c.size() - 1, v + 6); i++) {
                if (c.word(i).equals("is") && c.word(i + 1).equals("to")) return new Match(Cue.PERSUADE, v, i + 2);
            }
        }
        return null;
    }
}
