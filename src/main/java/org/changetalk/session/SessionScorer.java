package org.changetalk.session;

import org.changetalk.coding.CounselorCoding;
import org.changetalk.coding.SessionSummary;
import org.changetalk.coding.Span;
import org.changetalk.coding.Utterance;
import org.changetalk.scenario.model.Category;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one scorer of a stored session. The practice report, progress, dashboards, the review, imports and
 * exports all score through here, so the same session gives the same numbers everywhere.
 */
public final class SessionScorer {
    private SessionScorer() {
    }

    /** How the engine categorises a response (practice's Categorizer), so a recoded turn is categorised anew. */
    @FunctionalInterface
    public interface Categories {
        Category of(CounselorCoding coding, Category previous);
    }

    public static Scored score(StoredSession s, List<Recode> recodes, CodeSource source, Categories categories) {
        Map<Integer, Recode> byTurn = new LinkedHashMap<>();
        recodes.forEach(r -> byTurn.put(r.number(), r));
        List<SessionTurn> counted = new ArrayList<>(s.turns().size());
        Category previous = null;
        for (SessionTurn t : s.turns()) {
            Recode r = byTurn.get(t.number());
            SessionTurn c = t;
            if (source == CodeSource.WITH_RECODES && r != null && !r.agrees()) {
                CounselorCoding human = human(r, t);
                // a pitfall an instructor coded away (or found) counts as they coded it
                c = new SessionTurn(t.number(), t.trainee(), human, categories.of(human, previous), t.reply(),
                        t.state(), t.feedback());
            }
            counted.add(c);
            previous = c.category();
        }
        Outcome outcome = outcome(s);
        SessionSummary summary = SessionSummary.of(s.coded(counted), outcome.walkout());
        return new Scored(s, source, counted, byTurn, summary, talk(s), outcome);
    }

    /** Scored with the coder's codes only. */
    public static Scored auto(StoredSession s) {
        return score(s, List.of(), CodeSource.AUTO, (coding, previous) -> null);
    }

    /**
     * A recode as a coding of the turn: each code spans the whole response (a reviewer codes the turn, not a
     * clause), the first is the primary, and the coder's harm-reduction flags stay (a recode changes codes only).
     */
    public static CounselorCoding human(Recode r, SessionTurn t) {
        Span whole = new Span(0, t.trainee().length());
        List<Utterance> utterances = new ArrayList<>();
        for (HumanCode c : r.codes()) {
            utterances.add(new Utterance(whole, c.code(), c.question(), c.reflection(), null));
        }
        HumanCode first = r.codes().isEmpty() ? null : r.codes().get(0);
        return new CounselorCoding(t.coding().turn(), utterances, first == null ? null : first.code(),
                first == null ? null : first.question(), first == null ? null : first.reflection(), null,
                t.coding().flags());
    }

    static TalkCounts talk(StoredSession s) {
        int change = 0, sustain = 0, neutral = 0, discord = 0;
        for (SessionTurn t : s.turns()) {
            if (t.reply() == null) {
                continue; // the counselor spoke twice in a row (imported transcripts)
            }
            switch (t.reply().talk()) {
                case CHANGE -> change++;
                case SUSTAIN -> sustain++;
                case NEUTRAL -> neutral++;
                case DISCORD -> discord++;
            }
        }
        return new TalkCounts(change, sustain, neutral, discord);
    }

    static Outcome outcome(StoredSession s) {
        Double peak = null;
        int peakTurn = 0;
        if (s.info().startState() != null) {
            peak = s.info().startState().discord();
        }
        for (SessionTurn t : s.turns()) {
            if (t.state() != null && (peak == null || t.state().discord() > peak)) {
                peak = t.state().discord();
                peakTurn = t.number();
            }
        }
        return new Outcome(s.info().ending(), peak, peakTurn);
    }
}
