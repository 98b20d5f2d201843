package org.changetalk.scenario.read;

import org.changetalk.coding.TalkKind;
import org.changetalk.scenario.model.AnyBeatRules;
import org.changetalk.scenario.model.Beat;
import org.changetalk.scenario.model.BeatGraph;
import org.changetalk.scenario.model.Behaviour;
import org.changetalk.scenario.model.Category;
import org.changetalk.scenario.model.CategoryGroup;
import org.changetalk.scenario.model.ClientTalk;
import org.changetalk.scenario.model.Conversation;
import org.changetalk.scenario.model.DeltaTable;
import org.changetalk.scenario.model.EndKind;
import org.changetalk.scenario.model.Endings;
import org.changetalk.scenario.model.Exemplar;
import org.changetalk.scenario.model.Fact;
import org.changetalk.scenario.model.Goal;
import org.changetalk.scenario.model.GoalKind;
import org.changetalk.scenario.model.Moves;
import org.changetalk.scenario.model.Persona;
import org.changetalk.scenario.model.Phrase;
import org.changetalk.scenario.model.Pitfall;
import org.changetalk.scenario.model.Stage;
import org.changetalk.scenario.model.Start;
import org.changetalk.scenario.model.StateGuard;
import org.changetalk.scenario.model.Topics;
import org.changetalk.scenario.model.Transition;
import org.changetalk.scenario.model.Wire;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads a conversation and checks its meaning: references between beats, goals and endings,
 * and the shape of the beat graph. Reports every problem it finds.
 */
final class ConversationReader {
    private final Values v;
    private final Parts parts;
    /** Beat ids and where each is written, gathered before anything refers to them. */
    private final Map<String, Pos> beatIds = new LinkedHashMap<>();
    private final Set<String> goalIds = new HashSet<>();
    /** Beats written with an 'end' key, valid or not, so a misspelt ending is not also reported as a dead end. */
    private final Set<String> endKeyBeats = new HashSet<>();
    /** Built-in topics plus the persona's, once the persona is read; beats and facts must name known ones. */
    private Topics topics = Topics.of(Map.of());
    /** Rules from any beat written with a group in 'on' (reported once, not again as applying nowhere). */
    private final Set<Pos> misusedGroups = new HashSet<>();

    /** Where each beat id is written (line, column), in file order; filled by {@link #read}. */
    Map<String, int[]> beatPositions() {
        Map<String, int[]> out = new LinkedHashMap<>();
        beatIds.forEach((id, pos) -> out.put(id, new int[] {pos.line(), pos.column()}));
        return out;
    }

    ConversationReader(Values v) {
        this.v = v;
        this.parts = new Parts(v);
    }

    Conversation read(Fields top, String id, String title, String summary) {
        Persona persona = persona(top.require("persona"));
        List<Node> beatNodes = v.list(top.require("beats"), "beats", true);
        collectBeatIds(beatNodes);
        Start start = start(top.require("start"));
        DeltaTable deltas = deltas(top.get("deltas"));
        Endings endings = endings(top.require("endings"));
        AnyBeatRules anywhere = new AnyBeatRules(v.each(top.get("from_any_beat"), "from_any_beat", true, this::anyBeatRule));
        List<Beat> beats = new ArrayList<>();
        for (Node n : beatNodes) {
            Beat b = beat(n, persona);
            if (b != null) {
                beats.add(b);
            }
        }
        checkEndingBeats(endings, beats);
        if (start != null && endings != null) {
            checkGraph(beats, start, endings, anywhere);
        }
        checkAnyBeatRules(top.get("from_any_beat"), anywhere, beats);
        return new Conversation(id, title, summary, persona, start, deltas, endings, anywhere, Conversation.byId(beats));
    }

    private Persona persona(Node n) {
        Fields f = v.fields(n, "persona");
        if (f == null) {
            return null;
        }
        List<Goal> goals = v.each(f.require("goals"), "goals", true, this::goal);
        Map<String, List<Phrase>> personaTopics = personaTopics(f.get("topics"));
        topics = Topics.of(personaTopics);
        Persona p = new Persona(
                v.text(f.require("name"), "name"),
                Objects.requireNonNullElse(v.integer(f.require("age"), "age", 12, 110), 0),
                v.text(f.require("pronouns"), "pronouns"),
                v.text(f.require("background"), "background"),
                v.choice(f.require("behaviour"), "behaviour", Behaviour.class),
                v.text(f.require("drug"), "drug"),
                v.text(f.require("set"), "set"),
                v.text(f.require("setting"), "setting"),
                v.texts(f.require("reasons"), "reasons", true),
                v.texts(f.require("values"), "values", true),
                v.texts(f.get("concerns"), "concerns", false),
                v.choice(f.require("stage"), "stage", Stage.class),
                Objects.requireNonNullElse(v.score(f.require("importance"), "importance"), 0.0),
                Objects.requireNonNullElse(v.score(f.require("confidence"), "confidence"), 0.0),
                goals, personaTopics, v.each(f.get("facts"), "facts", false, this::fact), moves(f.get("moves")),
                topicRefs(f.get("lead_concerns"), "lead_concerns", true));
        f.finish();
        return p;
    }

    /** {@code topics: { eli: ['eli', 'son', 'kid*'] }}: the persona's own vocabulary. */
    private Map<String, List<Phrase>> personaTopics(Node n) {
        Map<String, List<Phrase>> out = new LinkedHashMap<>();
        Node.Obj obj = v.object(n, "topics");
        if (obj == null) {
            return out;
        }
        for (Node.Member m : obj.members()) {
            if (out.containsKey(m.key())) {
                v.problem(m.keyPos(), "topic '" + m.key() + "' appears twice in topics");
            } else if (!m.key().matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                v.problem(m.keyPos(), "topic '" + m.key() + "' must be lower-case words joined by '-', like 'the-casino'");
            } else {
                out.put(m.key(), parts.phrases(m.value(), "topics." + m.key()));
            }
        }
        return out;
    }

    /** A list of topic ids, each built in or the persona's own. */
    private List<String> topicRefs(Node n, String name, boolean nonEmpty) {
        return v.each(n, name, nonEmpty, item -> {
            String t = v.text(item, name);
            if (t != null && !topics.knows(t)) {
                v.problem(item.pos(), "unknown topic '" + t + "'" + Suggest.didYouMean(t, topics.ids())
                        + "; add it to persona.topics or use a built-in one: " + String.join(", ", Topics.builtInIds()));
                return null;
            }
            return t;
        });
    }

    private Fact fact(Node n) {
        Fields f = v.fields(n, "fact");
        if (f == null) {
            return null;
        }
        Fact fact = new Fact(topicRefs(f.require("topics"), "topics", true), v.texts(f.get("prompts"), "prompts", false),
                v.texts(f.require("say"), "say", true));
        if (!f.has("prompts") || fact.prompts().isEmpty()) {
            v.warning(f.pos(), "fact has no 'prompts': give the questions it answers ('where do you live', 'who is at"
                    + " home'), or only its topic's words can find it");
        }
        f.finish();
        return fact;
    }

    private static final List<String> RULER_POOLS = List.of("importance_high", "why_not_lower", "confident_because", "would_help");
    private static final Map<String, String> RULER_MOVE = Map.of(
            "importance_high", "an importance ruler", "why_not_lower", "\"why not lower?\" after an importance ruler",
            "confident_because", "a confidence ruler and its \"why not lower?\"", "would_help", "\"what would take it higher?\"");

    private Moves moves(Node n) {
        Fields f = v.fields(n, "moves");
        if (f == null) {
            return Moves.NONE;
        }
        Moves m = new Moves(v.texts(f.get("why_not_lower"), "why_not_lower", true),
                v.texts(f.get("confident_because"), "confident_because", true),
                v.texts(f.get("would_help"), "would_help", true), v.texts(f.get("take_away"), "take_away", true),
                v.texts(f.get("acknowledge"), "acknowledge", true),
                v.texts(f.get("acknowledge_guarded"), "acknowledge_guarded", true),
                v.texts(f.get("summary"), "summary", true), v.texts(f.get("not_ready"), "not_ready", true),
                v.texts(f.get("greeting"), "greeting", true), v.texts(f.get("being_here"), "being_here", true),
                v.texts(f.get("off_topic"), "off_topic", true), v.texts(f.get("repair"), "repair", true),
                v.texts(f.get("congratulated"), "congratulated", true),
                v.texts(f.get("permission_yes"), "permission_yes", true), v.texts(f.get("thanks"), "thanks", true),
                numbered(f.get("importance_high"), "importance_high"));
        // Without a ruler pool of their own the client answers that ruler move with a line every persona shares (round
        // 9's judge heard one stock importance sentence from four personas): a warning, since older files still load.
        for (String pool : RULER_POOLS) {
            if (!f.has(pool)) {
                v.warning(f.pos(), "moves has no '" + pool + "': the client answers " + RULER_MOVE.get(pool)
                        + " with a stock line every persona shares; give two or more lines of theirs");
            }
        }
        f.finish();
        return m;
    }

    /** Ruler lines: each must say where the number goes ({n}), or the client would answer a ruler without one. */
    private List<String> numbered(Node n, String name) {
        List<String> out = v.texts(n, name, true);
        if (n instanceof Node.Arr arr && out.size() == arr.items().size()) {
            for (int i = 0; i < out.size(); i++) {
                if (!out.get(i).contains("{n}")) {
                    v.problem(arr.items().get(i).pos(), "a ruler line needs {n} where the number goes, like \"{n}. More than I let on.\"");
                }
            }
        }
        return out;
    }

    private Goal goal(Node n) {
        Fields f = v.fields(n, "goal");
        if (f == null) {
            return null;
        }
        Node idNode = f.require("id");
        String id = v.id(idNode, "id");
        if (id != null && !goalIds.add(id)) {
            v.problem(idNode.pos(), "goal id '" + id + "' is used twice");
        }
        Goal g = new Goal(id, v.choice(f.require("kind"), "goal kind", GoalKind.class), v.text(f.require("text"), "text"));
        f.finish();
        return g;
    }

    private void collectBeatIds(List<Node> beatNodes) {
        for (Node n : beatNodes) {
            if (n instanceof Node.Obj o) {
                o.members().stream().filter(m -> m.key().equals("id")).findFirst()
                        .filter(m -> m.value() instanceof Node.Str)
                        .ifPresent(m -> {
                            String id = ((Node.Str) m.value()).value().strip();
                            if (beatIds.containsKey(id)) {
                                v.problem(m.value().pos(), "beat id '" + id + "' is used twice (first at line "
                                        + beatIds.get(id).line() + ")");
                            } else {
                                beatIds.put(id, m.value().pos());
                            }
                        });
            }
        }
    }

    /** A reference to a beat; reported when no beat has that id. */
    private String beatRef(Node n, String name) {
        String id = v.id(n, name);
        if (id != null && !beatIds.containsKey(id)) {
            v.problem(n.pos(), "unknown beat '" + id + "'" + Suggest.didYouMean(id, beatIds.keySet()));
        }
        return id;
    }

    private Start start(Node n) {
        Fields f = v.fields(n, "start");
        if (f == null) {
            return null;
        }
        Start s = new Start(beatRef(f.require("beat"), "beat"),
                Objects.requireNonNullElse(v.score(f.get("engagement"), "engagement"), 5.0),
                Objects.requireNonNullElse(v.score(f.get("discord"), "discord"), 0.0));
        f.finish();
        return s;
    }

    private DeltaTable deltas(Node n) {
        Fields f = v.fields(n, "deltas");
        if (f == null) {
            return DeltaTable.DEFAULTS;
        }
        DeltaTable t = new DeltaTable(parts.categoryDeltas(f.get("categories"), "categories"),
                parts.flagDeltas(f.get("flags"), "flags"));
        f.finish();
        return t;
    }

    private Endings endings(Node n) {
        Fields f = v.fields(n, "endings");
        if (f == null) {
            return null;
        }
        Endings.Disengage disengage = null;
        Fields d = v.fields(f.require("disengage"), "disengage");
        if (d != null) {
            disengage = new Endings.Disengage(
                    Objects.requireNonNullElse(v.score(d.get("discord_at_least"), "discord_at_least"), 8.0),
                    Objects.requireNonNullElse(v.score(d.get("engagement_at_most"), "engagement_at_most"), 1.0),
                    beatRef(d.require("beat"), "beat"));
            d.finish();
        }
        Endings.NaturalClose close = null;
        Fields c = v.fields(f.require("natural_close"), "natural_close");
        if (c != null) {
            close = new Endings.NaturalClose(
                    Objects.requireNonNullElse(v.integer(c.require("after_turns"), "after_turns", 1, 200), 1),
                    beatRef(c.require("beat"), "beat"));
            c.finish();
        }
        f.finish();
        return disengage == null || close == null ? null : new Endings(disengage, close);
    }

    private Beat beat(Node n, Persona persona) {
        Fields f = v.fields(n, "beat");
        if (f == null) {
            return null;
        }
        String id = v.id(f.require("id"), "id");
        String what = "beat '" + (id == null ? "?" : id) + "'";
        ClientTalk talk = v.choice(f.require("talk"), "talk", ClientTalk.class);
        Node darnNode = f.get("darn_cat");
        TalkKind darnCat = v.choice(darnNode, "darn_cat", TalkKind.class);
        if (darnCat != null && talk != null && talk != ClientTalk.CHANGE && talk != ClientTalk.SUSTAIN) {
            v.problem(darnNode.pos(), "darn_cat only applies to change or sustain talk, not " + Wire.name(talk));
        }
        Node stageNode = f.get("stage");
        Stage stage = v.choice(stageNode, "stage", Stage.class);
        Node endNode = f.get("end");
        EndKind end = v.choice(endNode, "end", EndKind.class);
        boolean terminal = f.has("end");
        if (terminal && id != null) {
            endKeyBeats.add(id);
        }
        Node goalNode = f.get("goal");
        String goal = v.id(goalNode, "goal");
        if (goal != null && !goalIds.contains(goal)) {
            v.problem(goalNode.pos(), "unknown goal '" + goal + "'" + Suggest.didYouMean(goal, goalIds)
                    + "; a plan must be one of the persona's goals");
        }
        if (goalNode != null && end != null && end != EndKind.PLAN_AGREED) {
            v.problem(goalNode.pos(), "'goal' belongs on a beat with end: 'plan_agreed'");
        }
        if (end == EndKind.PLAN_AGREED && goalNode == null) {
            v.problem(endNode.pos(), what + " ends with plan_agreed but names no 'goal' (which of the persona's goals did the client choose?)");
        }
        if (end == EndKind.STAGE_MOVED && persona != null && persona.stage() != null) {
            if (stageNode == null) {
                v.problem(endNode.pos(), what + " ends with stage_moved but has no 'stage' to move to");
            } else if (stage != null && !stage.isAfter(persona.stage())) {
                v.problem(stageNode.pos(), what + " ends with stage_moved, so its stage must come after the persona's "
                        + Wire.name(persona.stage()) + ", got " + Wire.name(stage));
            }
        }

        Node nextNode = f.get("next");
        List<Transition> next = v.each(nextNode, "next", false, this::transition);
        Node fallbackNode = f.get("fallback");
        String fallback = beatRef(fallbackNode, "fallback");
        if (terminal && nextNode != null) {
            v.problem(f.keyPos("next"), what + " ends the session, so it cannot have 'next'");
        }
        if (terminal && fallbackNode != null) {
            v.problem(f.keyPos("fallback"), what + " ends the session, so it cannot have a 'fallback'");
        }
        if (!terminal && fallbackNode == null) {
            v.problem(f.pos(), what + " has no 'fallback': where does the client go when no rule matches?");
        }

        Node exemplarsNode = f.get("exemplars");
        Node pitfallsNode = f.get("pitfalls");
        List<Exemplar> exemplars = v.each(exemplarsNode, "exemplars", true, e -> parts.exemplar(e, null));
        List<Pitfall> pitfalls = v.each(pitfallsNode, "pitfalls", true, parts::pitfall);
        if (!terminal && exemplarsNode == null) {
            v.problem(f.pos(), what + " has no 'exemplars': give at least one good response for feedback");
        }
        if (!terminal && pitfallsNode == null) {
            v.problem(f.pos(), what + " has no 'pitfalls': give at least one typical mistake for feedback");
        }

        List<String> tags = v.texts(f.get("tags"), "tags", false);
        List<String> beatTopics = topicRefs(f.get("topics"), "topics", true);
        List<String> prompts = v.texts(f.get("prompts"), "prompts", true);
        Beat b = new Beat(id, v.texts(f.require("say"), "say", true), talk, darnCat,
                tags, stage, end, goal, next, fallback,
                parts.categoryDeltas(f.get("deltas"), "deltas"), exemplars, pitfalls,
                beatTopics, prompts, v.texts(f.get("recall"), "recall", true));
        if (id != null) {
            warnUnlabelled(f, what, f.has("topics") || tags.stream().anyMatch(topics::knows), f.has("prompts"));
        }
        f.finish();
        return id == null ? null : b;
    }

    /**
     * A line that says neither what it is about nor what it answers is matched by its spoken words alone, so a
     * question in other words ("how's the boy?" for Eli) finds another line. A warning, not an error: files saved
     * before every line carried them still load.
     */
    private void warnUnlabelled(Fields f, String what, boolean hasTopics, boolean hasPrompts) {
        if (!hasTopics) {
            v.warning(f.pos(), what + " has no 'topics': say what it is about (a topic of persona.topics or a built-in"
                    + " one), so a question on that topic finds it");
        }
        if (!hasPrompts) {
            v.warning(f.pos(), what + " has no 'prompts': give a few things a trainee would say that it answers,"
                    + " written the way trainees ask ('how is eli doing', 'your son')");
        }
    }

    /**
     * A rule from any beat: a beat transition whose categories are written one by one, since a beat that names one
     * of them keeps its own rules (a group from every beat would take over each beat's own "any good response").
     */
    private Transition anyBeatRule(Node n) {
        Transition t = transition(n);
        if (n instanceof Node.Obj o) {
            o.members().stream().filter(m -> m.key().equals("on")).findFirst().ifPresent(m -> {
                List<Node> items = m.value() instanceof Node.Arr a ? a.items() : List.of(m.value());
                for (Node item : items) {
                    if (item instanceof Node.Str str && Wire.parse(CategoryGroup.class, str.value().strip()).isPresent()) {
                        misusedGroups.add(n.pos());
                        v.problem(item.pos(), "'" + str.value().strip() + "' is a group: a rule from any beat names its"
                                + " categories one by one (a beat that names one of them itself keeps its own rules)");
                    }
                }
            });
        }
        return t;
    }

    private Transition transition(Node n) {
        Fields f = v.fields(n, "rule");
        if (f == null) {
            return null;
        }
        Node on = f.get("on");
        Node words = f.get("words");
        Node when = f.get("when");
        if (on == null && words == null && when == null) {
            v.problem(f.pos(), "rule needs at least one of 'on', 'words' or 'when'");
        }
        Transition t = new Transition(
                on == null ? Set.of() : parts.selectors(on, "on"),
                words == null ? List.of() : parts.phrases(words, "words"),
                when == null ? StateGuard.NONE : Objects.requireNonNullElse(parts.stateGuard(when, "when"), StateGuard.NONE),
                beatRef(f.require("to"), "to"),
                on == null ? Set.of() : named(on));
        f.finish();
        return t;
    }

    /** The categories an 'on' writes by name (a group's members are not named). */
    private static Set<Category> named(Node on) {
        Set<Category> out = EnumSet.noneOf(Category.class);
        List<Node> items = on instanceof Node.Arr a ? a.items() : List.of(on);
        for (Node item : items) {
            if (item instanceof Node.Str str) {
                Wire.parse(Category.class, str.value().strip()).ifPresent(out::add);
            }
        }
        return out;
    }

    /**
     * A rule from any beat that leads to a session's ending would end it from anywhere on a category, and one that
     * applies on no beat (each names its categories itself) is dead text: both are mistakes.
     */
    private void checkAnyBeatRules(Node list, AnyBeatRules anywhere, List<Beat> beats) {
        if (!(list instanceof Node.Arr arr) || arr.items().size() != anywhere.rules().size()) {
            return; // a rule that could not be read is already reported
        }
        Map<String, Beat> byId = Conversation.byId(beats);
        for (int i = 0; i < arr.items().size(); i++) {
            Transition rule = anywhere.rules().get(i);
            Pos pos = arr.items().get(i).pos();
            Beat target = byId.get(rule.to());
            if (misusedGroups.contains(pos)) {
                continue; // the group is the mistake to fix first
            }
            if (target != null && target.isTerminal()) {
                v.problem(pos, "a rule from any beat cannot lead to '" + rule.to() + "', which ends the session;"
                        + " use endings, or a rule on the beats where that ending belongs");
            } else if (!beats.isEmpty() && beats.stream().allMatch(b -> new AnyBeatRules(List.of(rule)).on(b).isEmpty())) {
                v.problem(pos, "this rule from any beat applies on no beat: every beat that can go on names its"
                        + " categories itself or is its target");
            }
        }
    }

    private void checkEndingBeats(Endings endings, List<Beat> beats) {
        if (endings == null) {
            return;
        }
        Map<String, Beat> byId = Conversation.byId(beats);
        expectEnd(byId.get(endings.disengage().beat()), EndKind.DISENGAGED, "endings.disengage.beat");
        expectEnd(byId.get(endings.naturalClose().beat()), EndKind.NATURAL_CLOSE, "endings.natural_close.beat");
    }

    private void expectEnd(Beat beat, EndKind kind, String name) {
        boolean endMisspelt = beat != null && beat.end() == null && endKeyBeats.contains(beat.id());
        if (beat != null && beat.end() != kind && !endMisspelt) {
            v.problem(beatIds.get(beat.id()), "beat '" + beat.id() + "' is " + name + ", so it must have end: '"
                    + Wire.name(kind) + "'" + (beat.end() == null ? "" : ", not '" + Wire.name(beat.end()) + "'"));
        }
    }

    private void checkGraph(List<Beat> beats, Start start, Endings endings, AnyBeatRules anywhere) {
        BeatGraph graph = new BeatGraph(beats, endKeyBeats, anywhere);
        List<String> seeds = Stream.of(start.beat(), endings.disengage().beat(), endings.naturalClose().beat()).toList();
        // With an unknown start or ending beat (already reported) every beat would look unreachable.
        boolean seedsKnown = seeds.stream().allMatch(s -> s != null && beatIds.containsKey(s));
        Set<String> reachable = graph.reachableFrom(seeds.stream().filter(Objects::nonNull).toList());
        Set<String> stuck = graph.withNoWayOut();
        Set<String> canEnd = graph.canEnd();
        if (endKeyBeats.isEmpty()) {
            return; // the ending beats' own problems already say what is missing
        }
        for (Beat b : beats) {
            Pos pos = beatIds.get(b.id());
            if (seedsKnown && !reachable.contains(b.id())) {
                v.problem(pos, "beat '" + b.id() + "' is unreachable: no start, transition, fallback or ending leads to it");
            }
            if (stuck.contains(b.id())) {
                v.problem(pos, "beat '" + b.id() + "' has no way out: every transition and its fallback lead back to it");
            } else if (!endKeyBeats.contains(b.id()) && !canEnd.contains(b.id())) {
                v.problem(pos, "no path from beat '" + b.id() + "' reaches an ending beat");
            }
        }
    }
}
