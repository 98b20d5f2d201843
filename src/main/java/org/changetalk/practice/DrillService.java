package org.changetalk.practice;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.changetalk.account.User;
import org.changetalk.scenario.Drill;
import org.changetalk.scenario.Exemplar;
import org.changetalk.scenario.Level;
import org.changetalk.scenario.Scenario;
import org.changetalk.scenario.ScenarioLibrary;
import org.changetalk.scenario.Wire;
import org.changetalk.storage.DrillRepository;
import org.changetalk.storage.DrillRepository.DrillState;
import org.changetalk.refusal.Refusal;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Drills over the web: the trainee's place in each drill is stored after every attempt. */
public final class DrillService {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final ScenarioLibrary library;
    private final DrillRepository repo;
    private final ResponseCoder coder;
    private final Clock clock;
    /** One attempt at a time per trainee and drill, so two quick answers cannot both count as the same item. */
    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    public DrillService(ScenarioLibrary library, DrillRepository repo, ResponseCoder coder, Clock clock) {
        this.library = library;
        this.repo = repo;
        this.coder = coder;
        this.clock = clock;
    }

    public ObjectNode progress(User user, String drillId) {
        Drill drill = drill(drillId);
        DrillState state = repo.find(user.id(), drillId).orElse(null);
        return progress(drill, session(drill, state));
    }

    public ObjectNode attempt(User user, String drillId, String text) {
        PracticeService.checkText(text);
        Drill drill = drill(drillId);
        Object lock = locks.computeIfAbsent(user.id() + "\n" + drillId, k -> new Object());
        synchronized (lock) {
            DrillState before = repo.find(user.id(), drillId).orElse(null);
            DrillSession session = session(drill, before);
            if (session.isMastered()) {
                throw Refusal.conflict("You have mastered this drill: every level is done.");
            }
            DrillAttempt a = session.attempt(text);
            int attempts = before == null ? 0 : before.attempts();
            DrillState after = new DrillState(Wire.name(session.level()), session.index(), session.recent(),
                    session.isMastered(), attempts + 1);
            if (!repo.save(user.id(), drillId, after, attempts, clock.millis())) {
                throw Refusal.conflict("Another attempt at this drill was saved meanwhile; reload and try again.");
            }
            ObjectNode out = JSON.objectNode();
            ObjectNode ao = out.putObject("attempt");
            ao.put("level", Wire.name(a.level()));
            ao.put("itemId", a.item().id());
            ao.put("text", a.response());
            ao.put("success", a.success());
            ao.set("codes", codes(a));
            ao.set("feedback", TurnJson.feedback(a.feedback()));
            ArrayNode ex = ao.putArray("exemplars");
            for (Exemplar e : a.item().exemplars()) {
                ObjectNode eo = ex.addObject();
                eo.put("skill", e.skill() == null ? null : Wire.name(e.skill()));
                eo.put("text", e.text());
                eo.put("why", e.why());
            }
            out.set("progress", progress(drill, session));
            return out;
        }
    }

    /** The same shape as a conversation turn's codes, so the front end highlights both alike. */
    private static ArrayNode codes(DrillAttempt a) {
        return TurnJson.codes(a.coding(), a.response());
    }

    private DrillSession session(Drill drill, DrillState state) {
        if (state == null) {
            return new DrillSession(drill, coder);
        }
        Level level = Wire.parse(Level.class, state.level()).orElse(Level.BEGINNER);
        return DrillSession.resume(drill, coder, level, state.itemIndex(), state.recent(), state.mastered());
    }

    private static ObjectNode progress(Drill drill, DrillSession s) {
        ObjectNode o = JSON.objectNode();
        o.put("drillId", drill.id());
        o.put("level", Wire.name(s.level()));
        o.put("mastered", s.isMastered());
        ArrayNode recent = o.putArray("recent");
        s.recent().forEach(recent::add);
        if (s.isMastered()) {
            o.putNull("prompt");
        } else {
            DrillPrompt p = s.prompt();
            ObjectNode po = o.putObject("prompt");
            po.put("level", Wire.name(p.level()));
            po.put("itemId", p.item().id());
            po.put("client", p.item().client());
            po.put("context", p.item().context());
        }
        o.put("window", drill.mastery().window());
        o.put("required", drill.mastery().required());
        return o;
    }

    private Drill drill(String id) {
        Scenario s = library.find(id).map(e -> e.scenario()).orElse(null);
        if (s instanceof Drill d) {
            return d;
        }
        throw Refusal.notFound("No drill '" + id + "'.");
    }
}
