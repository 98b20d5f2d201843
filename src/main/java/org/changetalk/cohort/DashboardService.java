package org.changetalk.cohort;

import org.changetalk.account.User;
import org.changetalk.coding.Code;
import org.changetalk.eval.ConfusionMatrix;
import org.changetalk.practice.SessionScores;
import org.changetalk.scenario.model.Category;
import org.changetalk.scenario.library.ScenarioLibrary;
import org.changetalk.scenario.model.Wire;
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

    public Dashboard cohort(User actor, String cohortId, int inactiveDays) {
        Cohort c = cohorts.instructed(actor, cohortId);
        return dashboard(c.id(), c.name(), cohorts.members(c), inactiveDays);
    }

    public Dashboard mine(User actor, int inactiveDays) {
        return dashboard(null, null, List.of(actor), inactiveDays);
    }

    private record PitfallKey(String category, String stage) {}

    private Dashboard dashboard(String cohortId, String cohortName, List<User> trainees, int inactiveDays) {
        List<Dashboard.Trainee> rows = new ArrayList<>();
        List<User> inactive = new ArrayList<>();
        Map<PitfallKey, int[]> counts = new HashMap<>();
        Map<PitfallKey, Set<String>> who = new HashMap<>();
        long now = clock.millis();
        for (User u : trainees) {
            List<Dashboard.Session> ss = new ArrayList<>();
            List<SessionInfo> finished = new ArrayList<>(sessions.byUser(u.id()).stream().filter(SessionInfo::finished).toList());
            finished.sort(Comparator.comparingLong(SessionInfo::startedAt).thenComparing(SessionInfo::id));
            for (SessionInfo s : finished) {
                Scored scored = scoring.score(s, CodeSource.WITH_RECODES);
                ss.add(new Dashboard.Session(s, scored.summary()));
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
            Long last = latest(sessions.lastTurnAt(u.id()), d.lastAttemptAt());
            boolean idle = last == null || now - last > Duration.ofDays(inactiveDays).toMillis();
            rows.add(new Dashboard.Trainee(u, ss, List.copyOf(d.mastered()), last, idle));
            if (idle) {
                inactive.add(u);
            }
        }
        List<Dashboard.Pitfall> pitfalls = counts.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<PitfallKey, int[]> e) -> -e.getValue()[0])
                        .thenComparing(e -> e.getKey().category())
                        .thenComparing(e -> Objects.toString(e.getKey().stage(), "")))
                .limit(TOP_PITFALLS)
                .map(e -> new Dashboard.Pitfall(e.getKey().category(), e.getKey().stage(), e.getValue()[0],
                        who.get(e.getKey()).size()))
                .toList();
        return new Dashboard(cohortId, cohortName, inactiveDays, rows, pitfalls, inactive);
    }

    /**
     * Per code, how often instructors agree with the coder on whether a turn has that code, over every reviewed
     * turn of the cohort's members: confirmed turns ("agree": the human codes are the coder's) and recoded ones
     * alike, so the figure is not biased towards the turns an instructor disagreed with. A 2×2 table each, Cohen's
     * kappa from it, and its 95 % interval.
     */
    public Agreement agreement(User actor, String cohortId) {
        Cohort c = cohorts.instructed(actor, cohortId);
        List<Set<String>[]> pairs = new ArrayList<>();
        // the main code of each recoded turn (human, coder) by the month of the recode: kappa over time
        java.util.SortedMap<String, ConfusionMatrix> byMonth = new java.util.TreeMap<>();
        List<String> names = java.util.Arrays.stream(Code.values()).map(Code::name).toList();
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
                        String month = java.time.Instant.ofEpochMilli(r.at()).toString().substring(0, 7);
                        byMonth.computeIfAbsent(month, m -> new ConfusionMatrix(names))
                                .add(r.agrees() ? turn.coding().primary().name() : r.codes().get(0).code().name(),
                                        turn.coding().primary().name());
                    }
                }
            }
        }
        List<Agreement.Period> overTime = new ArrayList<>();
        byMonth.forEach((month, m) -> overTime.add(new Agreement.Period(month, m.total(), round(m.accuracy()), kappa(m))));
        return agreement(pairs, agreed, overTime);
    }

    /** The report for pairs of (human codes, automatic codes), one pair per reviewed turn. */
    static Agreement agreement(List<Set<String>[]> pairs, int agreed, List<Agreement.Period> overTime) {
        Set<String> seen = new TreeSet<>(Comparator.comparingInt(name -> Code.valueOf(name).ordinal()));
        pairs.forEach(p -> {
            seen.addAll(p[0]);
            seen.addAll(p[1]);
        });
        List<Agreement.CodeAgreement> codes = new ArrayList<>();
        for (String code : seen) {
            ConfusionMatrix m = new ConfusionMatrix(List.of("yes", "no"));
            pairs.forEach(p -> m.add(p[0].contains(code) ? "yes" : "no", p[1].contains(code) ? "yes" : "no"));
            int both = m.count("yes", "yes"), humanOnly = m.count("yes", "no"), autoOnly = m.count("no", "yes"),
                    neither = m.count("no", "no");
            double[] ci = interval(both, humanOnly, autoOnly, neither);
            codes.add(new Agreement.CodeAgreement(code, m.total(), both, humanOnly, autoOnly, neither, round(m.accuracy()),
                    kappa(m), ci == null ? null : new Agreement.Interval(round(ci[0]), round(ci[1]))));
        }
        return new Agreement(pairs.size(), codes, agreed, pairs.size() - agreed, overTime);
    }

    private static Double kappa(ConfusionMatrix m) {
        double k = m.kappa();
        return Double.isNaN(k) ? null : round(k);
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

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
