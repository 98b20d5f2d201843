package org.changetalk.coding;

import java.util.ArrayList;
import java.util.List;

/**
 * Harm-reduction checks beside the MITI codes: stigmatising words, abstinence imposed as the only goal,
 * the righting reflex, and labelling. Each flag carries the words that triggered it.
 */
final class HarmReductionChecks {

    private final java.util.Set<String> stop;

    HarmReductionChecks(java.util.Set<String> stop) {
        this.stop = stop;
    }

    List<Flag> flags(List<Clause> clauses, List<Utterance> utterances, Context ctx) {
        List<Flag> flags = new ArrayList<>(2);
        for (int i = 0; i < clauses.size(); i++) {
            Clause c = clauses.get(i);
            Utterance u = utterances.get(i);
            for (Match m : c.all(Cue.STIGMA)) {
                if (clientsOwn(c, m, ctx)) continue;
                add(flags, new Flag(FlagKind.STIGMATIZING_LABEL, c.span(m), SentenceRules.quote(c.quote(m))
                        + " is stigmatising language; person-first words (\"person who uses drugs\", \"not using\", \"negative test\") keep the client in the conversation."));
            }
            // a fact ("no amount of alcohol is known to be safe in pregnancy") informs; it does not impose a goal
            for (Match m : u.code() == Code.GIVING_INFORMATION ? List.<Match>of() : c.all(Cue.ABSTINENCE_ONLY)) {
                add(flags, new Flag(FlagKind.ABSTINENCE_ONLY, c.span(m), SentenceRules.quote(c.quote(m))
                        + " presents abstinence as the only acceptable goal; in harm reduction the client chooses the goal, whether moderation, safer use or abstinence."));
            }
            for (Match m : c.all(Cue.LABELLING)) {
                if (clientsOwn(c, m, ctx)) continue;
                add(flags, new Flag(FlagKind.LABELLING, c.span(m), SentenceRules.quote(c.quote(m))
                        + " labels the client; describing what happened, in their words, avoids a fight over the label."));
            }
            if (u.code() == Code.PERSUADE || c.has(Cue.FIXING)) {
                Span span = u.evidence().spans().isEmpty() ? u.span() : u.evidence().spans().get(0);
                add(flags, new Flag(FlagKind.RIGHTING_REFLEX, span, SentenceRules.quote(span.of(c.text.raw))
                        + " is the righting reflex: arguing, warning or fixing takes the change side of the client's ambivalence and invites them to argue the other side."));
            }
        }
        return flags;
    }

    /** A label the client used for themself ("I'm just a junkie"), said back to them, is a reflection, not stigma. */
    private boolean clientsOwn(Clause c, Match m, Context ctx) {
        boolean any = false;
        for (int i = m.from(); i < m.to(); i++) {
            String w = c.word(i);
            if (stop.contains(w)) continue;
            if (!ctx.clientWords().contains(w)) return false;
            any = true;
        }
        return any;
    }

    /** One flag per concern and place: overlapping matches ("you are an alcoholic", "an alcoholic") are one finding. */
    private static void add(List<Flag> flags, Flag flag) {
        for (int i = 0; i < flags.size(); i++) {
            Flag f = flags.get(i);
            if (f.kind() == flag.kind() && f.span().start() < flag.span().end() && flag.span().start() < f.span().end()) {
                if (flag.span().length() > f.span().length()) flags.set(i, flag);
                return;
            }
        }
        flags.add(flag);
    }
}
