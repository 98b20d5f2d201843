package org.changetalk.coding;

import java.util.Set;

/**
 * A setback told as the client's own doing, in the counselor's words: "People are waiting for the slot you wasted",
 * "She trusts you, and you took advantage of that", "You've done it before and then threw it away". MITI 4.2.1 codes
 * blaming Confront; there is no trigger word, only a verb of squandering or failing ({@code [set:blame_verb]}) with
 * the client as its doer.
 * <p>
 * The doer is a "you" word within a few words before the verb, with no break between them but "and", "then".
 * Not the client's own verb said back ("I blew the whole paycheck" — "You blew the paycheck": their words), not a
 * feeling or a thought guessed ("You feel like you wasted the year": {@code [set:cognitive_word]},
 * {@code [set:feel_verb]} before the verb), not negated ("You didn't waste it", "Nothing you did was wasted"), not
 * a passive or a reaction ("you were wasted", "you blew up at him": {@code [set:blame_not]}), not
 * an answer to the client's question (coder11, issue 9: Confront without trigger words).
 */
final class BlamedAct {
    /** How far before the verb its "you" may stand ("you've done it before and then threw it away"). */
    private static final int REACH = 7;
    private final Set<String> verbs;
    private final Set<String> you;
    private final Set<String> cognitive;
    private final Set<String> feelVerbs;
    private final Set<String> negators;
    private final Set<String> not;

    BlamedAct(Lexicon lexicon) {
        this.verbs = lexicon.set("blame_verb");
        this.you = lexicon.set("you");
        this.cognitive = lexicon.set("cognitive_word");
        this.feelVerbs = lexicon.set("feel_verb");
        this.negators = lexicon.set("negator");
        this.not = lexicon.set("blame_not");
    }

    /** The doer and the blamed act, or null. */
    Match find(Clause c, Context ctx) {
        if (!ctx.hasClient() || ctx.clientAsked() || c.has(Cue.DOUBLE_SIDED) || c.has(Cue.SUMMARY)) return null;
        for (int v = c.lead + 1; v < c.size(); v++) {
            if (!verbs.contains(c.word(v)) || not.contains(c.word(v - 1)) || not.contains(c.word(v + 1))) continue;
            if (ctx.clientStems().contains(c.stem(v))) return null;
            int doer = -1;
            for (int j = v - 1; j >= Math.max(c.lead, v - REACH); j--) {
                String w = c.word(j);
                if (negators.contains(w) || cognitive.contains(w) || feelVerbs.contains(w)) return null;
                if (you.contains(w) && !w.equals("your")) {
                    doer = j;
                    break;
                }
            }
            if (doer < 0) continue;
            // nothing guessed about the client's mind before the doer either ("You're afraid you threw it away")
            for (int j = c.lead; j < doer; j++) {
                if (cognitive.contains(c.word(j)) || feelVerbs.contains(c.word(j))) return null;
            }
            return new Match(Cue.CONFRONT, doer, Math.min(c.size(), v + 2));
        }
        return null;
    }
}
