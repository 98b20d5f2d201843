package org.changetalk.coding;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * A question about the session rather than about the client's life: MITI's Seeking Collaboration asked as a
 * question. What decides is what the question is about, not a stock phrase:
 * <ul>
 * <li>the counselor or both of them as the ones who would act, with a modal ("Can I call you next week?", "Could
 * we spend a few minutes on how things are now?", "Should we call her together?", "How about we check the sugars
 * again in three months?") — asking consent for the counselor's next step;</li>
 * <li>the client's wish about what happens in the conversation ("Do you want to leave the money stuff for next
 * time?", "Would you like to hear what's known about that?", "Is there anything else you wanted to say?", "Want
 * me to tell you how it works here?"): a wish frame, then a verb of the session's own business (talk, hear, start,
 * focus, go over…) or the counselor ("me") as the one to act.</li>
 * </ul>
 * A wish about the behaviour itself ("Would you want to cut back?", "What would you want to be different?") is an
 * ordinary question, and so is "Can I ask what happened?", which asks what it asks.
 */
final class SessionQuestion {
    private final Set<String> modals;
    private final Set<String> actors;
    private final Set<String> wishes;
    private final Set<String> readiness;
    private final Set<String> sessionVerbs;
    private final Map<String, Set<String>> phrasal = new HashMap<>();
    private final Set<String> topicWh;
    private final Set<String> embedded;
    private final Set<String> softeners;
    private final Set<String> proposals;
    private final Set<String> infoVerbs;
    private final Set<String> counselorLearns;

    SessionQuestion(Lexicon lexicon) {
        this.modals = lexicon.set("session_modal");
        this.actors = lexicon.set("session_actor");
        this.wishes = lexicon.set("session_wish");
        this.readiness = lexicon.set("session_readiness");
        this.sessionVerbs = lexicon.set("session_verb");
        this.topicWh = lexicon.set("session_topic_wh");
        this.embedded = lexicon.set("session_embedded");
        this.softeners = lexicon.set("imperative_softener");
        this.proposals = lexicon.set("session_proposal");
        this.infoVerbs = lexicon.set("session_info_verb");
        this.counselorLearns = lexicon.set("session_counselor_learns");
        for (String pair : lexicon.set("session_phrasal")) {
            int gt = pair.indexOf('>');
            if (gt <= 0 || gt == pair.length() - 1) {
                throw new IllegalArgumentException("[set:session_phrasal] entries are written verb>particle, not '" + pair + "'");
            }
            phrasal.computeIfAbsent(pair.substring(0, gt), k -> new HashSet<>()).add(pair.substring(gt + 1));
        }
    }

    /**
     * The words that make this question one about the session, or null.
     *
     * @param at          where the question proper starts (after an introductory clause)
     * @param wh          whether it opens with a question word
     * @param auxInverted whether it opens with an inverted auxiliary
     */
    Match find(Clause c, int at, boolean wh, boolean auxInverted) {
        String first = c.word(at);
        // "Can I call you next week?", "Could we spend a few minutes…?", "Should we call her together?"
        if (auxInverted && modals.contains(first) && actors.contains(c.word(at + 1))) {
            int v = skipSofteners(c, at + 2);
            String verb = c.word(v);
            if (verb.isEmpty()) return null;
            // "Can I ask what your readings have been?", "Can I ask, um, have you ever…?": the question is the one asked
            if (verb.equals("ask") && (embedded.contains(c.word(v + 1)) || c.breakBefore(v + 1))) return null;
            return new Match(Cue.COLLABORATION, at, Math.min(c.size(), v + 1));
        }
        // "How about we…?", "What if we…?"
        if (wh && proposals.contains(first) && (c.word(at + 1).equals("about") || c.word(at + 1).equals("if"))
                && actors.contains(c.word(at + 2))) {
            return new Match(Cue.COLLABORATION, at, Math.min(c.size(), at + 3));
        }
        // "Want me to tell you how it works here?", "Wanna start there?": the wish frame with its "do you" dropped
        if (at == c.lead && wishes.contains(first)) {
            if (c.word(at + 1).equals("me") || c.word(at + 1).equals("us")) return new Match(Cue.COLLABORATION, at, Math.min(c.size(), at + 2));
            int v = skipSofteners(c, c.word(at + 1).equals("to") ? at + 2 : at + 1);
            if (isSessionVerb(c, v)) return new Match(Cue.COLLABORATION, at, Math.min(c.size(), v + 1));
        }
        if (wh && !topicWh.contains(first)) return null;
        // the wish frame: "you want/'d like/wanted to…", "you be open to…", "you up for…"
        for (int i = at; i < c.size() - 1; i++) {
            String w = c.word(i);
            if (!w.equals("you") && !w.equals("you'd") && !w.equals("ya")) continue;
            int j = i + 1;
            // "you'd most want us to…", "would you really like to…", "would you be open to…"
            while (j < i + 3 && (c.word(j).equals("be") || c.word(j).equals("are") || c.word(j).equals("still")
                    || softeners.contains(c.word(j)) || c.word(j).equals("most") || c.word(j).equals("actually"))) j++;
            String frame = c.word(j);
            int after;
            if (wishes.contains(frame)) {
                after = j + 1;
                // "would you like me to…", "what would you like us to focus on?": the counselor, or both, to act
                if (c.word(after).equals("me") || c.word(after).equals("us")) {
                    // "What would you like me to know about how gaming fits into your life?": the counselor learns,
                    // the client tells — an open question about the client's life, not a step of the session
                    if (c.word(after + 1).equals("to") && counselorLearns.contains(c.word(skipSofteners(c, after + 2)))) return null;
                    return new Match(Cue.COLLABORATION, i, Math.min(c.size(), after + 1));
                }
                if (!c.word(after).equals("to")) continue;
                after++;
            } else if (readiness.contains(frame)) {
                after = j + 1;
                String prep = c.word(after);
                if (prep.equals("to") || prep.equals("in") || prep.equals("for")) after++;
                if (c.word(after).equals("me")) return new Match(Cue.COLLABORATION, i, Math.min(c.size(), after + 1));
            } else {
                continue;
            }
            int v = skipSofteners(c, after);
            // "Would you like to know what we usually see?" asks leave to inform; "What would you want to know?" asks
            // what the client's questions are, an open question
            if (!wh && infoVerbs.contains(c.word(v))) return new Match(Cue.COLLABORATION, i, Math.min(c.size(), v + 1));
            if (isSessionVerb(c, v)) return new Match(Cue.COLLABORATION, i, Math.min(c.size(), v + 1));
            return null;
        }
        return null;
    }

    private int skipSofteners(Clause c, int i) {
        while (i < c.size() - 1 && softeners.contains(c.word(i))) i++;
        return i;
    }

    /** A verb of the session's own business ("talk", "hear", "start"), or a phrasal one ("go over", "set up"). */
    private boolean isSessionVerb(Clause c, int v) {
        String verb = c.word(v);
        if (sessionVerbs.contains(verb)) return true;
        Set<String> particles = phrasal.get(verb);
        return particles != null && (particles.contains(c.word(v + 1)) || particles.contains(c.word(v + 2)));
    }
}
