package org.changetalk.cohort;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.changetalk.coding.SessionSummary;
import org.changetalk.practice.Reports;
import org.changetalk.practice.TurnJson;
import org.changetalk.storage.PracticeRepository;
import org.changetalk.storage.PracticeRepository.StoredSession;
import org.changetalk.storage.ReviewRepository;
import org.changetalk.storage.ReviewRepository.Recode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A stored session's turns and summary, with the automatic codes or with instructors' recodes where there
 * are any. The summary is always recomputed from the turns (SessionSummary, as the report does), so a
 * recode shows in every figure at once.
 */
public final class Scoring {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final PracticeRepository sessions;
    private final ReviewRepository reviews;

    public Scoring(PracticeRepository sessions, ReviewRepository reviews) {
        this.sessions = sessions;
        this.reviews = reviews;
    }

    /**
     * @param turns    the stored (automatic) turns
     * @param recodes  human recodes by turn number
     * @param summary  computed with human codes where present when {@code human}, else the automatic ones
     */
    public record Scored(StoredSession session, JsonNode opening, List<JsonNode> turns, Map<Integer, Recode> recodes,
                         SessionSummary summary, boolean human) {}

    public Scored score(StoredSession s, boolean human) {
        List<JsonNode> turns = new ArrayList<>();
        sessions.turns(s.id()).forEach(t -> turns.add(read(t.json())));
        Map<Integer, Recode> recodes = new LinkedHashMap<>();
        reviews.recodes(s.id()).forEach(r -> recodes.put(r.number(), r));
        JsonNode opening = read(s.openingJson());
        List<JsonNode> counted = new ArrayList<>(turns.size());
        for (JsonNode t : turns) {
            Recode r = recodes.get(t.path("number").asInt());
            counted.add(human && r != null ? withCodes(t, humanCodes(r, t.path("trainee").asText())) : t);
        }
        return new Scored(s, opening, turns, recodes, SessionSummary.of(TurnJson.coded(opening, counted)), human);
    }

    /** The few figures dashboards and lists show: technical, relational, %CR, R:Q and the band. */
    public static ObjectNode brief(SessionSummary s) {
        ObjectNode full = Reports.summary(s);
        ObjectNode o = MAPPER.createObjectNode();
        for (String f : List.of("technical", "relational", "percentComplexReflections", "reflectionToQuestion", "band")) {
            o.set(f, full.get(f));
        }
        return o;
    }

    /**
     * A recode's codes in the shape of a turn's codes: each spans the whole response (a reviewer codes the
     * turn, not a clause) and says it came from a person.
     */
    public static ArrayNode humanCodes(Recode r, String trainee) {
        ArrayNode out = MAPPER.createArrayNode();
        for (JsonNode c : read(r.codesJson())) {
            ObjectNode o = out.addObject();
            o.put("code", c.path("code").asText());
            o.set("question", c.path("question").isTextual() ? c.get("question") : MAPPER.nullNode());
            o.set("reflection", c.path("reflection").isTextual() ? c.get("reflection") : MAPPER.nullNode());
            o.put("start", 0);
            o.put("end", trainee.length());
            o.put("rule", "human");
            o.putNull("explanation");
            o.putArray("spans");
        }
        return out;
    }

    /** The turn with other codes; the primary code is the first one, as a reviewer lists the main act first. */
    static ObjectNode withCodes(JsonNode turn, ArrayNode codes) {
        ObjectNode o = ((ObjectNode) turn).deepCopy();
        o.set("codes", codes);
        o.set("primary", codes.isEmpty() ? MAPPER.nullNode() : codes.get(0).get("code"));
        return o;
    }

    public static JsonNode read(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON is unreadable: " + e.getOriginalMessage(), e);
        }
    }
}
