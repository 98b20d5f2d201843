package org.changetalk.practice;

import org.changetalk.coding.Code;
import org.changetalk.coding.CounselorCoding;
import org.changetalk.coding.FlagKind;
import org.changetalk.coding.Utterance;
import org.changetalk.scenario.model.Category;
import org.changetalk.scenario.model.Phrase;

import java.util.Set;

/**
 * What kind of push a trainee's turn was (a label, an abstinence demand, a warning, shaming, an argument,
 * advice) and how hard it lands: the kind from the coder's flags and the plain words (moves.txt), the weight
 * from the coder's confidence, so a good reflection misread as a confrontation costs the client little.
 */
final class Offences {
    private Offences() {
    }

    /**
     * How hard a push lands, as a factor on its discord and engagement deltas: unasked advice or a
     * nudging question is milder than a warning, an abstinence demand, an argument or a label.
     */
    static double severity(String offence, CounselorCoding coding) {
        boolean asked = coding.primary() == Code.QUESTION || coding.turn().text().strip().endsWith("?");
        double kind = offence.equals("advice") && asked ? 0.6 : 1.0;
        // The coder may be wrong: a push it is unsure of lands in proportion to how sure it is, so a good
        // reflection misread as a confrontation costs the trainee a little, never the client.
        return kind * Math.max(UNSURE_FLOOR, Math.min(1.0, pushConfidence(coding) / SURE));
    }

    /**
     * How sure the coder is that the turn pushed: its surest confrontation or persuasion sentence (the turn's
     * primary may be another act), and a harm-reduction flag, which rests on the words themselves, counts as sure.
     */
    static double pushConfidence(CounselorCoding coding) {
        double sure = coding.flags().isEmpty() ? coding.confidence() : Math.max(coding.confidence(), SURE);
        for (Utterance u : coding.utterances()) {
            if (u.code() == Code.CONFRONT || u.code() == Code.PERSUADE) {
                sure = Math.max(sure, u.confidence());
            }
        }
        return sure;
    }

    /** At or above this confidence the coder's reading of a push is taken at full weight. */
    static final double SURE = 0.7;
    /** The least weight an unsure push carries: it still registers with the client. */
    static final double UNSURE_FLOOR = 0.3;

    /** What kind of push this was, for a reaction that fits it (label, abstinence, warning, argument, advice). */
    static String offence(String text, CounselorCoding coding, Category category) {
        Set<FlagKind> flags = Categorizer.flagKinds(coding);
        Set<String> cues = MoveCues.in(text);
        if (flags.contains(FlagKind.LABELLING) || flags.contains(FlagKind.STIGMATIZING_LABEL) || cues.contains("offence-label")) {
            return "label";
        }
        if (cues.contains("offence-warning")) {
            return "warning";
        }
        if (flags.contains(FlagKind.ABSTINENCE_ONLY) || cues.contains("offence-abstinence")) {
            return "abstinence";
        }
        if (cues.contains("offence-shame")) {
            return "shame";
        }
        if (category == Category.CONFRONT || cues.contains("offence-argue")) {
            return "argue";
        }
        return "advice";
    }

    /**
     * The category the client hears. A history question or a closing the coder read as a push ("have you ever
     * tried to cut down before?", "we have to stop soon, anything to take away?") holds no push in its words: the
     * client hears a question, whatever the coder scored (the trainee's score stays the coder's).
     */
    static Category heard(String text, Set<String> cues, CounselorCoding coding, Category category) {
        // A welcome, a courtesy or a slip owned ("grab a coffee if you want", "my bad if that sounded preachy") is no push.
        boolean kind = cues.contains("courtesy") || cues.contains("thanks-coming") || cues.contains("own-fault");
        // "Let me pull this together… did I miss anything?": a summary gathers what the client said, which a coder
        // unsure of it may read as persuasion; without push words it is heard as the summary it says it is.
        boolean summary = cues.contains("summary");
        if (!category.isMiInconsistent() || !(cues.contains("history-question") || cues.contains("closing") || kind || summary)) {
            return category;
        }
        // (A summary reports the client's own goal in their words, "you want to stay sober": not abstinence pushed.)
        boolean pushWords = cues.stream().anyMatch(c -> c.startsWith("offence-") && !(summary && c.equals("offence-abstinence"))
                || c.equals("push"));
        Set<FlagKind> flags = Categorizer.flagKinds(coding);
        boolean flagged = flags.contains(FlagKind.LABELLING) || flags.contains(FlagKind.STIGMATIZING_LABEL)
                || flags.contains(FlagKind.ABSTINENCE_ONLY);
        if (pushWords || flagged) {
            return category;
        }
        if (summary) {
            // Both sides gathered and checked ("…, and at the same time …. How close is that?") is a summary by its own
            // content, however sure the coder is of a persuasion sentence inside it (round 9: two-sided summaries met
            // with "I've heard that speech").
            // (So is a long one said as a summary and checked, "So here's what I'm hearing. … What did I leave out?")
            boolean bothSides = cues.contains("summary-check")
                    && (cues.contains("double-sided") || Phrase.wordsOf(text).size() >= 30);
            return pushConfidence(coding) < SURE || bothSides ? Category.COMPLEX_REFLECTION : category;
        }
        if (kind && !text.contains("?")) {
            return Category.OTHER;
        }
        return CLOSED_START.matcher(text).find() ? Category.CLOSED_QUESTION : Category.OPEN_QUESTION;
    }

    private static final java.util.regex.Pattern CLOSED_START = java.util.regex.Pattern.compile(
            "^\\W*(have|has|did|do|does|are|is|was|were|can|could|would|will)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);
}
