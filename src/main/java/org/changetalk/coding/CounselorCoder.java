package org.changetalk.coding;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Codes a counselor turn: one code per sentence, the turn's main behaviour, and harm-reduction flags.
 */
final class CounselorCoder {
    private final PhraseTrie trie;
    private final Set<String> leadins;
    private final SentenceRules rules;
    private final HarmReductionChecks checks;

    CounselorCoder(Lexicon lexicon) {
        this.trie = lexicon.trie();
        this.leadins = lexicon.set("leadin");
        this.rules = new SentenceRules(lexicon);
        this.checks = new HarmReductionChecks(lexicon.set("stop"));
    }

    CounselorCoding code(Turn turn, Text text, Context ctx) {
        List<Clause> clauses = new ArrayList<>(text.sentences.size());
        boolean nod = false;
        for (Text.Sentence s : text.sentences) {
            Clause c = new Clause(text, s, trie, leadins);
            nod |= c.has(Cue.AUTONOMY_NOD) || c.has(Cue.AUTONOMY);
            clauses.add(c);
        }
        List<Utterance> utterances = new ArrayList<>(clauses.size());
        for (int i = 0; i < clauses.size(); i++) {
            Clause c = clauses.get(i);
            Utterance u = rules.code(c, ctx, nod);
            if (i > 0 && isCheck(c, u) && utterances.get(i - 1).code().isReflection()) {
                // "…, is that right?" after a reflection checks the reflection; it asks nothing new
                u = new Utterance(u.span(), Code.NO_CODE, null, null, Evidence.of(u.span(), "reflection-check",
                        SentenceRules.quote(u.span().of(text.raw)) + " checks the reflection before it with the client rather than asking something new."));
            }
            if (i > 0 && u.code().isReflection() && continues(u.evidence().rule())) {
                Code before = utterances.get(i - 1).code();
                if (before == Code.GIVING_INFORMATION || before == Code.PERSUADE || before == Code.PERSUADE_WITH_PERMISSION) {
                    // a plain statement after information or advice goes on explaining; it does not reflect
                    u = new Utterance(u.span(), Code.GIVING_INFORMATION, null, null, Evidence.of(u.span(), "continues-information",
                            SentenceRules.quote(u.span().of(text.raw)) + " continues the information or advice before it: Giving Information."));
                }
            }
            utterances.add(u);
        }
        if (utterances.isEmpty()) {
            Span all = new Span(0, turn.text().length());
            utterances.add(new Utterance(all, Code.NO_CODE, null, null,
                    Evidence.of(all, "no-words", "The turn has no words to code: no MITI code.")));
        }
        Utterance main = primary(utterances, clauses);
        List<Flag> flags = checks.flags(clauses, utterances, ctx);
        return new CounselorCoding(turn, utterances, main.code(), main.question(), main.reflection(), main.evidence(), flags);
    }

    /** Reflections found only by their words, not by an opener: after information they go on informing. */
    private static boolean continues(String rule) {
        return rule.startsWith("statement-about-client") || rule.startsWith("echo") || rule.startsWith("reflection-phrase");
    }

    private static boolean isCheck(Clause c, Utterance u) {
        return u.code() == Code.QUESTION && c.size() <= 6 && c.has(Cue.CHECK_TAG) && c.first(Cue.CHECK_TAG).from() == c.lead
                && !c.word(c.lead).startsWith("wh") && !c.word(c.lead).equals("how");
    }

    /**
     * The turn's main behaviour. Each sentence weighs by its length and by how much its kind of act steers the
     * conversation (a question or advice decides what the client answers; a lead-in reflection or an "okay" does
     * not); the closing sentence weighs more, since that is what the client responds to.
     */
    private static Utterance primary(List<Utterance> utterances, List<Clause> clauses) {
        Map<Code, Double> weight = new EnumMap<>(Code.class);
        Map<Code, Utterance> best = new EnumMap<>(Code.class);
        Map<Code, Double> bestWeight = new EnumMap<>(Code.class);
        int last = utterances.size() - 1;
        for (int i = 0; i < utterances.size(); i++) {
            Utterance u = utterances.get(i);
            int words = i < clauses.size() ? Math.max(1, clauses.get(i).size() - clauses.get(i).lead) : 1;
            double w = (2.0 + Math.min(words, 30)) * actWeight(u.code()) * (i == last && utterances.size() > 1 ? (u.code() == Code.QUESTION ? 1.8 : 1.35) : 1.0);
            Code key = u.code() == Code.SIMPLE_REFLECTION ? Code.COMPLEX_REFLECTION : u.code();
            weight.merge(key, w, Double::sum);
            if (w > bestWeight.getOrDefault(u.code(), -1.0)) {
                bestWeight.put(u.code(), w);
                best.put(u.code(), u);
            }
        }
        Code winner = null;
        double top = -1;
        for (Map.Entry<Code, Double> e : weight.entrySet()) {
            if (e.getValue() > top) {
                top = e.getValue();
                winner = e.getKey();
            }
        }
        if (winner == Code.COMPLEX_REFLECTION) {
            // the reflection group: complex if any of its sentences is complex (MITI counts the volley once, as complex)
            return best.containsKey(Code.COMPLEX_REFLECTION) ? best.get(Code.COMPLEX_REFLECTION) : best.get(Code.SIMPLE_REFLECTION);
        }
        return best.get(winner);
    }

    private static double actWeight(Code code) {
        return switch (code) {
            case NO_CODE -> 0.05;
            case QUESTION -> 1.5;
            case PERSUADE, PERSUADE_WITH_PERMISSION -> 2.6;
            case CONFRONT -> 3.5;
            case SEEKING_COLLABORATION -> 1.4;
            case EMPHASIZE_AUTONOMY -> 1.8;
            case AFFIRM -> 1.6;
            case GIVING_INFORMATION -> 1.0;
            case SIMPLE_REFLECTION, COMPLEX_REFLECTION -> 1.0;
        };
    }
}
