package org.changetalk.web;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.changetalk.coding.SessionSummary;
import org.changetalk.coding.Thresholds;
import org.changetalk.session.Outcome;
import org.changetalk.session.SessionInfo;
import org.changetalk.session.TalkCounts;
import org.changetalk.transcript.SummaryJson;

import java.time.Instant;
import java.util.List;

/**
 * The web API's writers for a session's header and scores (docs/web-api.md): one writer per shape, shared by
 * practice, cohorts, dashboards, reviews and exports, so the same field is written the same way everywhere.
 */
public final class SessionJson {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    /** The few figures lists and dashboards show. */
    private static final List<String> BRIEF = List.of("technical", "relational", "percentComplexReflections",
            "reflectionToQuestion", "band");

    private SessionJson() {
    }

    /** An item of {@code GET /api/sessions}: the header without turns. */
    public static ObjectNode listItem(SessionInfo s) {
        ObjectNode o = JSON.objectNode();
        o.put("id", s.id());
        o.put("kind", s.kind());
        o.put("scenarioId", s.scenarioId());
        o.put("title", s.title());
        o.put("status", s.status());
        o.put("feedback", s.feedback());
        o.put("guided", s.guided());
        o.put("startedAt", time(s.startedAt()));
        o.put("finishedAt", time(s.finishedAt()));
        o.put("turns", s.turnCount());
        o.set("ending", s.ending() == null ? JSON.nullNode() : TurnJson.ending(s.ending()));
        return o;
    }

    /** A summary's every figure, as the report, the review and the CLI show them. */
    public static ObjectNode summary(SessionSummary s) {
        return SummaryJson.scores(s);
    }

    /** The few figures dashboards and lists show: technical, relational, %CR, R:Q and the band. */
    public static ObjectNode brief(SessionSummary s) {
        ObjectNode full = summary(s);
        ObjectNode o = JSON.objectNode();
        BRIEF.forEach(f -> o.set(f, full.get(f)));
        return o;
    }

    /** MITI's fair and good thresholds, from the one copy the band is judged by. */
    public static ObjectNode thresholds() {
        ObjectNode o = JSON.objectNode();
        o.set("fair", threshold(Thresholds.FAIR));
        o.set("good", threshold(Thresholds.GOOD));
        return o;
    }

    private static ObjectNode threshold(Thresholds t) {
        ObjectNode o = JSON.objectNode();
        o.put("technical", t.technical());
        o.put("relational", t.relational());
        o.put("percentComplexReflections", t.percentComplexReflections());
        o.put("reflectionToQuestion", t.reflectionToQuestion());
        return o;
    }

    public static ObjectNode talk(TalkCounts t) {
        ObjectNode o = JSON.objectNode();
        o.put("change", t.change());
        o.put("sustain", t.sustain());
        o.put("neutral", t.neutral());
        o.put("discord", t.discord());
        return o;
    }

    /** {@code {ending, walkout, discordPeak, discordPeakTurn}}: how it went for the client, beside the numbers. */
    public static ObjectNode outcome(Outcome out) {
        ObjectNode o = JSON.objectNode();
        o.set("ending", out.ending() == null ? JSON.nullNode() : TurnJson.ending(out.ending()));
        o.put("walkout", out.walkout());
        o.put("discordPeak", out.discordPeak());
        o.put("discordPeakTurn", out.discordPeak() == null ? null : out.discordPeakTurn());
        return o;
    }

    public static String time(Long millis) {
        return millis == null ? null : Instant.ofEpochMilli(millis).toString();
    }
}
