package org.changetalk.coding;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a session's summary is computed from, counted by MITI 4.2.1's rules: within one counselor volley
 * (turn) each code counts at most once, and a volley with any complex reflection counts one complex
 * reflection and no simple one. So {@code counts.get(c)} is also the number of volleys that contain c.
 * Open and closed questions are counted per utterance (MISC style), since MITI 4 does not split them.
 */
record SessionTally(Map<Code, Integer> counts, int volleys, int evokingVolleys, int volleysAfterSustain,
                    int reflectionsAfterSustain, int nonAdherentVolleys, int informingVolleys, int openQuestions,
                    int closedQuestions, int changeTalk, int sustainTalk) {

    SessionTally {
        Map<Code, Integer> copy = new EnumMap<>(Code.class);
        copy.putAll(counts);
        counts = Collections.unmodifiableMap(copy); // in Code order, for stable output
    }

    static SessionTally of(List<CodedTurn> turns) {
        Map<Code, Integer> counts = new EnumMap<>(Code.class);
        for (Code code : Code.values()) {
            counts.put(code, 0);
        }
        int volleys = 0, evoking = 0, afterSustain = 0, reflectedSustain = 0, nonAdherent = 0, informing = 0;
        int open = 0, closed = 0, change = 0, sustain = 0;
        CodedTurn previous = null;
        for (CodedTurn turn : turns) {
            if (turn instanceof CounselorCoding counselor) {
                Set<Code> codes = volleyCodes(counselor);
                codes.forEach(code -> counts.merge(code, 1, Integer::sum));
                volleys++;
                boolean openQuestion = false;
                for (Utterance u : counselor.utterances()) {
                    if (u.code() == Code.QUESTION && u.question() == QuestionType.OPEN) {
                        open++;
                        openQuestion = true;
                    } else if (u.code() == Code.QUESTION && u.question() == QuestionType.CLOSED) {
                        closed++;
                    }
                }
                if (openQuestion || codes.contains(Code.COMPLEX_REFLECTION)) {
                    evoking++;
                }
                if (codes.contains(Code.PERSUADE) || codes.contains(Code.CONFRONT)) {
                    nonAdherent++;
                }
                if (counselor.primary() == Code.GIVING_INFORMATION) {
                    informing++;
                }
                if (previous instanceof ClientCoding client && client.talk() == Talk.SUSTAIN) {
                    afterSustain++;
                    if (codes.contains(Code.SIMPLE_REFLECTION) || codes.contains(Code.COMPLEX_REFLECTION)) {
                        reflectedSustain++;
                    }
                }
            } else if (turn instanceof ClientCoding client) {
                if (client.talk() == Talk.CHANGE) {
                    change++;
                } else if (client.talk() == Talk.SUSTAIN) {
                    sustain++;
                }
            }
            previous = turn;
        }
        return new SessionTally(counts, volleys, evoking, afterSustain, reflectedSustain, nonAdherent, informing,
                open, closed, change, sustain);
    }

    /**
     * The codes one volley counts for: each once, and a complex reflection absorbs any simple one. A volley whose
     * main act is information, advice or confrontation counts no reflection: the "so you're saying…" on the way
     * into a lecture does not make it reflective listening (otherwise lecturing inflates R:Q).
     */
    static Set<Code> volleyCodes(CounselorCoding counselor) {
        Set<Code> codes = EnumSet.noneOf(Code.class);
        counselor.utterances().forEach(u -> codes.add(u.code()));
        Code primary = counselor.primary();
        if (primary == Code.GIVING_INFORMATION || primary == Code.PERSUADE || primary == Code.PERSUADE_WITH_PERMISSION
                || primary == Code.CONFRONT) {
            codes.remove(Code.SIMPLE_REFLECTION);
            codes.remove(Code.COMPLEX_REFLECTION);
        }
        if (codes.contains(Code.COMPLEX_REFLECTION)) {
            codes.remove(Code.SIMPLE_REFLECTION);
        }
        return codes;
    }

    int count(Code code) {
        return counts.get(code);
    }

    int reflections() {
        return count(Code.SIMPLE_REFLECTION) + count(Code.COMPLEX_REFLECTION);
    }
}
