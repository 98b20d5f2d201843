package org.changetalk.scenario.read;

import org.changetalk.scenario.model.Numbers;
import org.changetalk.scenario.model.Phrase;
import org.changetalk.scenario.model.Wire;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Turns tree values into typed values, reporting a problem (and returning null) instead of
 * throwing, so one wrong value never hides the next one. A null node means "absent": the
 * missing key was already reported, or the key is optional.
 */
final class Values {
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final Problems problems;

    Values(Problems problems) {
        this.problems = problems;
    }

    Problems problems() {
        return problems;
    }

    void problem(Pos pos, String message) {
        problems.at(pos, message);
    }

    /** Something the file lacks that does not stop it loading (see {@link Problems}). */
    void warning(Pos pos, String message) {
        problems.warnAt(pos, message);
    }

    Node.Obj object(Node n, String name) {
        if (n == null) {
            return null;
        }
        if (n instanceof Node.Obj o) {
            return o;
        }
        return wrongType(n, name, "an object { ... }");
    }

    Fields fields(Node n, String name) {
        Node.Obj o = object(n, name);
        return o == null ? null : new Fields(o, name, problems);
    }

    /** A list's items, or an empty list when absent or not a list. */
    List<Node> list(Node n, String name, boolean nonEmpty) {
        if (n == null) {
            return List.of();
        }
        if (!(n instanceof Node.Arr a)) {
            wrongType(n, name, "a list [ ... ]");
            return List.of();
        }
        if (nonEmpty && a.items().isEmpty()) {
            problem(n.pos(), "'" + name + "' must not be empty");
        }
        return a.items();
    }

    <T> List<T> each(Node n, String name, boolean nonEmpty, Function<Node, T> read) {
        List<T> out = new ArrayList<>();
        for (Node item : list(n, name, nonEmpty)) {
            T value = read.apply(item);
            if (value != null) {
                out.add(value);
            }
        }
        return out;
    }

    String text(Node n, String name) {
        if (n == null) {
            return null;
        }
        if (!(n instanceof Node.Str s)) {
            return wrongType(n, name, "a string");
        }
        if (s.value().isBlank()) {
            problem(n.pos(), "'" + name + "' must not be empty");
            return null;
        }
        return s.value().strip();
    }

    List<String> texts(Node n, String name, boolean nonEmpty) {
        return each(n, name, nonEmpty, item -> text(item, name));
    }

    String id(Node n, String name) {
        String s = text(n, name);
        if (s != null && !ID.matcher(s).matches()) {
            problem(n.pos(), "'" + name + "' must be lower-case words joined by '-', like 'drive-home', got '" + s + "'");
            return null;
        }
        return s;
    }

    Double number(Node n, String name, double min, double max) {
        if (n == null) {
            return null;
        }
        if (!(n instanceof Node.Num num)) {
            return wrongType(n, name, "a number");
        }
        if (num.value() < min || num.value() > max) {
            problem(n.pos(), "'" + name + "' must be between " + Numbers.format(min) + " and " + Numbers.format(max)
                    + ", got " + Numbers.format(num.value()));
            return null;
        }
        return num.value();
    }

    Double score(Node n, String name) {
        return number(n, name, 0, 10);
    }

    Integer integer(Node n, String name, int min, int max) {
        if (n == null) {
            return null;
        }
        if (!(n instanceof Node.Num num)) {
            return wrongType(n, name, "a whole number");
        }
        if (num.value() != Math.rint(num.value())) {
            problem(n.pos(), "'" + name + "' must be a whole number, got " + Numbers.format(num.value()));
            return null;
        }
        if (num.value() < min || num.value() > max) {
            problem(n.pos(), "'" + name + "' must be between " + min + " and " + max + ", got " + Numbers.format(num.value()));
            return null;
        }
        return (int) num.value();
    }

    Long wholeNumber(Node n, String name) {
        if (n == null) {
            return null;
        }
        if (!(n instanceof Node.Num num)) {
            return wrongType(n, name, "a whole number");
        }
        if (num.value() != Math.rint(num.value()) || Math.abs(num.value()) > 9.0e15) {
            problem(n.pos(), "'" + name + "' must be a whole number below 9e15, got " + Numbers.format(num.value()));
            return null;
        }
        return (long) num.value();
    }

    Boolean bool(Node n, String name) {
        if (n == null) {
            return null;
        }
        if (n instanceof Node.Bool b) {
            return b.value();
        }
        return wrongType(n, name, "true or false");
    }

    <E extends Enum<E>> E choice(Node n, String name, Class<E> type) {
        String s = text(n, name);
        if (s == null) {
            return null;
        }
        Optional<E> value = Wire.parse(type, s);
        if (value.isEmpty()) {
            List<String> names = Wire.names(type);
            problem(n.pos(), "unknown " + name + " '" + s + "'" + Suggest.didYouMean(s, names)
                    + "; expected one of: " + String.join(", ", names));
            return null;
        }
        return value.get();
    }

    Phrase phrase(Node n, String name) {
        String s = text(n, name);
        if (s == null) {
            return null;
        }
        Optional<Phrase> p = Phrase.parse(s);
        if (p.isEmpty()) {
            problem(n.pos(), "'" + name + "' entry '" + s
                    + "' must be words separated by spaces, each optionally ending in '*'");
            return null;
        }
        return p.get();
    }

    private <T> T wrongType(Node n, String name, String expected) {
        problem(n.pos(), "'" + name + "' must be " + expected + ", got " + n.describe());
        return null;
    }
}
