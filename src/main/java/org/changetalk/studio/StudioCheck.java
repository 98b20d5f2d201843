package org.changetalk.studio;

import org.changetalk.scenario.model.AnyBeatRules;
import org.changetalk.scenario.model.Beat;
import org.changetalk.scenario.model.BeatGraph;
import org.changetalk.scenario.model.Conversation;
import org.changetalk.scenario.model.Drill;
import org.changetalk.scenario.model.Level;
import org.changetalk.scenario.model.Phrase;
import org.changetalk.scenario.read.Problem;
import org.changetalk.scenario.read.ScenarioLoader;
import org.changetalk.scenario.model.StateGuard;
import org.changetalk.scenario.model.Topics;
import org.changetalk.scenario.model.Transition;
import org.changetalk.scenario.model.Wire;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks a scenario text the author has not saved: the validator's errors and warnings (a line with no topics or
 * prompts), the library rules as warnings, and the beat map. Stateless.
 */
public final class StudioCheck {
    private static final Pattern ID_IN_TEXT = Pattern.compile("\\bid\\s*:\\s*['\"]([^'\"\\n]*)['\"]");
    private static final int LIBRARY_MIN_BEATS = 12;
    private static final int LIBRARY_MIN_ITEMS = 5;

    private final ScenarioLoader loader;

    public record Finding(int line, int column, Severity severity, String message) {}

    public enum Severity { ERROR, WARNING }

    /** The loader's verdict plus the studio's warnings. */
    public record Result(ScenarioLoader.Checked checked, List<Finding> findings) {
        public boolean valid() {
            return checked.valid();
        }

        public long errors() {
            return findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
        }

        public long warnings() {
            return findings.size() - errors();
        }

        public Finding firstError() {
            return findings.stream().filter(f -> f.severity() == Severity.ERROR).findFirst().orElse(null);
        }
    }

    public StudioCheck(ScenarioLoader loader) {
        this.loader = loader;
    }

    /** The id a text declares (its first {@code id: '...'}), or null; used when the caller names no file. */
    public static String declaredId(String text) {
        Matcher m = ID_IN_TEXT.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    /** @param id the file name the text is (to be) saved as, without .json */
    public Result check(String text, String id) {
        ScenarioLoader.Checked c = loader.check(Path.of(id + ".json"), text.getBytes(StandardCharsets.UTF_8));
        List<Finding> findings = new ArrayList<>();
        for (Problem p : c.problems()) {
            findings.add(new Finding(p.line(), p.column(), Severity.ERROR, p.message()));
        }
        for (Problem p : c.warnings()) {
            findings.add(new Finding(p.line(), p.column(), Severity.WARNING, p.message()));
        }
        if (c.scenario() instanceof Conversation conv) {
            if (conv.beats().size() < LIBRARY_MIN_BEATS) {
                findings.add(new Finding(1, 1, Severity.WARNING, "library conversations have at least " + LIBRARY_MIN_BEATS
                        + " beats; this one has " + conv.beats().size()));
            }
            for (Beat b : conv.beats().values()) {
                int[] pos = c.beatPositions().getOrDefault(b.id(), new int[] {1, 1});
                if (!b.isTerminal() && b.say().size() < 2) {
                    findings.add(new Finding(pos[0], pos[1], Severity.WARNING, "beat '" + b.id()
                            + "' has one 'say' variant; write 2–3 that mean the same thing in different words"));
                }
            }
        } else if (c.scenario() instanceof Drill d) {
            for (Level l : Level.values()) {
                if (d.items(l).size() < LIBRARY_MIN_ITEMS) {
                    findings.add(new Finding(1, 1, Severity.WARNING, "library drills have at least " + LIBRARY_MIN_ITEMS
                            + " items per level; " + Wire.name(l) + " has " + d.items(l).size()));
                }
            }
        }
        findings.sort(Comparator.comparingInt(Finding::line).thenComparingInt(Finding::column));
        return new Result(c, List.copyOf(findings));
    }

    /** The beat map of a conversation (as much as could be read), or null for a drill or unreadable text. */
    public static BeatMap map(Result r) {
        if (!(r.checked().scenario() instanceof Conversation conv)) {
            return null;
        }
        Map<String, Beat> beats = conv.beats();
        Set<String> terminal = new LinkedHashSet<>();
        beats.values().stream().filter(Beat::isTerminal).forEach(b -> terminal.add(b.id()));
        BeatGraph graph = new BeatGraph(beats.values(), terminal, conv.fromAnyBeat());
        String start = conv.start() == null ? null : conv.start().beat();
        String disengage = conv.endings() == null ? null : conv.endings().disengage().beat();
        String close = conv.endings() == null ? null : conv.endings().naturalClose().beat();
        List<String> seeds = Stream.of(start, disengage, close).filter(Objects::nonNull).toList();
        Set<String> reachable = start == null ? null : graph.reachableFrom(seeds);
        Set<String> stuck = graph.withNoWayOut();
        Set<String> canEnd = graph.canEnd();

        Topics topics = conv.persona() == null ? Topics.of(Map.of()) : Topics.of(conv.persona().topics());
        List<BeatMap.Node> nodes = new ArrayList<>();
        List<BeatMap.Edge> edges = new ArrayList<>();
        for (Beat b : beats.values()) {
            int[] pos = r.checked().beatPositions().getOrDefault(b.id(), new int[] {1, 1});
            nodes.add(new BeatMap.Node(b.id(),
                    b.talk() == null ? null : Wire.name(b.talk()),
                    b.stage() == null ? null : Wire.name(b.stage()),
                    b.end() == null ? null : Wire.name(b.end()),
                    b.isTerminal(),
                    reachable != null && !reachable.contains(b.id()),
                    stuck.contains(b.id()) || (!b.isTerminal() && !canEnd.contains(b.id())),
                    b.id().equals(disengage) ? "disengage" : b.id().equals(close) ? "natural_close" : null,
                    b.say().isEmpty() ? null : b.say().get(0),
                    pos[0], pos[1], about(b, topics), b.prompts().size()));
            for (Transition t : b.next()) {
                if (t.to() != null) {
                    edges.add(new BeatMap.Edge(b.id(), t.to(), labels(t), false));
                }
            }
            if (b.fallback() != null) {
                edges.add(new BeatMap.Edge(b.id(), b.fallback(), List.of("fallback"), true));
            }
        }
        List<BeatMap.AnyEdge> anywhere = new ArrayList<>();
        for (Transition t : conv.fromAnyBeat().rules()) {
            AnyBeatRules one = new AnyBeatRules(List.of(t));
            List<String> except = beats.values().stream()
                    .filter(b -> !b.isTerminal() && !b.id().equals(t.to()) && one.on(b).isEmpty()).map(Beat::id).toList();
            if (t.to() != null) {
                anywhere.add(new BeatMap.AnyEdge(t.to(), labels(t), except));
            }
        }
        return new BeatMap(start, nodes, edges, anywhere);
    }

    /** What a beat is about, as relevance reads it: its topics, then its tags that name a known topic. */
    private static List<String> about(Beat b, Topics topics) {
        LinkedHashSet<String> out = new LinkedHashSet<>(b.topics());
        b.tags().stream().filter(topics::knows).forEach(out::add);
        return List.copyOf(out);
    }

    /** What a transition listens for, as the map labels it: sorted categories, its words, "when". */
    private static List<String> labels(Transition t) {
        List<String> labels = new ArrayList<>(t.on().stream().map(Wire::name).sorted().toList());
        if (!t.words().isEmpty()) {
            labels.add("words: " + String.join(", ", t.words().stream().map(Phrase::text).toList()));
        }
        if (t.when() != null && t.when() != StateGuard.NONE) {
            labels.add("when");
        }
        return labels;
    }
}
