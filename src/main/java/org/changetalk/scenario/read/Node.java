package org.changetalk.scenario.read;

import java.util.List;

/**
 * A lenient-JSON value and where it starts. Jackson's own tree forgets positions, and meaning
 * errors ("unknown beat 'x'") must point at the exact line:column, so the loader builds this one.
 */
sealed interface Node {
    Pos pos();

    /** How the value reads in a type error: "'age' must be a whole number, got a string". */
    String describe();

    record Obj(Pos pos, List<Member> members) implements Node {
        public Obj {
            members = List.copyOf(members);
        }

        public String describe() {
            return "an object";
        }
    }

    /** A key, where the key itself is (for "unknown key" errors), and its value. */
    record Member(String key, Pos keyPos, Node value) {}

    record Arr(Pos pos, List<Node> items) implements Node {
        public Arr {
            items = List.copyOf(items);
        }

        public String describe() {
            return "a list";
        }
    }

    record Str(Pos pos, String value) implements Node {
        public String describe() {
            return "a string";
        }
    }

    record Num(Pos pos, double value, boolean integral) implements Node {
        public String describe() {
            return "a number";
        }
    }

    record Bool(Pos pos, boolean value) implements Node {
        public String describe() {
            return "true/false";
        }
    }

    record Null(Pos pos) implements Node {
        public String describe() {
            return "null";
        }
    }
}
