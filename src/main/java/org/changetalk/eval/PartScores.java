package org.changetalk.eval;

import org.changetalk.coding.ClientCoding;
import org.changetalk.coding.Code;
import org.changetalk.coding.CounselorCoding;
import org.changetalk.coding.Talk;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The scores of one gold part: MITI primary codes, open/closed and simple/complex agreement, the hidden
 * corpus's 4-class mapping, and client change/sustain/neutral talk.
 *
 * @param openClosed    open vs closed, on items whose gold and predicted primary are both QUESTION
 * @param simpleComplex simple vs complex, on items whose gold and predicted primary are both reflections
 * @param talkKind      DARN-CAT kind, on items where gold and predicted talk agree and are not neutral
 * @param falseFlags    on MI-consistent gold turns (no Persuade or Confront in the gold), how often the coder
 *                      punished anyway: a Persuade or Confront code on any utterance, or any harm-reduction flag
 * @param caught        on MI-inconsistent gold turns (Persuade or Confront in the gold), how often it did
 * @param calibration   the primary code's confidence against how often it was right
 * @param decisions     per deciding rule and whether it was contested: {right, total} (what the confidence is fit on)
 * @param sessions      whole sessions ranked by the summary's scores from the coder's codes ({@link SessionRanking})
 * @param byRule        per deciding rule (without its depth verdict), the gold 4-class behaviour of the turns it decided,
 *                      in {@link Behaviour#LABELS} order: where a rule loses precision, as counts, without reading items
 */
record PartScores(String name, int items, ConfusionMatrix primary, Agreement openClosed, Agreement simpleComplex,
                  ConfusionMatrix behaviour, ConfusionMatrix talk, Agreement talkKind, Agreement falseFlags,
                  Agreement caught, Calibration calibration, java.util.Map<String, int[]> decisions,
                  SessionRanking sessions, java.util.Map<String, int[]> byRule) {

    static final List<String> CODES = Arrays.stream(Code.values()).map(Code::name).toList();
    static final List<String> TALK = Arrays.stream(Talk.values()).map(PartScores::lower).toList();

    static PartScores of(String name, List<ItemResult> results) {
        return of(name, results, SessionRanking.NONE);
    }

    static PartScores of(String name, List<ItemResult> results, SessionRanking sessions) {
        ConfusionMatrix primary = new ConfusionMatrix(CODES);
        ConfusionMatrix behaviour = new ConfusionMatrix(Behaviour.LABELS);
        ConfusionMatrix talk = new ConfusionMatrix(TALK);
        Agreement openClosed = Agreement.NONE, simpleComplex = Agreement.NONE, kind = Agreement.NONE;
        Agreement falseFlags = Agreement.NONE, caught = Agreement.NONE;
        Calibration calibration = Calibration.empty();
        java.util.Map<String, int[]> decisions = new java.util.TreeMap<>();
        java.util.Map<String, int[]> byRule = new java.util.TreeMap<>();
        for (ItemResult r : results) {
            if (r.item().gold() instanceof CounselorGold gold && r.predicted() instanceof CounselorCoding coding) {
                Code predicted = coding.primary() == null ? Code.NO_CODE : coding.primary();
                primary.add(gold.primary().name(), predicted.name());
                behaviour.add(gold.behaviour().label(), ItemResult.predictedBehaviour(coding).label());
                if (gold.primary() == Code.QUESTION && predicted == Code.QUESTION && gold.question() != null) {
                    openClosed = openClosed.plus(gold.question() == coding.question());
                }
                if (gold.primary().isReflection() && predicted.isReflection()) {
                    simpleComplex = simpleComplex.plus(gold.primary() == predicted);
                }
                calibration = calibration.plus(coding.confidence(), gold.primary() == predicted);
                int[] d = decisions.computeIfAbsent(coding.primaryEvidence().rule() + " " + (coding.contested() ? "contested" : "alone"),
                        k -> new int[2]);
                d[0] += gold.primary() == predicted ? 1 : 0;
                d[1]++;
                String rule = coding.primaryEvidence().rule();
                int slash = rule.indexOf('/');
                byRule.computeIfAbsent(slash < 0 ? rule : rule.substring(0, slash), k -> new int[Behaviour.LABELS.size()])
                        [gold.behaviour().ordinal()]++;
                boolean flagged = punishes(coding);
                if (inconsistent(gold, r.item())) {
                    caught = caught.plus(flagged);
                } else {
                    falseFlags = falseFlags.plus(flagged);
                }
            } else if (r.item().gold() instanceof ClientGold gold && r.predicted() instanceof ClientCoding coding) {
                talk.add(lower(gold.talk()), lower(coding.talk()));
                if (gold.talk() == coding.talk() && gold.talk() != Talk.NEUTRAL && gold.kind() != null) {
                    kind = kind.plus(gold.kind() == coding.kind());
                }
            }
        }
        return new PartScores(name, results.size(), primary, openClosed, simpleComplex, behaviour, talk, kind,
                falseFlags, caught, calibration, decisions, sessions, byRule);
    }

    /** What the practice engine reacts to as non-adherent: a Persuade or Confront code, or a harm-reduction flag. */
    static boolean punishes(CounselorCoding coding) {
        return !coding.flags().isEmpty()
                || coding.utterances().stream().anyMatch(u -> u.code() == Code.PERSUADE || u.code() == Code.CONFRONT);
    }

    /** MI-inconsistent (MISC: advise without permission, confront, direct, warn): Persuade or Confront in the gold. */
    static boolean inconsistent(CounselorGold gold, GoldItem item) {
        if (gold.primary() == Code.PERSUADE || gold.primary() == Code.CONFRONT) return true;
        var codes = item.goldJson().get("codes");
        if (codes == null || !codes.isArray()) return false;
        for (var c : codes) {
            if (c.isTextual() && (c.textValue().equals("PERSUADE") || c.textValue().equals("CONFRONT"))) return true;
        }
        return false;
    }

    int counselorItems() {
        return primary.total();
    }

    int clientItems() {
        return talk.total();
    }

    private static String lower(Talk t) {
        return t.name().toLowerCase(Locale.ROOT);
    }
}
