package org.changetalk.coding;

import java.util.Set;

/**
 * A step toward change judged good or bad: "the gym is kind of a hassle", "the meetings are a waste", "walking's been
 * great", "the gum's been easier than I thought". A word naming the change step ([set:step_verdict_subject]: the gym, the
 * walks, the patch, the meetings, the insulin), a copula after it ("is", "'s", "feels", "has been"), and within five
 * words a verdict ([set:step_verdict_good] / [set:step_verdict_bad]), flipped by a negator between them ("swimming's not really
 * fun"): good is change talk, bad is sustain talk (MISC: the costs of changing are sustain talk, its rewards change
 * talk). The counselor's reflections are read the same way (turned around, {@link CounselorLean}), so a bare "Yeah."
 * to "so the treadmill's a pain to get to" takes the sustain side. Issue 9: real sustain talk often judges the change
 * without a frame or a trigger word. One verdict per clause, as strong as a reason phrase (1.5), so a cost word inside
 * it ("awful") does not turn it around.
 */
final class TargetVerdict {
    static final double STRENGTH = 1.5;
    /** How far after the copula the verdict may stand ("is kind of a real hassle"). */
    private static final int REACH = 5;

    private final Set<String> subjects;
    private final Set<String> copulas;
    private final Set<String> good;
    private final Set<String> bad;
    private final Set<String> negators;

    TargetVerdict(Lexicon lexicon) {
        this.subjects = lexicon.set("step_verdict_subject");
        this.copulas = lexicon.set("step_verdict_copula");
        this.good = lexicon.set("step_verdict_good");
        this.bad = lexicon.set("step_verdict_bad");
        this.negators = lexicon.set("negator");
    }

    TalkSignal of(Clause c) {
        int size = c.size();
        for (int i = 0; i < size; i++) {
            String w = c.word(i);
            boolean contracted = w.endsWith("'s");
            if (!subjects.contains(contracted ? w.substring(0, w.length() - 2) : w)) continue;
            // the copula: in the word itself ("gym's"), or within the next two words ("the walks have been", "gum is")
            int from = -1;
            if (contracted) from = i + 1;
            for (int k = i + 1; from < 0 && k < Math.min(size, i + 3); k++) {
                if (copulas.contains(c.word(k))) from = k + 1;
            }
            if (from < 0) continue;
            boolean negated = false;
            for (int k = from; k < Math.min(size, from + REACH); k++) {
                if (k > from && c.breakBefore(k)) break;
                String v = c.word(k);
                if (negators.contains(v)) {
                    negated = !negated;
                    continue;
                }
                int side = good.contains(v) ? +1 : bad.contains(v) ? -1 : 0;
                if (side == 0) continue;
                int d = negated ? -side : side;
                return new TalkSignal(d, STRENGTH, TalkKind.REASON, c.span(i, k + 1), "verdict-on-change",
                        d > 0 ? "says the change is going well or worth it" : "says what makes the change hard or not worth it");
            }
        }
        return null;
    }
}
