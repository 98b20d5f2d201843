package org.changetalk.eval;

import com.fasterxml.jackson.databind.JsonNode;
import org.changetalk.coding.ClientCoding;
import org.changetalk.coding.Code;
import org.changetalk.coding.CodedTurn;
import org.changetalk.coding.ConversationCoder;
import org.changetalk.coding.CounselorCoding;
import org.changetalk.coding.Evidence;
import org.changetalk.coding.QuestionType;
import org.changetalk.coding.ReflectionDepth;
import org.changetalk.coding.SessionSummary;
import org.changetalk.coding.Span;
import org.changetalk.coding.Speaker;
import org.changetalk.coding.Turn;
import org.changetalk.coding.Utterance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Session level: do the summary's own scores, computed from the coder's codes, rank good sessions above poor
 * ones? The hidden measure ranks human-rated high- against low-quality sessions; here a session's quality is
 * read from its gold codes, by MITI 4.2.1's "fair" threshold for reflections and a ceiling on MI-inconsistent
 * volleys ({@link #high}). Each score's AUC is the chance that a random high session scores above a random low
 * one (ties count half). Only whole sessions count: at least {@link #MIN_COUNSELOR_TURNS} counselor turns, every
 * turn labelled.
 *
 * @param sessions   whole sessions in the part
 * @param high       of them, high quality by their gold codes
 * @param relational AUC of the coder's relational rating (NaN without both kinds of session)
 * @param technical  AUC of the coder's technical rating
 * @param rq         AUC of the coder's reflection-to-question ratio
 * @param goldRq     AUC of the same ratio from the gold codes (how well R:Q alone can rank, the coder aside)
 */
record SessionRanking(int sessions, int high, double relational, double technical, double rq, double goldRq,
                      int skilled, int low, double skilledRelational, double skilledTechnical, double skilledRq) {
    static final int MIN_COUNSELOR_TURNS = 8;
    /** MITI 4.2.1 "fair": at least one reflection per question. */
    static final double FAIR_RQ = 1.0;
    /** At most this share of counselor volleys may hold a Persuade or Confront (one in twenty) for a high session. */
    static final double MAX_NON_ADHERENT_SHARE = 0.05;

    static final SessionRanking NONE = new SessionRanking(0, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
            0, 0, Double.NaN, Double.NaN, Double.NaN);

    /**
     * A whole session: its gold codes' summary and the coder's, and the skill its writer declared (null: none; see
     * {@link DeclaredSkill}).
     */
    record Scored(SessionSummary gold, SessionSummary coder, boolean high, DeclaredSkill.Skill declared) {
        Scored(SessionSummary gold, SessionSummary coder, boolean high) {
            this(gold, coder, high, null);
        }
    }

    /** Whole sessions among the items (grouped by file and conversation), each scored once; {@code cache} shares work across parts. */
    static SessionRanking of(List<GoldItem> items, ConversationCoder coder, Map<String, Scored> cache) {
        return of(items, coder, cache, new DeclaredSkill());
    }

    /** As above, with the declared skills read once for the whole evaluation. */
    static SessionRanking of(List<GoldItem> items, ConversationCoder coder, Map<String, Scored> cache, DeclaredSkill skills) {
        Map<String, List<GoldItem>> byConversation = new LinkedHashMap<>();
        for (GoldItem item : items) {
            byConversation.computeIfAbsent(item.file() + "#" + item.conversation(), k -> new ArrayList<>()).add(item);
        }
        List<Scored> scored = new ArrayList<>();
        for (var e : byConversation.entrySet()) {
            Scored s = cache.get(e.getKey());
            if (s == null && !cache.containsKey(e.getKey())) {
                s = score(e.getValue(), coder, skills);
                cache.put(e.getKey(), s);
            }
            if (s != null) scored.add(s);
        }
        return of(scored);
    }

    static SessionRanking of(List<Scored> scored) {
        List<Scored> good = scored.stream().filter(Scored::high).toList();
        List<Scored> poor = scored.stream().filter(s -> !s.high()).toList();
        // the writer's own grade: skilled against low-quality sessions, average ones left out
        List<Scored> skilled = scored.stream().filter(s -> s.declared() == DeclaredSkill.Skill.SKILLED).toList();
        List<Scored> low = scored.stream().filter(s -> s.declared() == DeclaredSkill.Skill.LOW).toList();
        return new SessionRanking(scored.size(), good.size(),
                auc(good, poor, s -> s.coder().relational()),
                auc(good, poor, s -> s.coder().technical()),
                auc(good, poor, s -> rq(s.coder())),
                auc(good, poor, s -> rq(s.gold())),
                skilled.size(), low.size(),
                auc(skilled, low, s -> s.coder().relational()),
                auc(skilled, low, s -> s.coder().technical()),
                auc(skilled, low, s -> rq(s.coder())));
    }

    /**
     * High quality by the gold codes: at least one reflection per question (MITI "fair"), and Persuade or Confront
     * in no more than one counselor volley in twenty.
     */
    static boolean high(SessionSummary gold, long counselorVolleys) {
        double nonAdherentShare = counselorVolleys == 0 ? 0 : (double) gold.miNonAdherent() / counselorVolleys;
        return rq(gold) >= FAIR_RQ && nonAdherentShare <= MAX_NON_ADHERENT_SHARE;
    }

    /** R:Q, with no questions read as many reflections per question (a session of pure listening ranks high). */
    static double rq(SessionSummary s) {
        int reflections = s.count(Code.SIMPLE_REFLECTION) + s.count(Code.COMPLEX_REFLECTION);
        return s.reflectionToQuestion() != null ? s.reflectionToQuestion() : reflections > 0 ? 100.0 + reflections : 0.0;
    }

    static double auc(List<Scored> good, List<Scored> poor, ToDoubleFunction<Scored> score) {
        if (good.isEmpty() || poor.isEmpty()) return Double.NaN;
        double wins = 0;
        for (Scored g : good) {
            double a = score.applyAsDouble(g);
            for (Scored p : poor) {
                double b = score.applyAsDouble(p);
                wins += a > b ? 1 : a == b ? 0.5 : 0;
            }
        }
        return wins / ((double) good.size() * poor.size());
    }

    /** Null unless the items are a whole session: every turn labelled, enough counselor turns. */
    private static Scored score(List<GoldItem> items, ConversationCoder coder, DeclaredSkill skills) {
        GoldItem longest = items.stream().max(java.util.Comparator.comparingInt(GoldItem::labelled)).orElseThrow();
        List<Turn> turns = longest.turns();
        if (items.size() != turns.size()) return null;
        long counselor = turns.stream().filter(t -> t.speaker() == Speaker.COUNSELOR).count();
        if (counselor < MIN_COUNSELOR_TURNS) return null;
        List<CodedTurn> gold = new ArrayList<>(turns.size());
        for (GoldItem item : items.stream().sorted(java.util.Comparator.comparingInt(GoldItem::labelled)).toList()) {
            gold.add(goldCoding(item));
        }
        SessionSummary goldSummary = SessionSummary.of(gold);
        return new Scored(goldSummary, SessionSummary.of(coder.code(turns)), high(goldSummary, counselor),
                skills.of(longest.file(), longest.conversation()));
    }

    /** The gold label as a coding: one utterance per gold code (the primary alone when the gold lists none). */
    private static CodedTurn goldCoding(GoldItem item) {
        Turn turn = item.labelledTurn();
        Span all = new Span(0, turn.text().length());
        Evidence ev = Evidence.of(all, "gold", "gold label");
        if (item.gold() instanceof ClientGold g) return new ClientCoding(turn, g.talk(), g.kind(), ev);
        CounselorGold g = (CounselorGold) item.gold();
        List<Code> codes = new ArrayList<>();
        JsonNode listed = item.goldJson().get("codes");
        if (listed != null && listed.isArray()) {
            for (JsonNode c : listed) {
                if (c.isTextual()) codes.add(Code.valueOf(c.textValue()));
            }
        }
        if (codes.isEmpty()) codes.add(g.primary());
        List<Utterance> utterances = new ArrayList<>();
        for (Code c : codes) {
            QuestionType q = c == Code.QUESTION ? (g.question() != null ? g.question() : QuestionType.CLOSED) : null;
            ReflectionDepth d = c == Code.SIMPLE_REFLECTION ? ReflectionDepth.SIMPLE
                    : c == Code.COMPLEX_REFLECTION ? ReflectionDepth.COMPLEX : null;
            utterances.add(new Utterance(all, c, q, d, ev));
        }
        QuestionType q = g.primary() == Code.QUESTION ? (g.question() != null ? g.question() : QuestionType.CLOSED) : null;
        return new CounselorCoding(turn, utterances, g.primary(), q, g.reflection(), ev, List.of());
    }
}
