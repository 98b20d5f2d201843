package org.changetalk.scenario.model;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The shape of a conversation: which beats the client can reach, and from which an ending is
 * reachable. Ids that point nowhere are ignored here (the reader reports them).
 */
public final class BeatGraph {
    private final Map<String, Beat> beats;
    private final Set<String> terminal;
    private final AnyBeatRules anywhere;

    /** @param terminal the beats that end the session (those written with an 'end') */
    public BeatGraph(Collection<Beat> beats, Set<String> terminal) {
        this(beats, terminal, AnyBeatRules.NONE);
    }

    /** A graph in which the scenario's rules from any beat lead from every beat they apply to. */
    public BeatGraph(Collection<Beat> beats, Set<String> terminal, AnyBeatRules anywhere) {
        this.terminal = terminal;
        this.anywhere = anywhere;
        this.beats = new HashMap<>();
        beats.forEach(b -> this.beats.putIfAbsent(b.id(), b));
    }

    /** Beats reachable from the seeds (the start beat and the two ending beats) by transitions and fallbacks. */
    public Set<String> reachableFrom(Collection<String> seeds) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        seeds.stream().filter(beats::containsKey).forEach(todo::add);
        while (!todo.isEmpty()) {
            String id = todo.pop();
            if (seen.add(id)) {
                anywhere.exits(beats.get(id)).stream().filter(beats::containsKey).forEach(todo::add);
            }
        }
        return seen;
    }

    /** Non-terminal beats whose every exit is themselves. */
    public Set<String> withNoWayOut() {
        Set<String> out = new LinkedHashSet<>();
        for (Beat b : beats.values()) {
            List<String> exits = anywhere.exits(b);
            if (!terminal.contains(b.id()) && !exits.isEmpty() && exits.stream().allMatch(b.id()::equals)) {
                out.add(b.id());
            }
        }
        return out;
    }

    /** Beats from which some chain of transitions reaches a terminal beat. */
    public Set<String> canEnd() {
        Map<String, Set<String>> incoming = new HashMap<>();
        for (Beat b : beats.values()) {
            for (String to : anywhere.exits(b)) {
                incoming.computeIfAbsent(to, k -> new HashSet<>()).add(b.id());
            }
        }
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        terminal.stream().filter(beats::containsKey).forEach(todo::add);
        while (!todo.isEmpty()) {
            String id = todo.pop();
            if (seen.add(id)) {
                todo.addAll(incoming.getOrDefault(id, Set.of()));
            }
        }
        return seen;
    }
}
