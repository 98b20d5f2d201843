package org.changetalk.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The serve command line read without picocli, when it is nothing but serve's own options with plain values
 * ({@code changetalk}, {@code changetalk --port 7391}, {@code changetalk serve --data d --port=0}): the way a server
 * is started every day. picocli's 170 classes are Java 5 class files, which the class-data archive cannot hold, and
 * reading the command tree's annotations by reflection took about a tenth of a second of the start's critical path
 * (docs/benchmarks.md §22).
 * <p>
 * Anything else is declined and goes to picocli exactly as before: help and version, an option serve does not have,
 * one given twice, a value that is empty or starts with {@code -} or {@code @} (an option, an argument file) or has a
 * quote or a {@code $} in it, a number picocli would not read, a value {@link ServeCommand#valid()} refuses. So the
 * answers to everything but a good command line are picocli's own. The defaults are read as picocli reads
 * {@code ${env:NAME:-fallback}}: a variable that is set, even to nothing, wins over the fallback.
 * {@code PlainServeTest} checks this table against the options picocli sees on {@link ServeCommand}.
 */
final class PlainServe {
    /** One option of serve: its name, the variable of its default, and the default without the variable (or null). */
    record Option(String name, String variable, String fallback) {
    }

    static final List<Option> OPTIONS = List.of(
            new Option("--host", "CHANGETALK_HOST", "127.0.0.1"),
            new Option("--port", "CHANGETALK_PORT", "7070"),
            new Option("--data", "CHANGETALK_DATA", "data"),
            new Option("--scenarios", "CHANGETALK_SCENARIOS", "scenarios"),
            new Option("--web", "CHANGETALK_WEB", "web"),
            new Option("--db", "CHANGETALK_DB", null),
            new Option("--sqlite-sync", "CHANGETALK_SQLITE_SYNC", "normal"),
            new Option("--trusted-proxies", "CHANGETALK_TRUSTED_PROXIES", ""),
            new Option("--session-hours", "CHANGETALK_SESSION_HOURS", "336"),
            new Option("--warm-up-turns", "CHANGETALK_WARM_UP_TURNS", Integer.toString(org.changetalk.web.WebServer.WARM_UP_TURNS)));

    private PlainServe() {
    }

    /**
     * The serve command for these arguments (as {@link DefaultCommand#route} gives them), its options set and
     * checked, or empty when picocli must read them.
     */
    static Optional<ServeCommand> read(String[] routed, UnaryOperator<String> environment) {
        int from;
        if (routed.length == 0) {
            from = 0;
        } else if (routed[0].equals(DefaultCommand.SERVE)) {
            from = 1;
        } else {
            return Optional.empty();
        }
        Map<String, String> given = new HashMap<>();
        for (int i = from; i < routed.length; i++) {
            String arg = routed[i];
            int equals = arg.indexOf('=');
            String name = equals > 0 ? arg.substring(0, equals) : arg;
            String value;
            if (equals > 0) {
                value = arg.substring(equals + 1);
            } else if (i + 1 < routed.length) {
                value = routed[++i];
            } else {
                return Optional.empty();
            }
            if (option(name) == null || given.containsKey(name) || !plain(value)) {
                return Optional.empty();
            }
            given.put(name, value);
        }
        ServeCommand serve = new ServeCommand();
        for (Option option : OPTIONS) {
            String value = given.get(option.name());
            if (value == null) {
                value = environment.apply(option.variable());
                if (value == null) {
                    value = option.fallback();
                } else if (value.indexOf('$') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\'') >= 0) {
                    return Optional.empty();
                }
            }
            if (value != null && !set(serve, option.name(), value)) {
                return Optional.empty();
            }
        }
        return serve.valid() ? Optional.of(serve) : Optional.empty();
    }

    private static Option option(String name) {
        for (Option option : OPTIONS) {
            if (option.name().equals(name)) {
                return option;
            }
        }
        return null;
    }

    /** A value picocli takes as it is, with nothing it might read otherwise. */
    private static boolean plain(String value) {
        return !value.isEmpty() && value.charAt(0) != '-' && value.charAt(0) != '@'
                && value.indexOf('"') < 0 && value.indexOf('\'') < 0 && value.indexOf('$') < 0;
    }

    /** Sets one field as picocli converts it (Integer.valueOf, Paths.get); false when that would fail. */
    private static boolean set(ServeCommand serve, String name, String value) {
        try {
            switch (name) {
                case "--host" -> serve.host = value;
                case "--port" -> serve.port = Integer.parseInt(value);
                case "--data" -> serve.data = Path.of(value);
                case "--scenarios" -> serve.scenarios = Path.of(value);
                case "--web" -> serve.web = Path.of(value);
                case "--db" -> serve.db = value;
                case "--sqlite-sync" -> serve.sqliteSync = value;
                case "--trusted-proxies" -> serve.trustedProxies = value;
                case "--session-hours" -> serve.sessionHours = Integer.parseInt(value);
                case "--warm-up-turns" -> serve.warmUpTurns = Integer.parseInt(value);
                default -> {
                    return false;
                }
            }
            return true;
        } catch (NumberFormatException | InvalidPathException e) {
            return false;
        }
    }
}
