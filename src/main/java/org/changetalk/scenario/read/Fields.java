package org.changetalk.scenario.read;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The keys of one object as a reader asks for them. Every key asked for becomes "known", so
 * {@link #finish} can report the rest as unknown, with the nearest known key as a suggestion —
 * a typo like {@code fallbak} must not be silently ignored.
 */
final class Fields {
    private final Node.Obj obj;
    private final String what;
    private final Problems problems;
    private final Map<String, Node.Member> members = new LinkedHashMap<>();
    private final Set<String> known = new LinkedHashSet<>();

    Fields(Node.Obj obj, String what, Problems problems) {
        this.obj = obj;
        this.what = what;
        this.problems = problems;
        for (Node.Member m : obj.members()) {
            if (members.containsKey(m.key())) {
                problems.at(m.keyPos(), "key '" + m.key() + "' appears twice in this " + what);
            } else {
                members.put(m.key(), m);
            }
        }
    }

    Pos pos() {
        return obj.pos();
    }

    /** An optional key's value, or null. */
    Node get(String key) {
        known.add(key);
        Node.Member m = members.get(key);
        return m == null ? null : m.value();
    }

    /** A required key's value, or null after reporting it missing at the object's opening brace. */
    Node require(String key) {
        Node value = get(key);
        if (value == null) {
            problems.at(obj.pos(), what + " is missing required key '" + key + "'");
        }
        return value;
    }

    boolean has(String key) {
        known.add(key);
        return members.containsKey(key);
    }

    /** Where a key is written, for problems about the key rather than its value. */
    Pos keyPos(String key) {
        Node.Member m = members.get(key);
        return m == null ? obj.pos() : m.keyPos();
    }

    void finish() {
        for (Node.Member m : members.values()) {
            if (!known.contains(m.key())) {
                problems.at(m.keyPos(), "unknown key '" + m.key() + "' in " + what + Suggest.didYouMean(m.key(), known));
            }
        }
    }
}
