package org.changetalk.coding;

import java.util.List;

/**
 * What a volley that informs, advises or confronts does as a whole (issue 9, families 1, 4 and 6; round 13, coder24).
 * MITI codes the volley a trainee hears: a turn such as "You've heard about that. The lung injuries were mostly tied to
 * THC cartridges…" or "If the virus becomes resistant, we run out of options. You don't want to be twenty-five and out of
 * options." is the counselor's own content, and the sentence that seems to say the client back only sets it up or
 * presses it home. The length-weighted choice hands such volleys to the reflection whenever its sentences are the
 * longer part; this rule hands them to the input instead.
 * <p>
 * Counted before the rule on the tune gold (the only part read): of 163 volleys the coder read as holding both a
 * reflection and input, the gold codes 145 by the input and 5 by the reflection; of the 16 the coder gave to the
 * reflection, 14 are input in the gold. A reflection the coder found by a structure that only reflecting has — both
 * sides of the ambivalence, a summary, a strength held with a feeling — keeps the volley, as does one that outweighs
 * the input by far (a long reflection closed by a short "that's common").
 */
final class InputVolley {
    /** The input must carry at least this share of the weight the reflection carries (a passing fact does not take a volley). */
    private static final double MIN_INPUT_SHARE = 0.5;

    private InputVolley() {
    }

    /**
     * The input utterance that decides a volley whose weighed winner is a reflection, marked with this rule; or null when
     * the volley holds no input, or its reflection is one only reflecting makes.
     *
     * @param reflectionWeight the weight behind the volley's reflections (CounselorCoder's length- and act-weighted sum)
     * @param inputWeights     the weight of each utterance, in order, counted only for input codes (0 for the rest)
     */
    static Utterance decide(List<Utterance> utterances, double reflectionWeight, double[] inputWeights, String turnText) {
        for (Utterance u : utterances) {
            if (u.code().isReflection() && keepsVolley(RuleId.of(u.evidence().rule()))) return null;
        }
        int best = -1;
        double inputWeight = 0;
        for (int i = 0; i < utterances.size(); i++) {
            if (!isInput(utterances.get(i).code())) continue;
            inputWeight += inputWeights[i];
            if (best < 0 || inputWeights[i] > inputWeights[best]) best = i;
        }
        if (best < 0 || inputWeight < MIN_INPUT_SHARE * reflectionWeight) return null;
        Utterance u = utterances.get(best);
        return new Utterance(u.span(), u.code(), u.question(), null, Evidence.of(u.span(), RuleId.INPUT_VOLLEY.id() + "/" + u.evidence().rule(),
                SentenceRules.quote(u.span().of(turnText)) + " is what the volley is for; the statements beside it about the client set it up "
                        + "or press it home, so the volley is coded by it: " + label(u.code()) + "."));
    }

    static boolean isInput(Code c) {
        return c == Code.GIVING_INFORMATION || c == Code.PERSUADE || c == Code.PERSUADE_WITH_PERMISSION || c == Code.CONFRONT;
    }

    /** Reflections found by a shape that only reflecting has: they keep the volley whatever input stands beside them. */
    private static boolean keepsVolley(RuleId r) {
        return r == RuleId.SUMMARY || r == RuleId.DOUBLE_SIDED || r == RuleId.AFFIRM_IN_REFLECTION;
    }

    private static String label(Code c) {
        return switch (c) {
            case GIVING_INFORMATION -> "Giving Information";
            case PERSUADE -> "Persuade";
            case PERSUADE_WITH_PERMISSION -> "Persuade with Permission";
            default -> "Confront";
        };
    }
}
