package org.changetalk.studio;

import java.util.List;

/**
 * A conversation's beats and the ways between them, as the studio draws them: which beats no path reaches,
 * which cannot reach an ending, and what each transition listens for. Names are the scenario format's.
 */
public record BeatMap(String start, List<Node> beats, List<Edge> transitions, List<AnyEdge> fromAnyBeat) {
    public BeatMap {
        beats = List.copyOf(beats);
        transitions = List.copyOf(transitions);
        fromAnyBeat = List.copyOf(fromAnyBeat);
    }

    /**
     * One beat: its talk, stage and end as the format names them (null when unset), where it is in the text,
     * {@code ending} = "disengage" or "natural_close" when a conversation ending leads there, what it is about
     * ({@code topics}: its own and the tags that name a topic; empty when it says none, which the map marks) and how
     * many {@code prompts} say what it answers.
     */
    public record Node(String id, String talk, String stage, String end, boolean terminal, boolean unreachable,
                       boolean deadEnd, String ending, String say, int line, int column, List<String> topics, int prompts) {
        public Node {
            topics = List.copyOf(topics);
        }
    }

    /** A way from one beat to another: what it listens for (sorted categories, words, "when"), or the fallback. */
    public record Edge(String from, String to, List<String> labels, boolean fallback) {
        public Edge {
            labels = List.copyOf(labels);
        }
    }

    /**
     * A rule from any beat, drawn on its target instead of an arrow from every beat: what it listens for, and the
     * beats it does not apply on (they name its categories themselves) among those that can go on.
     */
    public record AnyEdge(String to, List<String> labels, List<String> except) {
        public AnyEdge {
            labels = List.copyOf(labels);
            except = List.copyOf(except);
        }
    }
}
