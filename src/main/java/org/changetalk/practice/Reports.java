package org.changetalk.practice;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.changetalk.coding.SessionSummary;
import org.changetalk.storage.PracticeRepository.StoredSession;
import org.changetalk.transcript.SummaryJson;

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

    static ObjectNode report(StoredSession s, JsonNode opening, JsonNode startState, List<JsonNode> turns,
                             SessionSummary summary, JsonNode ending) {
        ObjectNode o = JSON.objectNode();
        ObjectNode session = o.putObject("session");
        session.put("id", s.id());
        session.put("title", s.title());
        session.put("scenarioId", s.scenarioId());
        session.put("startedAt", Instant.ofEpochMilli(s.startedAt()).toString());
        session.put("finishedAt", s.finishedAt() == null ? null : Instant.ofEpochMilli(s.finishedAt()).toString());
        session.set("ending", ending == null ? JSON.nullNode() : ending);
        o.set("summary", summary(summary));
        o.set("thresholds", thresholds());
        ObjectNode talk = o.putObject("talk");
        int change = 0, sustain = 0, neutral = 0, discord = 0;
        for (JsonNode t : turns) {
            switch (t.path("client").path("talk").asText()) {
                case "change" -> change++;
                case "sustain" -> sustain++;
                case "discord" -> discord++;
                default -> neutral++;
            }
        }
        talk.put("change", change);
        talk.put("sustain", sustain);
        talk.put("neutral", neutral);
        talk.put("discord", discord);
        ArrayNode states = o.putArray("states");
        states.add(state(0, startState));
        turns.forEach(t -> states.add(state(t.path("number").asInt(), t.path("state"))));
        o.set("keyTurns", keyTurns(startState, turns));
        return o;
    }

    /** MITI's fair and good thresholds, as the report shows them. */
    public static ObjectNode thresholds() {
        ObjectNode thresholds = JSON.objectNode();
        thresholds.set("fair", threshold(3, 3.5, 40, 1));
        thresholds.set("good", threshold(4, 4, 50, 2));
        return thresholds;
    }

    /** A summary as the report shows it (the CLI's scores); reviews and dashboards show the same shape. */
    public static ObjectNode summary(SessionSummary s) {
        return SummaryJson.scores(s);
    }

    /** MITI 4.2.1's published thresholds, as {@link org.changetalk.coding.Band} applies them. */
    private static ObjectNode threshold(double technical, double relational, double percentComplex, double rq) {
        ObjectNode o = JSON.objectNode();
        o.put("technical", technical);
        o.put("relational", relational);
        o.put("percentComplexReflections", percentComplex);
        o.put("reflectionToQuestion", rq);
        return o;
    }

    private static ObjectNode state(int turn, JsonNode st) {
        ObjectNode o = JSON.objectNode();
        o.put("turn", turn);
        o.set("engagement", st.get("engagement"));
        o.set("discord", st.get("discord"));
        o.set("importance", st.get("importance"));
        o.set("confidence", st.get("confidence"));
        o.set("stage", st.get("stage"));
        return o;
    }

    private record Move(JsonNode turn, double score, String why) {}

    /**
     * Turns that won or lost the client: scored by how much they moved engagement up and discord down
     * (the relationship), plus half the move in importance and confidence (the change). The biggest
     * moves each way, in turn order.
     */
    static ArrayNode keyTurns(JsonNode startState, List<JsonNode> turns) {
        List<Move> moves = new ArrayList<>();
        JsonNode before = startState;
        for (JsonNode t : turns) {
            JsonNode after = t.path("state");
            double de = d(after, before, "engagement");
            double dd = d(after, before, "discord");
            double di = d(after, before, "importance");
            double dc = d(after, before, "confidence");
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
        key.sort(Comparator.comparingInt(m -> m.turn().path("number").asInt()));
        ArrayNode out = JSON.arrayNode();
        for (Move m : key) {
            ObjectNode o = out.addObject();
            o.put("number", m.turn().path("number").asInt());
            o.put("kind", m.score() > 0 ? "won" : "lost");
            o.put("trainee", m.turn().path("trainee").asText());
            o.put("why", m.why());
        }
        return out;
    }

    private static double d(JsonNode after, JsonNode before, String field) {
        return after.path(field).asDouble() - before.path(field).asDouble();
    }

    private static String why(double de, double dd, double di, double dc, JsonNode turn) {
        List<String> parts = new ArrayList<>();
        change(parts, "engagement", de);
        change(parts, "discord", dd);
        change(parts, "importance", di);
        change(parts, "confidence", dc);
        String moved = parts.isEmpty() ? "The client's state held" : capitalise(String.join(", ", parts));
        String did = turn.path("feedback").path("why").asText("");
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

    /** Finished sessions grouped by the ISO week they started in (UTC), oldest first. */
    static ArrayNode weeks(List<StoredSession> sessions) {
        Map<String, int[]> byWeek = new TreeMap<>(); // "2026-W09" sorts correctly as text
        for (StoredSession s : sessions) {
            if (!s.finished() || s.stats() == null) {
                continue;
            }
            ZonedDateTime t = Instant.ofEpochMilli(s.startedAt()).atZone(ZoneOffset.UTC);
            String week = String.format("%d-W%02d", t.get(IsoFields.WEEK_BASED_YEAR), t.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            int[] sum = byWeek.computeIfAbsent(week, k -> new int[6]);
            sum[0]++;
            sum[1] += s.stats().simpleReflections();
            sum[2] += s.stats().complexReflections();
            sum[3] += s.stats().questions();
            sum[4] += s.stats().miAdherent();
            sum[5] += s.stats().miNonAdherent();
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
