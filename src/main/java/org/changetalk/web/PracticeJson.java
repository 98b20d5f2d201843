package org.changetalk.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.changetalk.practice.DrillAnswer;
import org.changetalk.practice.DrillAttempt;
import org.changetalk.practice.DrillPrompt;
import org.changetalk.practice.DrillStatus;
import org.changetalk.practice.KeyTurn;
import org.changetalk.practice.Progress;
import org.changetalk.practice.Report;
import org.changetalk.practice.TurnResult;
import org.changetalk.practice.Week;
import org.changetalk.scenario.model.ClientState;
import org.changetalk.scenario.model.Exemplar;
import org.changetalk.scenario.model.Wire;
import org.changetalk.session.PersonaBrief;
import org.changetalk.session.Scored;
import org.changetalk.session.SessionInfo;
import org.changetalk.session.SessionTurn;
import org.changetalk.session.StoredSession;

import java.util.List;

/** Practice sessions, reports, progress and drills as the web API writes them (docs/web-api.md). */
final class PracticeJson {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private PracticeJson() {
    }

    /** {@code session} of docs/web-api.md: the header, the turns (codes and feedback withheld when due), state, ending. */
    static ObjectNode session(StoredSession stored) {
        SessionInfo s = stored.info();
        ObjectNode o = JSON.objectNode();
        o.put("id", s.id());
        o.put("scenarioId", s.scenarioId());
        o.put("title", s.title());
        o.put("status", s.status());
        o.put("feedback", s.feedback());
        o.put("guided", s.guided());
        o.put("startedAt", SessionJson.time(s.startedAt()));
        o.put("finishedAt", SessionJson.time(s.finishedAt()));
        PersonaBrief p = s.persona();
        if (p == null) {
            o.putNull("persona");
        } else {
            ObjectNode po = o.putObject("persona");
            po.put("name", p.name());
            po.put("age", p.age());
            po.put("pronouns", p.pronouns());
        }
        ObjectNode op = o.putObject("opening");
        op.put("text", s.opening() == null ? null : s.opening().text());
        op.put("talk", s.opening() == null ? null : Wire.name(s.opening().talk()));
        ArrayNode list = o.putArray("turns");
        for (SessionTurn t : stored.turns()) {
            ObjectNode j = TurnJson.turn(t);
            list.add(s.withholdsFeedback() ? TurnJson.withheld(j) : j);
        }
        o.set("state", stored.state() == null ? JSON.nullNode() : TurnJson.state(stored.state()));
        o.set("ending", s.ending() == null ? JSON.nullNode() : TurnJson.ending(s.ending()));
        return o;
    }

    /** {@code GET /api/sessions/{id}/choices}: {@code {choices: [{text}]}}, which of them is the good one left unsaid. */
    static ObjectNode choices(List<org.changetalk.practice.GuidedChoice> choices) {
        ObjectNode o = JSON.objectNode();
        ArrayNode list = o.putArray("choices");
        choices.forEach(c -> list.addObject().put("text", c.text()));
        return o;
    }

    /** {@code GET /api/sessions}: list items, without turns. */
    static ArrayNode sessions(List<SessionInfo> list) {
        ArrayNode out = JSON.arrayNode();
        list.forEach(s -> out.add(SessionJson.listItem(s)));
        return out;
    }

    /** The answer to a trainee's response, written once from the record: {@code {turn, state, status, ending}}. */
    static ObjectNode turnResult(TurnResult r) {
        ObjectNode out = JSON.objectNode();
        ObjectNode turn = TurnJson.turn(r.turn());
        out.set("turn", r.withheld() ? TurnJson.withheld(turn) : turn);
        out.set("state", turn.get("state"));
        out.put("status", r.finished() ? "finished" : "active");
        out.set("ending", r.ending() == null ? out.nullNode() : TurnJson.ending(r.ending()));
        return out;
    }

    /** {@code report} of docs/web-api.md: the numbers, the outcome beside them, the states and key turns. */
    static ObjectNode report(Report r) {
        Scored scored = r.scored();
        SessionInfo s = scored.session().info();
        ObjectNode o = JSON.objectNode();
        ObjectNode session = o.putObject("session");
        session.put("id", s.id());
        session.put("title", s.title());
        session.put("scenarioId", s.scenarioId());
        session.put("guided", s.guided());
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
        ArrayNode keyTurns = o.putArray("keyTurns");
        for (KeyTurn k : r.keyTurns()) {
            ObjectNode ko = keyTurns.addObject();
            ko.put("number", k.number());
            ko.put("kind", k.won() ? "won" : "lost");
            ko.put("trainee", k.trainee());
            ko.put("why", k.why());
        }
        return o;
    }

    private static ObjectNode state(int turn, ClientState st) {
        ObjectNode out = JSON.objectNode();
        out.put("turn", turn);
        out.setAll(TurnJson.state(st));
        return out;
    }

    /** {@code GET /api/me/progress}: {@code {sessions, weeks, thresholds}}. */
    static ObjectNode progress(Progress p) {
        ObjectNode out = JSON.objectNode();
        out.set("sessions", sessions(p.sessions()));
        ArrayNode weeks = out.putArray("weeks");
        for (Week w : p.weeks()) {
            ObjectNode o = weeks.addObject();
            o.put("week", w.week());
            o.put("sessions", w.sessions());
            o.put("reflectionToQuestion", w.reflectionToQuestion());
            o.put("percentComplexReflections", w.percentComplexReflections());
            o.put("miAdherent", w.miAdherent());
            o.put("miNonAdherent", w.miNonAdherent());
        }
        out.set("thresholds", SessionJson.thresholds());
        return out;
    }

    /** {@code {drillId, level, mastered, recent, prompt, window, required}}. */
    static ObjectNode drillStatus(DrillStatus s) {
        ObjectNode o = JSON.objectNode();
        o.put("drillId", s.drillId());
        o.put("level", Wire.name(s.level()));
        o.put("mastered", s.mastered());
        ArrayNode recent = o.putArray("recent");
        s.recent().forEach(recent::add);
        DrillPrompt p = s.prompt();
        if (p == null) {
            o.putNull("prompt");
        } else {
            ObjectNode po = o.putObject("prompt");
            po.put("level", Wire.name(p.level()));
            po.put("itemId", p.item().id());
            po.put("client", p.item().client());
            po.put("context", p.item().context());
        }
        o.put("window", s.window());
        o.put("required", s.required());
        return o;
    }

    /** {@code {attempt: {level, itemId, text, success, codes, feedback, exemplars}, progress}}. */
    static ObjectNode drillAnswer(DrillAnswer answer) {
        DrillAttempt a = answer.attempt();
        ObjectNode out = JSON.objectNode();
        ObjectNode ao = out.putObject("attempt");
        ao.put("level", Wire.name(a.level()));
        ao.put("itemId", a.item().id());
        ao.put("text", a.response());
        ao.put("success", a.success());
        // the same shape as a conversation turn's codes, so the front end highlights both alike
        ao.set("codes", TurnJson.codes(a.coding(), a.response()));
        ao.set("feedback", TurnJson.feedback(a.feedback()));
        ArrayNode ex = ao.putArray("exemplars");
        for (Exemplar e : a.item().exemplars()) {
            ObjectNode eo = ex.addObject();
            eo.put("skill", e.skill() == null ? null : Wire.name(e.skill()));
            eo.put("text", e.text());
            eo.put("why", e.why());
        }
        out.set("progress", drillStatus(answer.status()));
        return out;
    }
}
