package org.changetalk.scenario.read;

import org.changetalk.scenario.model.Category;
import org.changetalk.scenario.model.Drill;
import org.changetalk.scenario.model.DrillItem;
import org.changetalk.scenario.model.DrillSkill;
import org.changetalk.scenario.model.Level;
import org.changetalk.scenario.model.Mastery;
import org.changetalk.scenario.model.Phrase;
import org.changetalk.scenario.model.Wire;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads a drill: its skill, what counts as a success, the mastery rule and three levels of statements. */
final class DrillReader {
    static final int MIN_ITEMS_PER_LEVEL = 5;

    private final Values v;
    private final Parts parts;
    private final Map<String, Pos> itemIds = new HashMap<>();

    DrillReader(Values v) {
        this.v = v;
        this.parts = new Parts(v);
    }

    Drill read(Fields top, String id, String title, String summary) {
        String instructions = v.text(top.require("instructions"), "instructions");
        DrillSkill skill = v.choice(top.require("skill"), "skill", DrillSkill.class);
        Set<Category> accept = parts.categories(top.require("accept"), "accept");
        Node wordsNode = top.get("require_any_words");
        List<Phrase> words = wordsNode == null ? List.of() : parts.phrases(wordsNode, "require_any_words");
        Mastery mastery = mastery(top.require("mastery"));
        Map<Level, List<DrillItem>> levels = new EnumMap<>(Level.class);
        Fields lf = v.fields(top.require("levels"), "levels");
        if (lf != null) {
            for (Level level : Level.values()) {
                Node levelNode = lf.require(Wire.name(level));
                List<Node> nodes = v.list(levelNode, Wire.name(level), false);
                if (levelNode != null && levelNode instanceof Node.Arr && nodes.size() < MIN_ITEMS_PER_LEVEL) {
                    v.problem(levelNode.pos(), "level '" + Wire.name(level) + "' has " + nodes.size()
                            + " item(s); a drill level needs at least " + MIN_ITEMS_PER_LEVEL);
                }
                levels.put(level, v.each(levelNode, Wire.name(level), false, n -> item(n, accept, words)));
            }
            lf.finish();
        }
        return new Drill(id, title, summary, instructions, skill, mastery, levels);
    }

    private Mastery mastery(Node n) {
        Fields f = v.fields(n, "mastery");
        if (f == null) {
            return null;
        }
        Integer window = v.integer(f.require("window"), "window", 1, 20);
        Node requiredNode = f.require("required");
        Integer required = v.integer(requiredNode, "required", 1, 20);
        f.finish();
        if (window != null && required != null && required > window) {
            v.problem(requiredNode.pos(), "'required' (" + required + ") cannot exceed 'window' (" + window + ")");
            return null;
        }
        return window == null || required == null ? null : new Mastery(window, required);
    }

    private DrillItem item(Node n, Set<Category> drillAccept, List<Phrase> drillWords) {
        Fields f = v.fields(n, "drill item");
        if (f == null) {
            return null;
        }
        Node idNode = f.require("id");
        String id = v.id(idNode, "id");
        if (id != null) {
            Pos first = itemIds.putIfAbsent(id, idNode.pos());
            if (first != null) {
                v.problem(idNode.pos(), "drill item id '" + id + "' is used twice (first at line " + first.line() + ")");
            }
        }
        Node acceptNode = f.get("accept");
        Set<Category> accept = acceptNode == null ? drillAccept : parts.categories(acceptNode, "accept");
        Node wordsNode = f.get("require_any_words");
        List<Phrase> words = wordsNode == null ? drillWords : parts.phrases(wordsNode, "require_any_words");
        Category defaultSkill = accept.stream().findFirst().orElse(Category.OTHER);
        DrillItem item = new DrillItem(id, v.text(f.require("client"), "client"), v.text(f.get("context"), "context"),
                v.each(f.require("exemplars"), "exemplars", true, e -> parts.exemplar(e, defaultSkill)),
                v.each(f.get("pitfalls"), "pitfalls", false, parts::pitfall),
                accept, words);
        f.finish();
        return item;
    }
}
