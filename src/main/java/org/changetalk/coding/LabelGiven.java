package org.changetalk.coding;

import java.util.Set;

/**
 * A label said as a description: "Drinking every night like that, you're a functioning alcoholic", "What you're
 * describing is a gambling addiction", "That's addiction, plain and simple", "You're a heavy smoker; there's no other
 * word for it", "So you're the guy who ruins weddings now". MITI 4.2.1: Confront (labelling); MISC: Confront. The
 * lexicon's label phrases need the label right after "you're a"; a modifier ("functioning", "heavy", "gambling") or a
 * frame other than "you're" ("what you're describing is", "that's") let them through.
 *
 * <p>Two shapes: a frame ({@code [set:label_frame]}: you're, that's, "is" after "what you're describing") then, after an
 * article and at most two modifiers, a label noun ({@code [set:label_noun]}, or a habit noun such as "smoker" after a
 * severity word, {@code [set:label_severity]}); and "you're the guy/dad/accountant who…" — the client cast as a role
 * defined by the act ({@code [set:label_role]}; "the one who", "the kind of person who" are left alone, they affirm as
 * often as they label). Never when the client used the label or the role for themself ("I'm an addict, I know" said
 * back is theirs), never negated ("you're not an addict"), never after a word of the client's mind ("you worry you're
 * an addict", "you see yourself as…") or in a question.
 */
final class LabelGiven {
    /** Words an article or modifiers may take between the frame and the label ("a really heavy"). */
    private static final int MODIFIERS = 3;
    private final Set<String> frames;
    private final Set<String> nouns;
    private final Set<String> habits;
    private final Set<String> severity;
    private final Set<String> roles;
    private final Set<String> mind;
    private final Set<String> negators;
    private final Set<String> self;

    LabelGiven(Lexicon lexicon) {
        this.frames = lexicon.set("label_frame");
        this.nouns = lexicon.set("label_noun");
        this.habits = lexicon.set("label_habit");
        this.severity = lexicon.set("label_severity");
        this.roles = lexicon.set("label_role");
        this.mind = lexicon.set("cognitive_word");
        this.negators = lexicon.set("negator");
        this.self = lexicon.set("self");
    }

    /** The frame and the label, or null. */
    Match find(Clause c, Context ctx) {
        // (no reflection-opener test: "so you're…" is one, and a label after it is still a label; a guess at the client's
        // mind — "it sounds like", "you feel" — is caught by the mind words below)
        if (!ctx.hasClient() || ctx.clientAsked() || c.sentence.question()) return null;
        for (int f = c.lead; f < c.size() - 1; f++) {
            String w = c.word(f);
            // "you worry you're an addict", "part of you thinks…": the client's mind; "I think you're an alcoholic" is the counselor's
            if (mind.contains(w) && !self.contains(c.word(f - 1))) return null;
            if (!frames.contains(w) || negators.contains(c.word(f + 1))) continue;
            Match m = labelAfter(c, ctx, f);
            if (m == null) m = roleAfter(c, ctx, f);
            if (m != null) return m;
        }
        return null;
    }

    /** "you're a functioning alcoholic", "that's addiction", "is a gambling addiction". */
    private Match labelAfter(Clause c, Context ctx, int f) {
        boolean severe = false;
        for (int i = f + 1; i < Math.min(c.size(), f + 2 + MODIFIERS); i++) {
            String w = c.word(i);
            if (!Character.isLetter(w.charAt(0))) return null;
            if ((nouns.contains(w) || severe && habits.contains(w)) && !theirs(c, ctx, i)) return new Match(Cue.CONFRONT, f, i + 1);
            severe |= severity.contains(w);
        }
        return null;
    }

    /** "you're the guy who…": the client cast as a role defined by what they did. */
    private Match roleAfter(Clause c, Context ctx, int f) {
        if (!c.word(f).equals("you're") && !(c.word(f).equals("are") && c.word(f - 1).equals("you"))) return null;
        if (!c.word(f + 1).equals("the") || !roles.contains(c.word(f + 2)) || !c.word(f + 3).equals("who")) return null;
        if (ctx.clientWords().contains("who") && ctx.clientWords().contains(c.word(f + 2))) return null;
        return new Match(Cue.CONFRONT, f, f + 4);
    }

    /** The client said this label (or its stem) themself. */
    private static boolean theirs(Clause c, Context ctx, int i) {
        return ctx.clientWords().contains(c.word(i)) || ctx.clientStems().contains(c.stem(i));
    }
}
