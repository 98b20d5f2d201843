package org.changetalk.practice;

import org.changetalk.coding.Code;
import org.changetalk.coding.SessionSummary;
import org.changetalk.scenario.model.ClientState;
import org.changetalk.session.Scored;
import org.changetalk.session.SessionInfo;
import org.changetalk.session.SessionTurn;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The end-of-session report's key turns and progress by week (docs/web-api.md, {@code report} and progress). */
public final class Reports {
    /** At most this many turns are named as won and as lost: the moments worth rereading, not a list of all. */
    private static final int KEY_TURNS = 3;

    private Reports() {
    }

    /** The report of a scored session: its key turns (none without a start state to measure from). */
    static Report report(Scored scored) {
        var start = scored.session().info().startState();
        return new Report(scored, start == null ? List.of() : keyTurns(start, scored.session().turns()));
    }

    private record Move(SessionTurn turn, double score, String why) {}

    /**
     * Turns that won or lost the client: scored by how much they moved engagement up and discord down
     * (the relationship), plus half the move in importance and confidence (the change). The biggest
     * moves each way, in turn order.
     */
    static List<KeyTurn> keyTurns(ClientState startState, List<SessionTurn> turns) {
        List<Move> moves = new ArrayList<>();
        ClientState before = startState;
        for (SessionTurn t : turns) {
            ClientState after = t.state();
            if (after == null) {
                continue;
            }
            double de = after.engagement() - before.engagement();
            double dd = after.discord() - before.discord();
            double di = after.importance() - before.importance();
            double dc = after.confidence() - before.confidence();
            double score = de - dd + 0.5 * (di + dc);
            moves.add(new Move(t, score, why(de, dd, di, dc, t)));
            before = after;
        }
        List<Move> won = moves.stream().filter(m -> m.score() > 0)
                .sorted(Comparator.comparingDouble(Move::score).reversed()).limit(KEY_TURNS).toList();
        List<Move> lost = moves.stream().filter(m -> m.score() < 0)
                .sorted(Comparator.comparingDouble(Move::score)).limit(KEY_TURNS).toList();
        List<Move> key = new ArrayList<>(won);
        key.addAll(lost);
        key.sort(Comparator.comparingInt(m -> m.turn().number()));
        return key.stream().map(m -> new KeyTurn(m.turn().number(), m.score() > 0, m.turn().trainee(), m.why())).toList();
    }

    private static String why(double de, double dd, double di, double dc, SessionTurn turn) {
        List<String> parts = new ArrayList<>();
        change(parts, "engagement", de);
        change(parts, "discord", dd);
        change(parts, "importance", di);
        change(parts, "confidence", dc);
        String moved = parts.isEmpty() ? "The client's state held" : capitalise(String.join(", ", parts));
        String did = turn.feedback() == null || turn.feedback().why() == null ? "" : turn.feedback().why();
        return did.isEmpty() ? moved + "." : moved + ". " + did;
    }

    private static void change(List<String> parts, String name, double delta) {
        if (Math.abs(delta) >= 0.05) {
            parts.add(name + (delta > 0 ? " rose " : " fell ") + round(Math.abs(delta), 1));
        }
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Finished sessions grouped by the ISO week they started in (UTC), oldest first; pooled counts per week. */
    static List<Week> weeks(List<Scored> sessions) {
        Map<String, int[]> byWeek = new TreeMap<>(); // "2026-W09" sorts correctly as text
        for (Scored scored : sessions) {
            SessionInfo s = scored.session().info();
            SessionSummary m = scored.summary();
            ZonedDateTime t = Instant.ofEpochMilli(s.startedAt()).atZone(ZoneOffset.UTC);
            String week = String.format("%d-W%02d", t.get(IsoFields.WEEK_BASED_YEAR), t.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            int[] sum = byWeek.computeIfAbsent(week, k -> new int[6]);
            sum[0]++;
            sum[1] += m.count(Code.SIMPLE_REFLECTION);
            sum[2] += m.count(Code.COMPLEX_REFLECTION);
            sum[3] += m.count(Code.QUESTION);
            sum[4] += m.miAdherent();
            sum[5] += m.miNonAdherent();
        }
        List<Week> out = new ArrayList<>();
        byWeek.forEach((week, sum) -> {
            int reflections = sum[1] + sum[2];
            out.add(new Week(week, sum[0], sum[3] == 0 ? null : round((double) reflections / sum[3], 2),
                    reflections == 0 ? null : round(100.0 * sum[2] / reflections, 1), sum[4], sum[5]));
        });
        return out;
    }

    private static Double round(double v, int places) {
        return BigDecimal.valueOf(v).setScale(places, RoundingMode.HALF_UP).doubleValue();
    }
}
