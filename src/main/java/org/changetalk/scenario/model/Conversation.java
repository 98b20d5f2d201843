package org.changetalk.scenario.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A practice conversation with one simulated client. {@code beats} keeps file order; {@code fromAnyBeat} holds the
 * transitions every beat shares ({@link #rules(Beat)}); {@link #lines()} ranks its lines and facts by relevance to
 * what a trainee says (built once, on first use, and shared by every session).
 */
public record Conversation(String id, String title, String summary, Persona persona, Start start,
                           DeltaTable deltas, Endings endings, AnyBeatRules fromAnyBeat, Map<String, Beat> beats,
                           IndexOnce index) implements Scenario {
    public Conversation {
        beats = Collections.unmodifiableMap(new LinkedHashMap<>(beats));
        fromAnyBeat = fromAnyBeat == null ? AnyBeatRules.NONE : fromAnyBeat;
    }

    /** A conversation whose relevance index is built from its persona and beats when first asked for. */
    public Conversation(String id, String title, String summary, Persona persona, Start start,
                        DeltaTable deltas, Endings endings, AnyBeatRules fromAnyBeat, Map<String, Beat> beats) {
        this(id, title, summary, persona, start, deltas, endings, fromAnyBeat, beats, new IndexOnce(persona, beats.values()));
    }

    /** The transitions tried when the client has just said this beat: the scenario's rules from any beat, then its own. */
    public List<Transition> rules(Beat beat) {
        return fromAnyBeat.around(beat);
    }

    /** The relevance index of its lines and facts (built on the first call). */
    public LineIndex lines() {
        return index.get();
    }

    public static Map<String, Beat> byId(List<Beat> beats) {
        Map<String, Beat> map = new LinkedHashMap<>();
        beats.forEach(b -> map.put(b.id(), b));
        return map;
    }

    public Beat beat(String beatId) {
        Beat beat = beats.get(beatId);
        if (beat == null) {
            throw new IllegalArgumentException("no beat '" + beatId + "' in " + id);
        }
        return beat;
    }

    public ClientState startState() {
        return new ClientState(start.engagement(), start.discord(), persona.importance(), persona.confidence(),
                persona.stage());
    }

    @Override
    public ScenarioKind kind() {
        return ScenarioKind.CONVERSATION;
    }

    @Override
    public Stage stage() {
        return persona.stage();
    }

    @Override
    public Behaviour behaviour() {
        return persona.behaviour();
    }
}
