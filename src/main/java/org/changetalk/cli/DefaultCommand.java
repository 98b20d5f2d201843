package org.changetalk.cli;

import java.util.Set;

/**
 * Serving is what the jar does with no subcommand, so options given without one are serve's options:
 * {@code changetalk --port 7391} means {@code changetalk serve --port 7391}. The top command's own options
 * (help and version) stay with it.
 */
final class DefaultCommand {
    static final String SERVE = "serve";
    private static final Set<String> TOP_LEVEL_OPTIONS = Set.of("-h", "--help", "-V", "--version");

    private DefaultCommand() {
    }

    static String[] route(String... args) {
        if (args.length == 0 || !args[0].startsWith("-") || TOP_LEVEL_OPTIONS.contains(args[0])) {
            return args;
        }
        String[] routed = new String[args.length + 1];
        routed[0] = SERVE;
        System.arraycopy(args, 0, routed, 1, args.length);
        return routed;
    }
}
