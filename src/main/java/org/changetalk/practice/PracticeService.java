package org.changetalk.practice;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.changetalk.account.Accounts;
import org.changetalk.account.Tokens;
import org.changetalk.account.User;
import org.changetalk.coding.Code;
import org.changetalk.coding.CodedTurn;
import org.changetalk.coding.SessionSummary;
import org.changetalk.scenario.Conversation;
import org.changetalk.scenario.Persona;
import org.changetalk.scenario.Scenario;
import org.changetalk.scenario.ScenarioLibrary;
import org.changetalk.scenario.Wire;
import org.changetalk.storage.PracticeRepository;
import org.changetalk.storage.PracticeRepository.Stats;
import org.changetalk.storage.PracticeRepository.StoredSession;
import org.changetalk.storage.PracticeRepository.StoredTurn;
import org.changetalk.refusal.Refusal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Practice conversations over the web: start, respond, finish, show, report. The engine for a session lives
 * in memory while it is in use; the database is the truth. Each turn is committed before it is answered,
 * and an engine missing after a restart (or stale, when another instance moved the session on) is rebuilt
 * by replaying the stored trainee texts with the stored seed: the engine is deterministic.
 */
public final class PracticeService {
    public static final int MAX_TEXT = 2000;
    /** Engines kept in memory at most; any other session's engine is rebuilt from the database when needed. */
    private static final int MAX_LIVE = 5000;
    private static final System.Logger LOG = System.getLogger(PracticeService.class.getName());

    private final ScenarioLibrary library;
    private final PracticeRepository repo;
    private final ResponseCoder coder;
    private final Accounts accounts;
    private final SecureRandom random;
    private final Clock clock;
    private final ObjectMapper mapper = new ObjectMapper();
    /** Engines in use, by session id. Each is only touched while holding its own monitor. */
    private final Map<String, Live> live = new ConcurrentHashMap<>();

    private static final class Live {
        PracticeSession engine;

        Live(PracticeSession engine) {
            this.engine = engine;
        }
    }

    public PracticeService(ScenarioLibrary library, PracticeRepository repo, ResponseCoder coder, Accounts accounts,
                           SecureRandom random, Clock clock) {
        this.library = library;
        this.repo = repo;
        this.coder = coder;
        this.accounts = accounts;
        this.random = random;
        this.clock = clock;
    }

    public enum FeedbackMode {
        LIVE, AFTER;

        public String wire() {
            return Wire.name(this);
        }
    }

    public ObjectNode start(User user, String scenarioId, FeedbackMode feedback) {
        Conversation scenario = conversation(scenarioId, "scenarioId");
        long seed = random.nextLong();
        PracticeSession engine = new PracticeSession(scenario, coder, seed);
        StoredSession s = new StoredSession(Tokens.random(random, 12), user.id(), scenario.id(), scenario.title(), seed,
                feedback.wire(), "active", clock.millis(), null, 0, write(TurnJson.client(engine.opening())),
                write(TranscriptJson.state(engine.state())), write(persona(scenario.persona())), null, null,
                StoredSession.PRACTICE);
        repo.insert(s);
        live.put(s.id(), new Live(engine));
        return session(s, List.of());
    }

    /** The caller's sessions, newest first, without turns. */
    public ArrayNode list(User user) {
        ArrayNode out = mapper.createArrayNode();
        repo.byUser(user.id()).forEach(s -> out.add(listItem(s)));
        return out;
    }

    /** Another user's sessions, for their instructor or an admin; 404 for anyone else, as for an unknown user. */
    public ArrayNode listOf(User viewer, String ownerId) {
        if (!accounts.manages(viewer, ownerId) || !accounts.exists(ownerId)) {
            throw Refusal.notFound("No such user.");
        }
        ArrayNode out = mapper.createArrayNode();
        repo.byUser(ownerId).forEach(s -> out.add(listItem(s)));
        return out;
    }

    public ObjectNode get(User user, String id) {
        StoredSession s = visible(user, id);
        return session(s, repo.turns(id));
    }

    public ObjectNode respond(User user, String id, String text) {
        checkText(text);
        StoredSession first = owned(user, id);
        if (first.finished()) {
            throw Refusal.conflict("The session is finished; start a new one to keep practising.");
        }
        Live l = live.computeIfAbsent(id, k -> new Live(null));
        synchronized (l) {
            StoredSession s = repo.find(id).orElseThrow(() -> Refusal.notFound("No such session."));
            if (s.finished()) {
                throw Refusal.conflict("The session is finished; start a new one to keep practising.");
            }
            if (l.engine == null || l.engine.turns().size() != s.turnCount()) {
                l.engine = replay(s);
            }
            if (l.engine.isOver()) {
                throw Refusal.conflict("The conversation has ended; finish the session to see the report.");
            }
            PracticeTurn turn;
            try {
                turn = l.engine.respond(text);
            } catch (RuntimeException e) {
                l.engine = null; // the engine may be half-way through a turn: rebuild it next time
                throw e;
            }
            ObjectNode turnJson = TurnJson.turn(turn);
            String endingJson = l.engine.ending().map(e -> write(ending(e))).orElse(null);
            Stats stats = null;
            if (endingJson != null) {
                List<JsonNode> all = new ArrayList<>(parsedTurns(repo.turns(id)));
                all.add(turnJson);
                stats = stats(summary(read(s.openingJson()), all));
            }
            try {
                repo.appendTurn(id, new StoredTurn(turn.number(), text, write(turnJson)), clock.millis(), endingJson, stats);
            } catch (PracticeRepository.TurnConflict e) {
                l.engine = null;
                throw Refusal.conflict("The session moved on or finished meanwhile; reload it.");
            } catch (RuntimeException e) {
                l.engine = null; // not stored: the engine is ahead of the database and must not answer from there
                throw e;
            }
            boolean over = endingJson != null;
            if (over) {
                live.remove(id);
            } else if (live.size() > MAX_LIVE) {
                // sessions abandoned mid-way would otherwise pile up; dropping one only costs a replay later
                live.keySet().stream().filter(k -> !k.equals(id)).findAny().ifPresent(live::remove);
            }
            ObjectNode out = mapper.createObjectNode();
            boolean hide = s.feedback().equals(FeedbackMode.AFTER.wire()) && !over;
            out.set("turn", hide ? TurnJson.withheld(turnJson) : turnJson);
            out.set("state", turnJson.get("state"));
            out.put("status", over ? "finished" : "active");
            out.set("ending", over ? read(endingJson) : mapper.nullNode());
            return out;
        }
    }

    public ObjectNode finish(User user, String id) {
        StoredSession s = owned(user, id);
        Live l = live.computeIfAbsent(id, k -> new Live(null));
        synchronized (l) {
            s = repo.find(id).orElseThrow(() -> Refusal.notFound("No such session."));
            if (!s.finished()) {
                List<StoredTurn> turns = repo.turns(id);
                repo.finish(id, clock.millis(), null, stats(summary(read(s.openingJson()), parsedTurns(turns))));
            }
            live.remove(id);
        }
        return get(user, id);
    }

    public ObjectNode report(User user, String id) {
        StoredSession s = visible(user, id);
        if (!s.finished()) {
            throw Refusal.conflict("The report is ready when the session is finished.");
        }
        List<JsonNode> turns = parsedTurns(repo.turns(id));
        return Reports.report(s, read(s.openingJson()), read(s.startStateJson()), turns,
                summary(read(s.openingJson()), turns), s.endingJson() == null ? null : read(s.endingJson()));
    }

    /** Sessions and finished sessions' numbers per ISO week, oldest week first. */
    public ObjectNode progress(User user) {
        List<StoredSession> sessions = repo.byUser(user.id());
        ObjectNode out = mapper.createObjectNode();
        ArrayNode list = out.putArray("sessions");
        sessions.forEach(s -> list.add(listItem(s)));
        out.set("weeks", Reports.weeks(sessions));
        return out;
    }

    private PracticeSession replay(StoredSession s) {
        Conversation scenario = conversation(s.scenarioId(), null);
        PracticeSession engine = new PracticeSession(scenario, coder, s.seed());
        for (StoredTurn t : repo.turns(s.id())) {
            if (engine.isOver()) {
                break;
            }
            PracticeTurn replayed = engine.respond(t.trainee());
            String storedBeat = read(t.json()).path("client").path("beat").asText();
            if (!storedBeat.equals(replayed.reply().beat())) {
                // the scenario file changed since: the conversation goes on from where the new file leads
                LOG.log(System.Logger.Level.WARNING, "session " + s.id() + " turn " + t.number() + ": replay reached beat '"
                        + replayed.reply().beat() + "', stored '" + storedBeat + "' (scenario " + s.scenarioId() + " changed?)");
            }
        }
        return engine;
    }

    private Conversation conversation(String scenarioId, String field) {
        Scenario sc = library.find(scenarioId).map(e -> e.scenario()).orElse(null);
        if (sc instanceof Conversation c) {
            return c;
        }
        if (field == null) {
            throw Refusal.conflict("Scenario '" + scenarioId + "' is no longer in the library, so this session cannot go on.");
        }
        if (sc != null) {
            throw Refusal.invalid(field + ": '" + scenarioId + "' is a drill; practise it under /api/drills/" + scenarioId + ".");
        }
        throw Refusal.invalid(field + ": no conversation scenario '" + scenarioId + "'.");
    }

    /** The session if the caller may see it; 404 otherwise, so ids of others' sessions do not leak. */
    private StoredSession visible(User user, String id) {
        StoredSession s = repo.find(id).orElseThrow(() -> Refusal.notFound("No such session."));
        if (!accounts.manages(user, s.userId())) {
            throw Refusal.notFound("No such session.");
        }
        return s;
    }

    /** The session if it is the caller's own; an instructor who may only look gets 403. */
    private StoredSession owned(User user, String id) {
        StoredSession s = visible(user, id);
        if (!s.userId().equals(user.id())) {
            throw Refusal.forbidden("Only the trainee who practises a session can add to it.");
        }
        return s;
    }

    static void checkText(String text) {
        if (text == null || text.isBlank()) {
            throw Refusal.invalid("text: write a response (1–" + MAX_TEXT + " characters).");
        }
        if (text.length() > MAX_TEXT) {
            throw Refusal.invalid("text: a response is at most " + MAX_TEXT + " characters; this one has "
                    + text.length() + ". Say it in fewer words, as you would to a client.");
        }
    }

    private ObjectNode session(StoredSession s, List<StoredTurn> turns) {
        ObjectNode o = mapper.createObjectNode();
        o.put("id", s.id());
        o.put("scenarioId", s.scenarioId());
        o.put("title", s.title());
        o.put("status", s.status());
        o.put("feedback", s.feedback());
        o.put("startedAt", Instant.ofEpochMilli(s.startedAt()).toString());
        o.put("finishedAt", s.finishedAt() == null ? null : Instant.ofEpochMilli(s.finishedAt()).toString());
        o.set("persona", s.personaJson() == null ? mapper.nullNode() : read(s.personaJson()));
        JsonNode opening = read(s.openingJson());
        ObjectNode op = o.putObject("opening");
        op.set("text", opening.get("text"));
        op.set("talk", opening.get("talk"));
        JsonNode state = read(s.startStateJson());
        ArrayNode list = o.putArray("turns");
        boolean hide = s.feedback().equals(FeedbackMode.AFTER.wire()) && !s.finished();
        for (StoredTurn t : turns) {
            JsonNode j = read(t.json());
            list.add(hide ? TurnJson.withheld(j) : j);
            state = j.get("state");
        }
        o.set("state", state);
        o.set("ending", s.endingJson() == null ? mapper.nullNode() : read(s.endingJson()));
        return o;
    }

    private ObjectNode listItem(StoredSession s) {
        ObjectNode o = mapper.createObjectNode();
        o.put("id", s.id());
        o.put("kind", s.kind());
        o.put("scenarioId", s.scenarioId());
        o.put("title", s.title());
        o.put("status", s.status());
        o.put("feedback", s.feedback());
        o.put("startedAt", Instant.ofEpochMilli(s.startedAt()).toString());
        o.put("finishedAt", s.finishedAt() == null ? null : Instant.ofEpochMilli(s.finishedAt()).toString());
        o.put("turns", s.turnCount());
        o.set("ending", s.endingJson() == null ? mapper.nullNode() : read(s.endingJson()));
        return o;
    }

    private ObjectNode persona(Persona p) {
        ObjectNode o = mapper.createObjectNode();
        o.put("name", p.name());
        o.put("age", p.age());
        o.put("pronouns", p.pronouns());
        return o;
    }

    private ObjectNode ending(Ending e) {
        ObjectNode o = mapper.createObjectNode();
        o.put("kind", Wire.name(e.kind()));
        o.put("beat", e.beat());
        o.put("turn", e.turn());
        return o;
    }

    private List<JsonNode> parsedTurns(List<StoredTurn> turns) {
        List<JsonNode> out = new ArrayList<>(turns.size());
        turns.forEach(t -> out.add(read(t.json())));
        return out;
    }

    static SessionSummary summary(JsonNode opening, List<JsonNode> turns) {
        List<CodedTurn> coded = TurnJson.coded(opening, turns);
        return SessionSummary.of(coded);
    }

    static Stats stats(SessionSummary s) {
        return new Stats(s.count(Code.SIMPLE_REFLECTION), s.count(Code.COMPLEX_REFLECTION), s.count(Code.QUESTION),
                s.miAdherent(), s.miNonAdherent());
    }

    private String write(JsonNode node) {
        try {
            return mapper.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private JsonNode read(String json) {
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON is unreadable: " + e.getOriginalMessage(), e);
        }
    }
}
