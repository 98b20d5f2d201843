package org.changetalk.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.changetalk.account.User;
import org.changetalk.cohort.Agreement;
import org.changetalk.cohort.CohortSession;
import org.changetalk.cohort.CohortView;
import org.changetalk.cohort.Dashboard;
import org.changetalk.storage.CohortRepository.Share;

import java.time.Instant;
import java.util.List;

/** Cohorts, shares, dashboards and agreement as the web API writes them (docs/web-api.md, "Cohorts" on). */
final class CohortJson {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private CohortJson() {
    }

    /** {@code {id, name, createdAt, myRole, inviteCode, instructors, members, visibility}}. */
    static ObjectNode cohort(CohortView c) {
        ObjectNode o = JSON.objectNode();
        o.put("id", c.id());
        o.put("name", c.name());
        o.put("createdAt", Instant.ofEpochMilli(c.createdAt()).toString());
        o.put("myRole", c.instructor() ? "instructor" : "member");
        o.put("inviteCode", c.inviteCode());
        o.set("instructors", users(c.instructors()));
        o.set("members", users(c.members()));
        o.put("visibility", c.visibility());
        return o;
    }

    static ArrayNode cohorts(List<CohortView> cs) {
        ArrayNode out = JSON.arrayNode();
        cs.forEach(c -> out.add(cohort(c)));
        return out;
    }

    /** {@code {cohortId, name, sharedAt}}. */
    static ObjectNode share(Share s) {
        ObjectNode o = JSON.objectNode();
        o.put("cohortId", s.cohortId());
        o.put("name", s.name());
        o.put("sharedAt", Instant.ofEpochMilli(s.sharedAt()).toString());
        return o;
    }

    static ArrayNode shares(List<Share> ss) {
        ArrayNode out = JSON.arrayNode();
        ss.forEach(s -> out.add(share(s)));
        return out;
    }

    /** A cohort's session list: the list item without feedback mode or ending, with owner, shared and the brief scores. */
    static ArrayNode sessions(List<CohortSession> list) {
        ArrayNode out = JSON.arrayNode();
        for (CohortSession s : list) {
            ObjectNode o = SessionJson.listItem(s.info());
            o.remove("feedback");
            o.remove("ending");
            o.set("owner", s.owner() == null ? JSON.nullNode() : UserJson.of(s.owner()));
            o.put("shared", s.shared());
            o.set("summary", SessionJson.brief(s.summary()));
            out.add(o);
        }
        return out;
    }

    /** {@code {cohort, thresholds, inactiveDays, trainees, pitfalls, inactive}}. */
    static ObjectNode dashboard(Dashboard d) {
        ObjectNode o = JSON.objectNode();
        if (d.cohortId() == null) {
            o.putNull("cohort");
        } else {
            ObjectNode head = o.putObject("cohort");
            head.put("id", d.cohortId());
            head.put("name", d.cohortName());
        }
        o.set("thresholds", SessionJson.thresholds());
        o.put("inactiveDays", d.inactiveDays());
        ArrayNode list = o.putArray("trainees");
        for (Dashboard.Trainee t : d.trainees()) {
            ObjectNode to = list.addObject();
            to.set("user", UserJson.of(t.user()));
            ArrayNode ss = to.putArray("sessions");
            for (Dashboard.Session s : t.sessions()) {
                ObjectNode so = ss.addObject();
                so.put("id", s.info().id());
                so.put("kind", s.info().kind());
                so.put("guided", s.info().guided());
                so.put("title", s.info().title());
                so.put("scenarioId", s.info().scenarioId());
                so.put("startedAt", Instant.ofEpochMilli(s.info().startedAt()).toString());
                so.set("summary", SessionJson.brief(s.summary()));
            }
            ArrayNode mastered = to.putArray("drillsMastered");
            t.drillsMastered().forEach(mastered::add);
            to.put("lastPractised", SessionJson.time(t.lastPractised()));
            to.put("inactive", t.inactive());
        }
        ArrayNode pitfalls = o.putArray("pitfalls");
        for (Dashboard.Pitfall p : d.pitfalls()) {
            ObjectNode po = pitfalls.addObject();
            po.put("category", p.category());
            po.put("stage", p.stage());
            po.put("count", p.count());
            po.put("trainees", p.trainees());
        }
        o.set("inactive", users(d.inactive()));
        return o;
    }

    /** {@code {turns, codes: [{code, n, both, humanOnly, autoOnly, neither, observed, kappa, ci}], agreed, recoded, overTime}}. */
    static ObjectNode agreement(Agreement a) {
        ObjectNode o = JSON.objectNode();
        o.put("turns", a.turns());
        ArrayNode codes = o.putArray("codes");
        for (Agreement.CodeAgreement c : a.codes()) {
            ObjectNode co = codes.addObject();
            co.put("code", c.code());
            co.put("n", c.n());
            co.put("both", c.both());
            co.put("humanOnly", c.humanOnly());
            co.put("autoOnly", c.autoOnly());
            co.put("neither", c.neither());
            co.put("observed", c.observed());
            co.put("kappa", c.kappa());
            if (c.ci() == null) {
                co.putNull("ci");
            } else {
                co.putArray("ci").add(c.ci().low()).add(c.ci().high());
            }
        }
        o.put("agreed", a.agreed());
        o.put("recoded", a.recoded());
        ArrayNode overTime = o.putArray("overTime");
        for (Agreement.Period p : a.overTime()) {
            ObjectNode po = overTime.addObject();
            po.put("period", p.period());
            po.put("turns", p.turns());
            po.put("observed", p.observed());
            po.put("kappa", p.kappa());
        }
        return o;
    }

    static ArrayNode users(List<User> us) {
        ArrayNode out = JSON.arrayNode();
        us.forEach(u -> out.add(UserJson.of(u)));
        return out;
    }
}
