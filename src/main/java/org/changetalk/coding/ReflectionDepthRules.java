package org.changetalk.coding;

import java.util.Set;

/**
 * Simple or complex? MITI: a simple reflection repeats or rephrases, adding little; a complex one adds meaning —
 * a feeling the client did not name, both sides of the ambivalence, a metaphor, an amplification, a summary,
 * or the next sentence of the client's paragraph. The verdict weighs those signs against how much of the
 * reflection is the client's own words.
 */
final class ReflectionDepthRules {
    private final Set<String> feelings;
    private final Set<String> amplifiers;
    private final Set<String> weakFeelings;
    /** Sounds and words that pad speech without saying anything ([set:speech_filler]). */
    private final Set<String> speechFillers;
    /** Verbs that say what an event did to the client inside ([set:impact_verb]: "stung", "landed", "shook"). */
    private final Set<String> impactVerbs;

    /**
     * A reflection this long (words after the lead-in) with no other sign is complex: it says more than the client did
     * (tune gold: 27 of 42 reflections of twelve words or more judged "rephrase" were complex).
     */
    private static final int LONG_WORDS = 12;
    /** …unless at least this share of its content words are the client's. */
    private static final double LONG_MOSTLY_CLIENTS = 0.5;
    /** Under this many words, a reflection with no sign of added meaning restates, however new its words. */
    static final int SHORT_WORDS = 8;
    /** A short reflection with this many content words, none of them the client's, infers rather than restates. */
    private static final int SHORT_ALL_NEW = 3;

    record Verdict(ReflectionDepth depth, String rule, String reason) {}

    ReflectionDepthRules(Lexicon lexicon) {
        this.feelings = lexicon.set("feeling");
        this.amplifiers = lexicon.set("amplifier");
        this.weakFeelings = lexicon.set("weak_feeling");
        this.speechFillers = lexicon.set("speech_filler");
        this.impactVerbs = lexicon.set("impact_verb");
    }

    Verdict judge(Clause c, Context ctx, Echo echo, RuleId how) {
        if (how == RuleId.SUMMARY || c.has(Cue.SUMMARY)) {
            return complex("summary", "it gathers several things the client said into a summary (complex)");
        }
        if (how == RuleId.AFFIRM_IN_REFLECTION) {
            return complex("strength-with-experience", "it holds the client's effort together with what they feel, adding meaning (complex)");
        }
        if (c.has(Cue.DOUBLE_SIDED)) {
            return complex("double-sided", "it holds both sides of the client's ambivalence (a double-sided, complex reflection)");
        }
        if (c.has(Cue.INFERENCE)) {
            return complex("inference", "it draws a conclusion from what the client said, adding meaning (complex)");
        }
        String feeling = newFeeling(c, ctx);
        if (feeling != null) {
            return complex("adds-feeling", "it names a feeling, \"" + feeling + "\", that the client implied but did not say (complex)");
        }
        String impact = newImpact(c, ctx);
        if (impact != null) {
            // "That really stung.", "That one landed.", "The mornings are wearing you down": the client told the event,
            // the counselor names what it did to them inside — a feeling implied, not said (tune: 11 of 11 such complex)
            return complex("impact", "it says what the event did to the client (\"" + impact + "\"), a feeling they implied but did not name (complex)");
        }
        String amplified = newAmplifier(c, ctx);
        if (amplified != null && echo.content() >= 2) {
            return complex("amplified", "it amplifies what the client said (\"" + amplified + "\"), adding emphasis (complex)");
        }
        if (hasMetaphor(c)) {
            return complex("metaphor", "it offers an image or metaphor for the client's experience (complex)");
        }
        if (c.size() >= 5 && startsAsContinuation(c)) {
            return complex("continues-paragraph", "it continues the client's thought, saying what comes next (complex)");
        }
        if (valueWords(c)) {
            return complex("meaning", "it points to what matters to the client underneath their words (complex)");
        }
        int words = saidWords(c);
        if (ctx.hasClient() && words >= LONG_WORDS && echo.ratio() < LONG_MOSTLY_CLIENTS) {
            // (a long sentence that is mostly the client's own words says them back: "Your daughter asked why you were
            // up all night, and you didn't know what to say")
            return complex("long", "it goes on well past a restatement, saying more than the client said (complex)");
        }
        if (ctx.hasClient() && words < SHORT_WORDS && echo.shared() == 0 && echo.content() >= SHORT_ALL_NEW) {
            // "Carrying that by yourself is heavy.", "So it brings all that back.": not one of the client's words, the
            // counselor says what it means to them (tune: 31 of 45 such were complex)
            return complex("inferred", "none of it is the client's words: it says what the client's words mean (complex)");
        }
        if (ctx.hasClient() && words < SHORT_WORDS) {
            // "Small changes you can live with.", "The night part bothers you.": a few words in the counselor's own
            // phrasing restate; new words alone are no added meaning (tune: 14 of 42 such were complex)
            return new Verdict(ReflectionDepth.SIMPLE, "short-restatement", "it restates what the client said in a few words of its own (simple)");
        }
        if (ctx.hasClient() && echo.content() >= 3 && echo.ratio() < 0.34) {
            return complex("adds-meaning", "most of it is new meaning the counselor infers rather than the client's words (complex)");
        }
        if (!ctx.hasClient() && echo.content() >= 6) {
            return complex("adds-meaning", "it goes beyond repeating, adding the counselor's understanding (complex)");
        }
        return new Verdict(ReflectionDepth.SIMPLE, "rephrase", "it stays close to what the client said, adding little (simple)");
    }

    /** Words after the lead-in and before a closing check ("…, is that right?"), punctuation left out. */
    static int spokenWords(Clause c) {
        int end = c.size();
        for (Match tag : c.all(Cue.CHECK_TAG)) {
            // the earliest check that runs to the end: "is that right", not just its "right"
            if (tag.to() >= c.size() - 1 && tag.from() > c.lead) end = Math.min(end, tag.from());
        }
        int n = 0;
        for (int i = c.lead; i < end; i++) {
            if (Character.isLetterOrDigit(c.word(i).charAt(0))) n++;
        }
        return n;
    }

    /**
     * Words that say something: {@link #spokenWords} less the fillers of speech ("um", "you know", "I mean", "kind of",
     * "like" between commas) and false starts ("you're, you're"). A reflection is long because it says more, not
     * because it was said haltingly: transcribed speech is padded, and counting the padding called rephrases complex.
     */
    int saidWords(Clause c) {
        int end = c.size();
        for (Match tag : c.all(Cue.CHECK_TAG)) {
            if (tag.to() >= c.size() - 1 && tag.from() > c.lead) end = Math.min(end, tag.from());
        }
        int n = 0;
        String previous = "";
        for (int i = c.lead; i < end; i++) {
            String w = c.word(i);
            if (!Character.isLetterOrDigit(w.charAt(0))) continue;
            String next = i + 1 < end ? c.word(i + 1) : "";
            boolean filler = speechFillers.contains(w)
                    || w.equals(previous) // a false start: "it's, it's"
                    || (w.equals("you") && next.equals("know")) || (w.equals("know") && previous.equals("you"))
                    || (w.equals("i") && next.equals("mean")) || (w.equals("mean") && previous.equals("i"))
                    || ((w.equals("kind") || w.equals("sort")) && next.equals("of")) || (w.equals("of") && (previous.equals("kind") || previous.equals("sort")));
            if (!filler) n++;
            previous = w;
        }
        return n;
    }

    /**
     * A sign that the sentence adds meaning to what someone said (an inference, an image, what an event did inside, what
     * matters, a continuation of their sentence), whoever's words it uses: the reflection evidence of
     * {@code SentenceRules}' positive decision (round 12), and the same signs {@link #judge} calls complex.
     */
    boolean addsMeaningSign(Clause c) {
        if (c.has(Cue.INFERENCE) || hasMetaphor(c) || valueWords(c) || startsAsContinuation(c)) return true;
        for (int i = c.lead; i < c.size(); i++) {
            if (impactVerbs.contains(c.word(i))) return true;
        }
        return false;
    }

    boolean namesFeeling(Clause c) {
        for (int i = c.lead; i < c.size(); i++) {
            if (feelings.contains(c.word(i))) return true;
        }
        return false;
    }

    boolean namesFeeling(String word) {
        return feelings.contains(word);
    }

    /** A feeling the client did not name, not an everyday difficulty word: the counselor guesses at their inside. */
    boolean addsFeeling(Clause c, Context ctx) {
        return newFeeling(c, ctx) != null;
    }

    private String newFeeling(Clause c, Context ctx) {
        for (int i = c.lead; i < c.size(); i++) {
            String w = c.word(i);
            if (feelings.contains(w) && !weakFeelings.contains(w) && !ctx.clientStems().contains(Words.stem(w)) && !ctx.clientWords().contains(w)) {
                return w;
            }
        }
        return null;
    }

    /** A verb of inner impact after the lead-in that the client did not use themself, or null. */
    private String newImpact(Clause c, Context ctx) {
        for (int i = c.lead; i < c.size(); i++) {
            String w = c.word(i);
            if (impactVerbs.contains(w) && !ctx.clientWords().contains(w) && !ctx.clientStems().contains(Words.stem(w))) return w;
        }
        return null;
    }

    private String newAmplifier(Clause c, Context ctx) {
        for (int i = c.lead; i < c.size(); i++) {
            String w = c.word(i);
            if (amplifiers.contains(w) && !ctx.clientWords().contains(w)) return w;
        }
        return null;
    }

    /** An image ([METAPHOR]) after the lead-in, unless a plain comparison ([LIKENESS]: "sounds like a…") covers it. */
    static boolean hasMetaphor(Clause c) {
        for (Match m : c.all(Cue.METAPHOR)) {
            if (m.from() < c.lead) continue;
            boolean plain = false;
            for (Match l : c.all(Cue.LIKENESS)) {
                if (l.from() < m.to() && m.from() < l.to()) plain = true;
            }
            if (!plain) return true;
        }
        return false;
    }

    /** "…and that scares you", "because you want…", "which means…": picking up the client's sentence ([CONTINUATION]). */
    private static boolean startsAsContinuation(Clause c) {
        return c.has(Cue.CONTINUATION);
    }

    /** What matters to the client ([VALUE]: "matters to you", "really want", "the kind of…"), after the lead-in. */
    private static boolean valueWords(Clause c) {
        for (Match m : c.all(Cue.VALUE)) {
            if (m.from() >= c.lead) return true;
        }
        return false;
    }

    private static Verdict complex(String rule, String reason) {
        return new Verdict(ReflectionDepth.COMPLEX, rule, reason);
    }
}
