package org.changetalk.coding;

import java.util.Set;

/**
 * A warning told as how things go for people who do what the client does: "Drinking alone is usually where it stops
 * being nothing crazy", "People who stop those on their own tend to end up in the stroke ward", "Weekends turn into
 * weeknights pretty fast for people who unwind that way", "That's exactly how the people who lose their houses started
 * out". MISC codes it Warn or Raise Concern without permission, MITI Persuade: no "if you keep…", no "you'll…", only a
 * trajectory ({@code [set:trajectory_pair]}, two words, or a single {@code [set:trajectory_verb]}) said of the
 * client's own behaviour — a content word of the client's last turn, or "that" pointing back at it. Where it was
 * read before: information (a general fact) or a reflection (it echoes the client's words).
 *
 * <p>Not a question, not a reflection opener ("you're afraid it'll turn into…"), not safer-use information, not when
 * the client asked or used the trajectory word first ("I don't want to end up like my dad" — "You don't want to end up
 * like him" reflects), and not the counselor's own story ("I ended up…").
 */
final class TrajectoryWarning {
    private final Set<String> pairs;
    private final Set<String> verbs;
    private final Set<String> pointers;
    private final Set<String> self;
    private final Set<String> stop;
    private final Set<String> you;

    TrajectoryWarning(Lexicon lexicon) {
        this.pairs = lexicon.set("trajectory_pair");
        this.verbs = lexicon.set("trajectory_verb");
        this.pointers = lexicon.set("trajectory_pointer");
        this.self = lexicon.set("self");
        this.stop = lexicon.set("stop");
        this.you = lexicon.set("you");
    }

    /** The trajectory words, or null. */
    Match find(Clause c, Context ctx, Echo echo) {
        if (!ctx.hasClient() || ctx.clientAsked() || c.sentence.question() || c.has(Cue.REFLECTION_STEM)
                || c.has(Cue.HARM_REDUCTION) || self.contains(c.word(c.lead))) {
            return null;
        }
        Match found = null;
        for (int i = c.lead + 1; i < c.size() && found == null; i++) {
            String w = c.word(i);
            if (pairs.contains(w + "_" + c.word(i + 1))) {
                found = new Match(Cue.WARNING, i, i + 2);
            } else if (verbs.contains(w)) {
                found = new Match(Cue.WARNING, i, i + 1);
            }
        }
        if (found == null || ctx.clientStems().contains(c.stem(found.from()))) return null;
        // "When he yells, you end up yelling back": the client's own pattern, said to them, reflects it
        if (found.from() > c.lead && you.contains(c.word(found.from() - 1))) return null;
        // about the client's own behaviour: their word, or "that's how…" pointing back at what they just said
        boolean theirs = pointers.contains(c.word(c.lead)) || shares(c, ctx);
        return theirs ? found : null;
    }

    /** A content word of the client's last turn anywhere in the sentence (the trajectory word itself is not theirs). */
    private boolean shares(Clause c, Context ctx) {
        for (int i = c.lead; i < c.size(); i++) {
            if (content(c, i) && ctx.clientStems().contains(c.stem(i))) return true;
        }
        return false;
    }

    private boolean content(Clause c, int i) {
        String w = c.word(i);
        return !w.isEmpty() && Character.isLetterOrDigit(w.charAt(0)) && !stop.contains(w);
    }
}
