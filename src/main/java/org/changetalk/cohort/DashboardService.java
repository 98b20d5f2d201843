package org.changetalk.cohort;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.changetalk.account.User;
import org.changetalk.account.UserJson;
import org.changetalk.coding.Code;
import org.changetalk.eval.ConfusionMatrix;
import org.changetalk.practice.SessionJson;
import org.changetalk.practice.SessionScores;
import org.changetalk.scenario.Category;
import org.changetalk.scenario.ScenarioLibrary;
import org.changetalk.scenario.Wire;
import org.changetalk.session.CodeSource;
import org.changetalk.session.Recode;
import org.changetalk.session.Scored;
import org.changetalk.session.SessionInfo;
import org.changetalk.session.SessionTurn;
import org.changetalk.storage.CohortRepository.Cohort;
import org.changetalk.storage.DrillRepository;
import org.changetalk.storage.PracticeRepository;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** Cohort and personal dashboards, and the cohort's human-versus-coder agreement (docs/web-api.md). */
public final class DashboardService {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    /** The response categories that count as pitfalls: pushing, arguing, and unasked-for information. */
    static final Set<Category> PITFALLS = EnumSet.of(Category.PERSUADE, Category.CONFRONT, Category.INFORMATION);
    private static final int TOP_PITFALLS = 10;

    private final CohortService cohorts;
    private final PracticeRepository sessions;
    private final DrillRepository drills;
    private final SessionScores scoring;
    private final ScenarioLibrary library;
    private final Clock clock;

    public DashboardService(CohortService cohorts, PracticeRepository sessions, DrillRepository drills, SessionScores scoring,
                            ScenarioLibrary library, Clock clock) {
        this.cohorts = cohorts;
        this.sessions = sessions;
        this.drills = drills;
        this.scoring = scoring;
        this.library = library;
        this.clock = clock;
    }

    public ObjectNode cohort(User actor, String cohortId, int inactiveDays) {
        Cohort c = cohorts.instructed(actor, cohortId);
        ObjectNode head = JSON.objectNode();
        head.put("id", c.id());
        head.put("name", c.name());
        return dashboard(head, cohorts.members(c), inactiveDays);
    }

    public ObjectNode mine(User actor, int inactiveDays) {
        return dashboard(null, List.of(actor), inactiveDays);
    }

    private record PitfallKey(String category, String stage) {}

    private ObjectNode dashboard(ObjectNode head, List<User> trainees, int inactiveDays) {
        ObjectNode o = JSON.objectNode();
        o.set("cohort", head == null ? JSON.nullNode() : head);
        o.set("thresholds", SessionJson.thresholds());
        o.put("inactiveDays", inactiveDays);
        ArrayNode list = o.putArray("trainees");
        ArrayNode inactive = JSON.arrayNode();
        Map<PitfallKey, int[]> counts = new HashMap<>();
        Map<PitfallKey, Set<String>> who = new HashMap<>();
        long now = clock.millis();
        for (User u : trainees) {
            ObjectNode t = list.addObject();
            t.set("user", UserJson.of(u));
            ArrayNode ss = t.putArray("sessions");
            List<SessionInfo> finished = new ArrayList<>(sessions.byUser(u.id()).stream().filter(SessionInfo::finished).toList());
            finished.sort(Comparator.comparingLong(SessionInfo::startedAt).thenComparing(SessionInfo::id));
            for (SessionInfo s : finished) {
                Scored scored = scoring.score(s, CodeSource.WITH_RECODES);
                ObjectNode so = ss.addObject();
                so.put("id", s.id());
                so.put("kind", s.kind());
                so.put("title", s.title());
                so.put("scenarioId", s.scenarioId());
                so.put("startedAt", Instant.ofEpochMilli(s.startedAt()).toString());
                so.set("summary", SessionJson.brief(scored.summary()));
                String stage = stage(s);
                for (SessionTurn turn : scored.counted()) {
                    Category cat = turn.category();
                    if (cat != null && PITFALLS.contains(cat)) {
                        PitfallKey k = new PitfallKey(Wire.name(cat), stage);
                        counts.computeIfAbsent(k, x -> new int[1])[0]++;
                        who.computeIfAbsent(k, x -> new HashSet<>()).add(u.id());
                    }
                }
            }
            DrillRepository.Summary d = drills.summary(u.id());
            ArrayNode mastered = t.putArray("drillsMastered");
            d.mastered().forEach(mastered::add);
            Long last = latest(sessions.lastTurnAt(u.id()), d.lastAttemptAt());
            t.put("lastPractised", last == null ? null : Instant.ofEpochMilli(last).toString());
            boolean idle = last == null || now - last > Duration.ofDays(inactiveDays).toMillis();
            t.put("inactive", idle);
            if (idle) {
                inactive.add(UserJson.of(u));
            }
        }
        ArrayNode pitfalls = o.putArray("pitfalls");
        counts.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<PitfallKey, int[]> e) -> -e.getValue()[0])
                        .thenComparing(e -> e.getKey().category())
                        .thenComparing(e -> Objects.toString(e.getKey().stage(), "")))
                .limit(TOP_PITFALLS)
                .forEach(e -> {
                    ObjectNode p = pitfalls.addObject();
                    p.put("category", e.getKey().category());
                    p.put("stage", e.getKey().stage());
                    p.put("count", e.getValue()[0]);
                    p.put("trainees", who.get(e.getKey()).size());
                });
        o.set("inactive", inactive);
        return o;
    }

    /**
     * Per code, how often instructors agree with the coder on whether a turn has that code, over every reviewed
     * turn of the cohort's members: confirmed turns ("agree": the human codes are the coder's) and recoded ones
     * alike, so the figure is not biased towards the turns an instructor disagreed with. A 2×2 table each, Cohen's
     * kappa from it, and its 95 % interval.
     */
    public ObjectNode agreement(User actor, String cohortId) {
        Cohort c = cohorts.instructed(actor, cohortId);
        List<Set<String>[]> pairs = new ArrayList<>();
        int agreed = 0;
        for (User u : cohorts.members(c)) {
            for (SessionInfo s : sessions.byUser(u.id())) {
                if (!s.finished()) {
                    continue;
                }
                Scored scored = scoring.score(s, CodeSource.AUTO);
                for (SessionTurn turn : scored.counted()) {
                    Recode r = scored.recodes().get(turn.number());
                    if (r != null) {
                        pairs.add(pair(r.agrees() ? auto(turn) : human(r), auto(turn)));
                        agreed += r.agrees() ? 1 : 0;
                    }
                }
            }
        }
        ObjectNode o = agreement(pairs);
        o.put("agreed", agreed);
        o.put("recoded", pairs.size() - agreed);
        return o;
    }

    /** The report for pairs of (human codes, automatic codes), one pair per reviewed turn. */
    static ObjectNode agreement(List<Set<String>[]> pairs) {
        Set<String> seen = new TreeSet<>(Comparator.comparingInt(name -> Code.valueOf(name).ordinal()));
        pairs.forEach(p -> {
            seen.addAll(p[0]);
            seen.addAll(p[1]);
        });
        ObjectNode o = JSON.objectNode();
        o.put("turns", pairs.size());
        ArrayNode codes = o.putArray("codes");
        for (String code : seen) {
            ConfusionMatrix m = new ConfusionMatrix(List.of("yes", "no"));
            pairs.forEach(p -> m.add(p[0].contains(code) ? "yes" : "no", p[1].contains(code) ? "yes" : "no"));
            ObjectNode co = codes.addObject();
            co.put("code", code);
            co.put("n", m.total());
            co.put("both", m.count("yes", "yes"));
            co.put("humanOnly", m.count("yes", "no"));
            co.put("autoOnly", m.count("no", "yes"));
            co.put("neither", m.count("no", "no"));
            co.put("observed", round(m.accuracy()));
            double k = m.kappa();
            co.put("kappa", Double.isNaN(k) ? null : round(k));
            double[] ci = interval(m.count("yes", "yes"), m.count("yes", "no"), m.count("no", "yes"), m.count("no", "no"));
            if (ci == null) {
                co.putNull("ci");
            } else {
                co.putArray("ci").add(round(ci[0])).add(round(ci[1]));
            }
        }
        return o;
    }

    /**
     * Cohen's kappa's 95 % interval from a 2×2 table, by the large-sample standard error
     * sqrt(po(1 − po) / (n (1 − pe)²)), clipped to [−1, 1]; null when kappa is undefined.
     */
    static double[] interval(int both, int humanOnly, int autoOnly, int neither) {
        int n = both + humanOnly + autoOnly + neither;
        if (n == 0) {
            return null;
        }
        double po = (double) (both + neither) / n;
        double humanYes = (double) (both + humanOnly) / n;
        double autoYes = (double) (both + autoOnly) / n;
        double pe = humanYes * autoYes + (1 - humanYes) * (1 - autoYes);
        if (pe >= 1) {
            return null;
        }
        double kappa = (po - pe) / (1 - pe);
        double se = Math.sqrt(po * (1 - po) / (n * (1 - pe) * (1 - pe)));
        return new double[]{Math.max(-1, kappa - 1.96 * se), Math.min(1, kappa + 1.96 * se)};
    }

    @SuppressWarnings("unchecked")
    private static Set<String>[] pair(Set<String> human, Set<String> auto) {
        return new Set[]{human, auto};
    }

    private static Set<String> human(Recode r) {
        Set<String> out = new HashSet<>();
        r.codes().forEach(c -> out.add(c.code().name()));
        return out;
    }

    private static Set<String> auto(SessionTurn t) {
        Set<String> out = new HashSet<>();
        t.coding().utterances().forEach(u -> out.add(u.code().name()));
        return out;
    }

    private String stage(SessionInfo s) {
        return library.find(s.scenarioId()).map(e -> e.scenario().stage()).map(Wire::name).orElse(null);
    }

    private static Long latest(Long a, Long b) {
        // no ?: here: a conditional mixing Long and long unboxes the null
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return Math.max(a, b);
    }

    private static Double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
