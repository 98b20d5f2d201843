package org.changetalk.scenario.read;

import org.changetalk.coding.FlagKind;
import org.changetalk.scenario.model.Category;
import org.changetalk.scenario.model.CategoryGroup;
import org.changetalk.scenario.model.DeltaPatch;
import org.changetalk.scenario.model.Exemplar;
import org.changetalk.scenario.model.Measure;
import org.changetalk.scenario.model.Numbers;
import org.changetalk.scenario.model.Phrase;
import org.changetalk.scenario.model.Pitfall;
import org.changetalk.scenario.model.PitfallKind;
import org.changetalk.scenario.model.Range;
import org.changetalk.scenario.model.StateGuard;
import org.changetalk.scenario.model.Wire;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** Readers for the pieces conversations, drills and test plans share: deltas, ranges, guards, categories, exemplars. */
final class Parts {
    private final Values v;

    Parts(Values v) {
        this.v = v;
    }

    /** {@code { engagement?, discord?, importance?, confidence? }}, each −10..10. */
    DeltaPatch deltaPatch(Node n, String name) {
        Fields f = v.fields(n, name);
        if (f == null) {
            return null;
        }
        DeltaPatch patch = new DeltaPatch(
                v.number(f.get("engagement"), "engagement", -10, 10),
                v.number(f.get("discord"), "discord", -10, 10),
                v.number(f.get("importance"), "importance", -10, 10),
                v.number(f.get("confidence"), "confidence", -10, 10));
        f.finish();
        return patch;
    }

    /** A map keyed by single categories (groups are refused: a delta row belongs to one category). */
    Map<Category, DeltaPatch> categoryDeltas(Node n, String name) {
        Map<Category, DeltaPatch> out = new EnumMap<>(Category.class);
        Node.Obj obj = v.object(n, name);
        if (obj == null) {
            return out;
        }
        Set<String> seen = new HashSet<>();
        for (Node.Member m : obj.members()) {
            if (!seen.add(m.key())) {
                v.problem(m.keyPos(), "key '" + m.key() + "' appears twice in " + name);
                continue;
            }
            Optional<Category> c = Wire.parse(Category.class, m.key());
            if (c.isEmpty()) {
                v.problem(m.keyPos(), unknownCategory(m.key(), true));
                continue;
            }
            DeltaPatch p = deltaPatch(m.value(), Wire.name(c.get()));
            if (p != null) {
                out.put(c.get(), p);
            }
        }
        return out;
    }

    Map<FlagKind, DeltaPatch> flagDeltas(Node n, String name) {
        Map<FlagKind, DeltaPatch> out = new EnumMap<>(FlagKind.class);
        Node.Obj obj = v.object(n, name);
        if (obj == null) {
            return out;
        }
        for (Node.Member m : obj.members()) {
            Optional<FlagKind> flag = Wire.parse(FlagKind.class, m.key());
            if (flag.isEmpty()) {
                v.problem(m.keyPos(), "unknown flag '" + m.key() + "'" + Suggest.didYouMean(m.key(), Wire.names(FlagKind.class))
                        + "; expected one of: " + String.join(", ", Wire.names(FlagKind.class)));
            } else if (out.containsKey(flag.get())) {
                v.problem(m.keyPos(), "key '" + m.key() + "' appears twice in " + name);
            } else {
                DeltaPatch p = deltaPatch(m.value(), m.key());
                if (p != null) {
                    out.put(flag.get(), p);
                }
            }
        }
        return out;
    }

    /** {@code { min?, max? }} on a 0–10 scale, at least one bound, min ≤ max. */
    Range range(Node n, String name, double lowest, double highest) {
        Fields f = v.fields(n, name);
        if (f == null) {
            return null;
        }
        Double min = v.number(f.get("min"), "min", lowest, highest);
        Double max = v.number(f.get("max"), "max", lowest, highest);
        boolean bounded = f.has("min") || f.has("max");
        f.finish();
        if (!bounded) {
            v.problem(n.pos(), "'" + name + "' needs 'min', 'max' or both");
            return null;
        }
        if (min != null && max != null && min > max) {
            v.problem(n.pos(), "'" + name + "' has min " + Numbers.format(min) + " above max " + Numbers.format(max));
            return null;
        }
        return new Range(min == null ? Double.NEGATIVE_INFINITY : min, max == null ? Double.POSITIVE_INFINITY : max);
    }

    /** The measures of a guard read from already-opened fields (test plans add 'stage' beside them). */
    StateGuard guardFrom(Fields f) {
        Map<Measure, Range> ranges = new EnumMap<>(Measure.class);
        for (Measure m : Measure.values()) {
            Range r = range(f.get(Wire.name(m)), Wire.name(m), 0, 10);
            if (r != null) {
                ranges.put(m, r);
            }
        }
        return new StateGuard(ranges);
    }

    StateGuard stateGuard(Node n, String name) {
        Fields f = v.fields(n, name);
        if (f == null) {
            return null;
        }
        StateGuard guard = guardFrom(f);
        boolean empty = Stream.of(Measure.values()).noneMatch(m -> f.has(Wire.name(m)));
        f.finish();
        if (empty) {
            v.problem(n.pos(), "'" + name + "' must name at least one of: " + String.join(", ", Wire.names(Measure.class)));
        }
        return guard;
    }

    /** A category or group name, or a list of them, as the categories they stand for. */
    Set<Category> selectors(Node n, String name) {
        Set<Category> out = EnumSet.noneOf(Category.class);
        List<Node> items = n instanceof Node.Arr ? v.list(n, name, true) : List.of(n);
        for (Node item : items) {
            String s = v.text(item, name);
            if (s == null) {
                continue;
            }
            Optional<Category> c = Wire.parse(Category.class, s);
            Optional<CategoryGroup> g = Wire.parse(CategoryGroup.class, s);
            if (c.isPresent()) {
                out.add(c.get());
            } else if (g.isPresent()) {
                out.addAll(g.get().members());
            } else {
                v.problem(item.pos(), unknownCategory(s, false));
            }
        }
        return out;
    }

    /** Single categories only: for drill 'accept', exemplar 'skill', pitfall 'category'. */
    Category category(Node n, String name) {
        String s = v.text(n, name);
        if (s == null) {
            return null;
        }
        Optional<Category> c = Wire.parse(Category.class, s);
        if (c.isEmpty()) {
            v.problem(n.pos(), unknownCategory(s, true));
            return null;
        }
        return c.get();
    }

    Set<Category> categories(Node n, String name) {
        Set<Category> out = EnumSet.noneOf(Category.class);
        out.addAll(v.each(n, name, true, item -> category(item, name)));
        return out;
    }

    Exemplar exemplar(Node n, Category defaultSkill) {
        Fields f = v.fields(n, "exemplar");
        if (f == null) {
            return null;
        }
        Category skill = defaultSkill == null
                ? category(f.require("skill"), "skill")
                : Optional.ofNullable(category(f.get("skill"), "skill")).orElse(defaultSkill);
        Exemplar e = new Exemplar(skill, v.text(f.require("text"), "text"), v.text(f.require("why"), "why"));
        f.finish();
        return e;
    }

    Pitfall pitfall(Node n) {
        Fields f = v.fields(n, "pitfall");
        if (f == null) {
            return null;
        }
        Pitfall p = new Pitfall(v.choice(f.require("kind"), "pitfall kind", PitfallKind.class),
                v.text(f.require("text"), "text"), v.text(f.require("why"), "why"),
                category(f.get("category"), "category"));
        f.finish();
        return p;
    }

    List<Phrase> phrases(Node n, String name) {
        return v.each(n, name, true, item -> v.phrase(item, name));
    }

    private static String unknownCategory(String s, boolean singleOnly) {
        if (singleOnly && Wire.parse(CategoryGroup.class, s).isPresent()) {
            return "'" + s + "' is a group; only single categories are allowed here";
        }
        List<String> names = new ArrayList<>(Wire.names(Category.class));
        if (!singleOnly) {
            names.addAll(Wire.names(CategoryGroup.class));
        }
        return "unknown category '" + s + "'" + Suggest.didYouMean(s, names) + "; expected one of: " + String.join(", ", names);
    }
}
