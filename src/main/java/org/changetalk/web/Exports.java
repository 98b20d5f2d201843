package org.changetalk.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.changetalk.account.User;
import org.changetalk.account.UserRepository;
import org.changetalk.coding.Band;
import org.changetalk.coding.CounselorCoding;
import org.changetalk.coding.SessionSummary;
import org.changetalk.cohort.CohortService;
import org.changetalk.cohort.CohortSession;
import org.changetalk.cohort.Dashboard;
import org.changetalk.cohort.DashboardService;
import org.changetalk.cohort.SessionAccess;
import org.changetalk.practice.SessionScores;
import org.changetalk.refusal.Refusal;
import org.changetalk.review.Export;
import org.changetalk.review.Review;
import org.changetalk.review.ReviewService;
import org.changetalk.review.ReviewTurn;
import org.changetalk.scenario.model.ClientState;
import org.changetalk.scenario.model.Wire;
import org.changetalk.session.CodeSource;
import org.changetalk.session.Scored;
import org.changetalk.session.SessionInfo;
import org.changetalk.session.SessionTurn;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Files to take away: a transcript, a cohort's sessions, a dashboard's figures (CSV for spreadsheets and
 * statistics packages, JSON for programs) and an xAPI statement for a learning record store. Nothing here
 * talks to the network: the caller downloads the file and sends it where they like. It lives in web because
 * a JSON export is the API's own JSON for the same thing, written by the same writers.
 */
final class Exports {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    static final String COMPLETED = "http://adlnet.gov/expapi/verbs/completed";

    private final SessionAccess access;
    private final SessionScores scoring;
    private final ReviewService reviews;
    private final CohortService cohorts;
    private final DashboardService dashboards;
    private final UserRepository users;

    Exports(SessionAccess access, SessionScores scoring, ReviewService reviews, CohortService cohorts,
                   DashboardService dashboards, UserRepository users) {
        this.access = access;
        this.scoring = scoring;
        this.reviews = reviews;
        this.cohorts = cohorts;
        this.dashboards = dashboards;
        this.users = users;
    }

    public enum Format { CSV, JSON }

    public static Format format(String name) {
        if ("csv".equals(name)) {
            return Format.CSV;
        }
        if (name == null || "json".equals(name)) {
            return Format.JSON;
        }
        throw Refusal.invalid("format: must be csv or json, not '" + name + "'.");
    }

    public Export session(User actor, String sessionId, Format format) {
        SessionInfo s = access.finishedReviewable(actor, sessionId);
        Review review = reviews.review(actor, s, scoring.score(s, CodeSource.WITH_RECODES));
        String base = "session-" + s.id();
        if (format == Format.JSON) {
            return json(base, ReviewJson.review(review));
        }
        Csv csv = new Csv(List.of("turn", "speaker", "text", "auto_codes", "human_codes", "talk", "engagement",
                "discord", "importance", "confidence", "stage"));
        if (s.opening() != null) {
            csv.row(list(0, "client", s.opening().text(), null, null, Wire.name(s.opening().talk()),
                    null, null, null, null, null));
        }
        for (ReviewTurn rt : review.turns()) {
            SessionTurn t = rt.turn();
            csv.row(list(t.number(), "counselor", t.trainee(), codes(t.coding()),
                    rt.human() == null ? null : codes(rt.human()), null, null, null, null, null, null));
            if (t.reply() != null) {
                ClientState st = t.state();
                csv.row(list(t.number(), "client", t.reply().text(), null, null, Wire.name(t.reply().talk()),
                        st == null ? null : st.engagement(), st == null ? null : st.discord(),
                        st == null ? null : st.importance(), st == null ? null : st.confidence(),
                        st == null ? null : Wire.name(st.stage())));
            }
        }
        return new Export("text/csv; charset=utf-8", base + ".csv", csv.toString());
    }

    /**
     * One xAPI statement: the trainee completed the scenario, with the MITI summary as the result. The
     * scaled score is the relational global (1–5) over 5, the figure MITI treats as the heart of the spirit.
     * {@code homePage} is the server's address, which names the system the account belongs to.
     */
    public Export xapi(User actor, String sessionId, String homePage) {
        SessionInfo s = access.finishedReviewable(actor, sessionId);
        Scored scored = scoring.score(s, CodeSource.WITH_RECODES);
        SessionSummary m = scored.summary();
        User owner = users.byId(s.userId()).orElseThrow();
        ObjectNode o = JSON.objectNode();
        // a name-based UUID: exporting the same session twice gives the same statement id, so an LRS dedupes it
        o.put("id", UUID.nameUUIDFromBytes(("changetalk:" + s.id()).getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString());
        ObjectNode actorJson = o.putObject("actor");
        actorJson.put("objectType", "Agent");
        actorJson.put("name", owner.displayName());
        ObjectNode account = actorJson.putObject("account");
        account.put("homePage", homePage);
        account.put("name", owner.username());
        ObjectNode verb = o.putObject("verb");
        verb.put("id", COMPLETED);
        verb.putObject("display").put("en-US", "completed");
        ObjectNode object = o.putObject("object");
        object.put("objectType", "Activity");
        object.put("id", "urn:changetalk:scenario:" + s.scenarioId());
        ObjectNode definition = object.putObject("definition");
        definition.putObject("name").put("en-US", s.title());
        ObjectNode result = o.putObject("result");
        result.put("completion", true);
        result.put("success", m.band() != Band.BELOW);
        ObjectNode score = result.putObject("score");
        double relational = m.relational();
        score.put("scaled", Math.round(relational / 5 * 1000) / 1000.0);
        score.put("raw", relational);
        score.put("min", 1);
        score.put("max", 5);
        result.putObject("extensions").set("urn:changetalk:miti", SessionJson.summary(m));
        o.put("timestamp", Instant.ofEpochMilli(s.finishedAt() == null ? s.startedAt() : s.finishedAt()).toString());
        return new Export("application/json; charset=utf-8", "session-" + s.id() + "-xapi.json", o.toPrettyString());
    }

    public Export cohortSessions(User actor, String cohortId, Format format) {
        List<CohortSession> list = cohorts.sessions(actor, cohortId);
        String base = "cohort-" + cohortId + "-sessions";
        if (format == Format.JSON) {
            return json(base, CohortJson.sessions(list));
        }
        Csv csv = new Csv(List.of("session", "owner", "kind", "scenario", "title", "started_at", "finished_at", "turns",
                "technical", "relational", "percent_complex_reflections", "reflection_to_question", "band"));
        for (CohortSession c : list) {
            SessionInfo s = c.info();
            csv.row(brief(list(s.id(), c.owner() == null ? "" : c.owner().username(), s.kind(), s.scenarioId(), s.title(),
                    SessionJson.time(s.startedAt()), SessionJson.time(s.finishedAt()), s.turnCount()), c.summary()));
        }
        return new Export("text/csv; charset=utf-8", base + ".csv", csv.toString());
    }

    /** A cohort's dashboard (cohortId given) or the caller's own. */
    public Export dashboard(User actor, String cohortId, int inactiveDays, Format format) {
        Dashboard d = cohortId == null ? dashboards.mine(actor, inactiveDays) : dashboards.cohort(actor, cohortId, inactiveDays);
        String base = cohortId == null ? "my-dashboard" : "cohort-" + cohortId + "-dashboard";
        if (format == Format.JSON) {
            return json(base, CohortJson.dashboard(d));
        }
        Csv csv = new Csv(List.of("trainee", "session", "started_at", "technical", "relational",
                "percent_complex_reflections", "reflection_to_question", "band"));
        for (Dashboard.Trainee t : d.trainees()) {
            for (Dashboard.Session s : t.sessions()) {
                csv.row(brief(list(t.user().username(), s.info().id(), SessionJson.time(s.info().startedAt())),
                        s.summary()));
            }
        }
        return new Export("text/csv; charset=utf-8", base + ".csv", csv.toString());
    }

    private static Export json(String base, JsonNode body) {
        return new Export("application/json; charset=utf-8", base + ".json", body.toPrettyString());
    }

    /** The utterances' codes, in order: "COMPLEX_REFLECTION;QUESTION". */
    private static String codes(CounselorCoding c) {
        return String.join(";", c.utterances().stream().map(u -> u.code().name()).toList());
    }

    /** The row with the figures lists show added: technical, relational, %CR, R:Q (empty when none) and the band. */
    private static List<Object> brief(List<Object> row, SessionSummary m) {
        row.add(m.technical());
        row.add(m.relational());
        row.add(m.percentComplexReflections());
        row.add(m.reflectionToQuestion());
        row.add(m.band().label());
        return row;
    }

    private static List<Object> list(Object... fields) {
        List<Object> out = new ArrayList<>(fields.length);
        java.util.Collections.addAll(out, fields);
        return out;
    }
}
