package org.changetalk.coding;

import java.util.Set;

/**
 * A number given to a ruler ("On a scale of zero to ten, how important is it to you?" "Like a nine.") says how far the
 * client stands toward the change: a high one to a question about change (importance, confidence, readiness) is change
 * talk, a low one sustain talk; asked how much they enjoy or need the behaviour, the other way round. A middle number
 * says neither, and the answer is weighed as before (issue 9: real sessions use rulers often, and their answers are
 * short and carry no trigger word). The question is a ruler when it leans (asks for change or for what the behaviour
 * gives, {@link CounselorLean}) and holds a word of [set:rating_question_word] ("scale", "ten", "important", "confident"), so
 * "How many days did you walk?" "Two." is not read as a low rating. Words are data: lexicon-client.txt.
 */
final class RulerAnswer {
    /** The rule named in the evidence; clear in {@link ShortAnswer}: the number is the client's own answer. */
    static final String RULE = "ruler-number";

    private final Set<String> cues;
    private final Set<String> high;
    private final Set<String> low;

    RulerAnswer(Lexicon lexicon) {
        this.cues = lexicon.set("rating_question_word");
        this.high = lexicon.set("rating_high");
        this.low = lexicon.set("rating_low");
    }

    /** The rating's vote, or null when the question is no ruler or the reply gives no high or low number. */
    TalkSignal of(Text counselor, Text client, CounselorLean.Lean lean) {
        if (counselor == null || lean.asks() == 0 || lean.move() != CounselorLean.Move.OPEN) return null;
        boolean ruler = false;
        for (String w : counselor.words) {
            if (cues.contains(w)) {
                ruler = true;
                break;
            }
        }
        if (!ruler) return null;
        // the first number said is the rating ("a seven, maybe an eight" is high, "two, maybe three" is low)
        for (int i = 0; i < client.words.size(); i++) {
            String w = client.words.get(i);
            int side = high.contains(w) ? +1 : low.contains(w) ? -1 : 0;
            // "on the zero to ten…": the scale said back is no rating
            if (side == 0 || i + 1 < client.words.size() && client.words.get(i + 1).equals("to")
                    || i > 0 && client.words.get(i - 1).equals("to")) {
                continue;
            }
            int d = side * lean.asks();
            return new TalkSignal(d, 1.0, TalkKind.REASON, client.span(i, i + 1), RULE,
                    "rates " + (side > 0 ? "high" : "low") + " on the counselor's ruler " + SentenceRules.quote(lean.quote()));
        }
        return null;
    }
}
