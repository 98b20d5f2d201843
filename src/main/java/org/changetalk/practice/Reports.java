package org.changetalk.practice;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.changetalk.coding.Code;
import org.changetalk.coding.SessionSummary;
import org.changetalk.scenario.ClientState;
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

/** The end-of-session report and progress by week (docs/web-api.md, {@code report} and progress). */
public final class Reports {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    /** At most this many turns are named as won and as lost: the moments worth rereading, not a list of all. */
    private static final int KEY_TURNS = 3;

    private Reports() {
    }

    /** {@code report} of docs/web-api.md: the numbers, the outcome beside them, the states and key turns. */
    static ObjectNode report(Scored scored) {
        SessionInfo s = scored.session().info();
        ObjectNode o = JSON.objectNode();
        ObjectNode session = o.putObject("session");
        session.put("id", s.id());
        session.put("title", s.title());
        session.put("scenarioId", s.scenarioId());
        session.put("startedAt", SessionJson.time(s.startedAt()));
        session.put("finishedAt", SessionJson.time(s.finishedAt()));
        session.set("ending", s.ending() == null ? JSON.nullNode() : TurnJson.ending(s.ending()));
        o.set("outcome", SessionJson.outcome(scored.outcome()));
        o.set("summary", SessionJson.summary(scored.summary()));
        o.set("thresholds", SessionJson.thresholds());
        o.set("talk", SessionJson.talk(scored.talk()));
        ArrayNode states = o.putArray("states");
        if (s.startState() != null) {
            states.add(state(0, s.startState()));
        }
        scored.session().turns().stream().filter(t -> t.state() != null).forEach(t -> states.add(state(t.number(), t.state())));
        o.set("keyTurns", s.startState() == null ? JSON.arrayNode() : keyTurns(s.startState(), scored.session().turns()));
        return o;
    }

    private static ObjectNode state(int turn, ClientState st) {
        ObjectNode o = TranscriptJson.state(st);
        ObjectNode out = JSON.objectNode();
        out.put("turn", turn);
        out.setAll(o);
        return out;
    }

    private record Move(SessionTurn turn, double score, String why) {}

    /**
     * Turns that won or lost the client: scored by how much they moved engagement up and discord down
     * (the relationship), plus half the move in importance and confidence (the change). The biggest
     * moves each way, in turn order.
     */
    static ArrayNode keyTurns(ClientState startState, List<SessionTurn> turns) {
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
        ArrayNode out = JSON.arrayNode();
        for (Move m : key) {
            ObjectNode o = out.addObject();
            o.put("number", m.turn().number());
            o.put("kind", m.score() > 0 ? "won" : "lost");
            o.put("trainee", m.turn().trainee());
            o.put("why", m.why());
        }
        return out;
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
    static ArrayNode weeks(List<Scored> sessions) {
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
        ArrayNode out = JSON.arrayNode();
        byWeek.forEach((week, sum) -> {
            ObjectNode o = out.addObject();
            o.put("week", week);
            o.put("sessions", sum[0]);
            int reflections = sum[1] + sum[2];
            o.put("reflectionToQuestion", sum[3] == 0 ? null : round((double) reflections / sum[3], 2));
            o.put("percentComplexReflections", reflections == 0 ? null : round(100.0 * sum[2] / reflections, 1));
            o.put("miAdherent", sum[4]);
            o.put("miNonAdherent", sum[5]);
        });
        return out;
    }

    private static Double round(double v, int places) {
        return BigDecimal.valueOf(v).setScale(places, RoundingMode.HALF_UP).doubleValue();
    }
}
