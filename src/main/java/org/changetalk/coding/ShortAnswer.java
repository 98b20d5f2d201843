package org.changetalk.coding;

import java.util.Set;

/**
 * Which short answers take their side from the counselor's question alone, whatever the learned layer's word
 * statistics say (issue 9: a fifth of real change and sustain turns have four words or fewer and take their direction
 * from the counselor's turn before them; the learned layer, fitted on gold where most bare "yes"/"no" answers are
 * neutral, read such answers as neutral).
 *
 * <p>Both shapes need a bare answer — nothing but the "yes"/"no" and fillers — and no word of the client's own on the
 * other side ({@link ClientCoder}):
 * <ul>
 *   <li>"Yes." or "No." to a yes/no question that leans by a frame with its target or a reason ("Are you happy to keep
 *   eating the way you are?" "No." is change talk; "Do you want to quit?" "Not really." is sustain talk). A question
 *   that only names the behaviour ("Do you smoke?", "Do you use a pill box?") asks for a fact: its bare answer stays
 *   the layer's to weigh (most are neutral);</li>
 *   <li>turning down a question about change or about how a step went ("How confident are you?" "Not very.", "How's
 *   the walking going?" "Not great."): a step away from the change.</li>
 * </ul>
 * And a short answer about how a step went that opens by saying it went ("Better. Lights out by eleven most nights.")
 * is a step taken, whatever follows the opening word.
 */
final class ShortAnswer {
    /** A yes/no question leaning this far rests on a frame with its target (2.0) or a reason phrase (1.5). */
    static final double CLEAR_QUESTION = 1.5;

    private final Set<String> stop;
    private final Set<String> filler;

    /** How an answer about a step opens when the step went ("Better.", "Good, three times."): lexicon-client.txt. */
    private final Set<String> wentWell;
    private final Set<String> hesitations;
    private final Set<String> softeners;

    ShortAnswer(Lexicon lexicon) {
        this.stop = lexicon.set("stop");
        this.filler = lexicon.set("filler");
        this.wentWell = lexicon.set("went_well");
        this.hesitations = lexicon.set("hesitation");
        this.softeners = lexicon.set("went_well_softener");
    }

    /**
     * The word an answer about how a step went opens with when it went ([set:went_well]: "Better.", "Pretty good,
     * three times."), after hesitations and softeners ([set:went_well_softener]: "pretty", "way"), or null.
     */
    Span wentWell(Text text) {
        for (int i = 0; i < text.words.size(); i++) {
            String w = text.words.get(i);
            if (wentWell.contains(w)) return text.span(i, i + 1);
            if (!Character.isLetterOrDigit(w.charAt(0)) || hesitations.contains(w) || filler.contains(w)) continue;
            if (softeners.contains(w)) continue;
            return null;
        }
        return null;
    }

    boolean clear(CounselorLean.Lean lean, String rule, Text text, ClientReply.Reply reply) {
        // "Better. Lights out by eleven most nights.": what follows the "better" is the report of the step itself
        if (rule.equals("reports-progress") || rule.equals(RulerAnswer.RULE)) return true;
        boolean shape = switch (rule) {
            case "agrees-with-counselor", "disagrees-with-counselor" -> lean.move() == CounselorLean.Move.YES_NO
                    && Math.abs(lean.direction()) >= CLEAR_QUESTION && lean.kind() != TalkKind.TAKING_STEPS;
            case "turns-down-change-question", "turns-down-progress-question" -> true;
            default -> false;
        };
        return shape && bare(text, reply);
    }

    /** Whether the reply says nothing beyond its "yes"/"no" words but fillers ("No. No, I don't." is bare too). */
    private boolean bare(Text text, ClientReply.Reply reply) {
        if (reply.span() == null) return false;
        for (int i = 0; i < text.words.size(); i++) {
            if (text.wordStart[i] < reply.span().end()) continue;
            String w = text.words.get(i);
            if (!Character.isLetterOrDigit(w.charAt(0)) || stop.contains(w) || filler.contains(w)) continue;
            return false;
        }
        return true;
    }
}
