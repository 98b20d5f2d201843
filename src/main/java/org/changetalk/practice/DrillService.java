package org.changetalk.practice;

import org.changetalk.account.User;
import org.changetalk.scenario.model.Drill;
import org.changetalk.scenario.model.Level;
import org.changetalk.scenario.model.Scenario;
import org.changetalk.scenario.library.ScenarioLibrary;
import org.changetalk.scenario.model.Wire;
import org.changetalk.storage.DrillRepository;
import org.changetalk.storage.DrillRepository.DrillState;
import org.changetalk.refusal.Refusal;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Drills over the web: the trainee's place in each drill is stored after every attempt. */
public final class DrillService {
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

    public DrillStatus progress(User user, String drillId) {
        Drill drill = drill(drillId);
        DrillState state = repo.find(user.id(), drillId).orElse(null);
        return progress(drill, session(drill, state));
    }

    public DrillAnswer attempt(User user, String drillId, String text) {
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
            return new DrillAnswer(a, progress(drill, session));
        }
    }

    private DrillSession session(Drill drill, DrillState state) {
        if (state == null) {
            return new DrillSession(drill, coder);
        }
        Level level = Wire.parse(Level.class, state.level()).orElse(Level.BEGINNER);
        return DrillSession.resume(drill, coder, level, state.itemIndex(), state.recent(), state.mastered());
    }

    private static DrillStatus progress(Drill drill, DrillSession s) {
        return new DrillStatus(drill.id(), s.level(), s.isMastered(), s.recent(), s.isMastered() ? null : s.prompt(),
                drill.mastery().window(), drill.mastery().required());
    }

    private Drill drill(String id) {
        Scenario s = library.find(id).map(e -> e.scenario()).orElse(null);
        if (s instanceof Drill d) {
            return d;
        }
        throw Refusal.notFound("No drill '" + id + "'.");
    }
}
