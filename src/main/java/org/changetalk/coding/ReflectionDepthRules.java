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
    private final Set<String> metaphors;

    record Verdict(ReflectionDepth depth, String rule, String reason) {}

    ReflectionDepthRules(Lexicon lexicon) {
        this.feelings = lexicon.set("feeling");
        this.amplifiers = lexicon.set("amplifier");
        this.weakFeelings = lexicon.set("weak_feeling");
        this.metaphors = lexicon.set("metaphor");
    }

    Verdict judge(Clause c, Context ctx, Echo echo, RuleId how) {
        if (how == RuleId.SUMMARY || c.has(Cue.SUMMARY)) {
            return complex("summary", "it gathers several things the client said into a summary (complex)");
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
        if (ctx.hasClient() && echo.content() >= 3 && echo.ratio() < 0.34) {
            return complex("adds-meaning", "most of it is new meaning the counselor infers rather than the client's words (complex)");
        }
        if (!ctx.hasClient() && echo.content() >= 6) {
            return complex("adds-meaning", "it goes beyond repeating, adding the counselor's understanding (complex)");
        }
        return new Verdict(ReflectionDepth.SIMPLE, "rephrase", "it stays close to what the client said, adding little (simple)");
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

    private String newFeeling(Clause c, Context ctx) {
        for (int i = c.lead; i < c.size(); i++) {
            String w = c.word(i);
            if (feelings.contains(w) && !weakFeelings.contains(w) && !ctx.clientStems().contains(Words.stem(w)) && !ctx.clientWords().contains(w)) {
                return w;
            }
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

    private boolean hasMetaphor(Clause c) {
        for (int i = c.lead; i < c.size() - 1; i++) {
            String w = c.word(i);
            if (!metaphors.contains(w)) continue;
            String next = c.word(i + 1);
            String before = i > 0 ? c.word(i - 1) : "";
            boolean stemLike = before.equals("sounds") || before.equals("sound") || before.equals("seems") || before.equals("seem")
                    || before.equals("feels") || before.equals("feel") || before.equals("felt") || before.equals("looks")
                    || before.equals("look") || before.equals("feeling");
            if (!stemLike && (w.equals("like") && (next.equals("a") || next.equals("an") || next.equals("being") || next.equals("you're")))
                    || (w.equals("as") && (next.equals("if") || next.equals("though")))
                    || (w.equals("kind") || w.equals("sort")) && next.equals("of") && c.word(i + 2).equals("like")
                    || w.equals("almost") && next.equals("like")) {
                return true;
            }
        }
        return false;
    }

    /** "…and that scares you", "because you want…", "which means…": picking up the client's sentence. */
    private boolean startsAsContinuation(Clause c) {
        String w = c.word(0);
        return w.equals("because") || w.equals("which") || w.equals("unless") || w.equals("until")
                || (w.equals("and") && (c.word(1).equals("that") || c.word(1).equals("yet") || c.word(1).equals("it's")));
    }

    private boolean valueWords(Clause c) {
        for (int i = c.lead; i < c.size() - 1; i++) {
            String w = c.word(i);
            String next = c.word(i + 1);
            if ((w.equals("important") || w.equals("matters") || w.equals("matter") || w.equals("means") || w.equals("value")
                    || w.equals("values") || w.equals("care") || w.equals("cares") || w.equals("proud"))
                    && (next.equals("to") || next.equals("you") || next.equals("about") || next.equals("a") || next.equals("so"))) {
                return true;
            }
            if ((w.equals("really") || w.equals("truly") || w.equals("deep")) && (next.equals("want") || next.equals("down") || next.equals("care"))) {
                return true;
            }
            if (w.equals("the") && (next.equals("kind") || next.equals("person")) && c.word(i + 2).equals("of") || w.equals("who") && next.equals("you")) {
                return true;
            }
        }
        return false;
    }

    private static Verdict complex(String rule, String reason) {
        return new Verdict(ReflectionDepth.COMPLEX, rule, reason);
    }
}
