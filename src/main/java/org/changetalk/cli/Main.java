package org.changetalk.cli;

import org.changetalk.coding.ConversationCoder;
import org.changetalk.transcript.TranscriptReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Entry point of the fat jar: {@code changetalk <subcommand>}. */
// INHERIT gives every subcommand -h/--help and -V/--version too
@Command(name = "changetalk", mixinStandardHelpOptions = true, versionProvider = Version.class,
        scope = CommandLine.ScopeType.INHERIT,
        description = {"ChangeTalk: motivational interviewing practice with MITI 4.2.1 coding, scenarios and drills.",
                "With no subcommand it serves the web app, and options go to serve: changetalk --port 7391"})
public final class Main implements java.util.concurrent.Callable<Integer> {
    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(Console.system(), args));
    }

    /** Runs a command line against the given streams and returns the exit status. */
    static int run(Console console, String... args) {
        LazyCoder coder = new LazyCoder();
        if (args.length > 1 && args[0].equals("code") && !isHelp(args)) coder.warmInBackground();
        return run(console, coder.conversation(), args);
    }

    private static boolean isHelp(String... args) {
        return java.util.Arrays.stream(args).anyMatch(a -> a.equals("-h") || a.equals("--help") || a.equals("-V") || a.equals("--version"));
    }

    /** The same with another coder, so tests can script the codes. */
    static int run(Console console, ConversationCoder coder, String... args) {
        String[] routed = DefaultCommand.route(args);
        // no arguments at all serves (see call())
        String chosen = routed.length == 0 ? DefaultCommand.SERVE : routed[0];
        if (DefaultCommand.SERVE.equals(chosen)) {
            org.changetalk.web.Prestart.begin(); // on the other core while the command line is read
            java.util.Optional<ServeCommand> plain = PlainServe.read(routed, System::getenv);
            if (plain.isPresent()) {
                return servePlain(console, plain.get());
            }
        }
        return commandLine(console, coder, chosen).execute(routed);
    }

    /**
     * The everyday start, without picocli (see {@link PlainServe}). A start that fails is reported by picocli all the
     * same, as every failed command is: its stack trace on stderr and exit status 1.
     */
    private static int servePlain(Console console, ServeCommand serve) {
        try {
            return serve.servePlain(out(console));
        } catch (Exception failed) {
            if (failed instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return new CommandLine(new Failed(failed)).setOut(out(console)).setErr(console.err()).execute();
        }
    }

    /** A command that fails as the given one did, so picocli reports it as its own (see servePlain). */
    @Command(name = DefaultCommand.SERVE)
    private record Failed(Exception failure) implements java.util.concurrent.Callable<Integer> {
        @Override
        public Integer call() throws Exception {
            throw failure;
        }
    }

    private static PrintWriter out(Console console) {
        return new PrintWriter(new OutputStreamWriter(console.out(), StandardCharsets.UTF_8), true);
    }

    /** The whole command tree, writing to the console's streams. */
    static CommandLine commandLine(Console console, ConversationCoder coder) {
        return commandLine(console, coder, null);
    }

    /**
     * The command tree with only the chosen subcommand when {@code chosen} names one: picocli reads every
     * subcommand's annotations by reflection when it is added (a tenth of a second of CPU for the whole tree,
     * on every start of the server), and only one of them runs. Anything else (help, a name that is not a
     * subcommand, so picocli's answer lists them all) gets the whole tree.
     */
    static CommandLine commandLine(Console console, ConversationCoder coder, String chosen) {
        PrintWriter out = out(console);
        CommandLine line = new CommandLine(new Main());
        Map<String, Supplier<Object>> all = subcommands(console, coder);
        if (all.containsKey(chosen)) {
            line.addSubcommand(chosen, all.get(chosen).get());
        } else {
            all.forEach((name, command) -> line.addSubcommand(name, command.get()));
        }
        return line.setCaseInsensitiveEnumValuesAllowed(true)
                .setOut(out)
                .setErr(console.err());
    }

    /** Every subcommand by name, in the order the help lists them, each built only when asked for. */
    private static Map<String, Supplier<Object>> subcommands(Console console, ConversationCoder coder) {
        Map<String, Supplier<Object>> all = new LinkedHashMap<>();
        all.put(DefaultCommand.SERVE, ServeCommand::new);
        all.put("validate", ValidateCommand::new);
        all.put("scenarios", ScenariosCommand::new);
        all.put("practice", PracticeCommand::new);
        all.put("test-scenarios", TestScenariosCommand::new);
        all.put("export-scenarios", ExportScenariosCommand::new);
        all.put("code", () -> new CodeCommand(console, coder, new TranscriptReader()));
        return all;
    }

    /** With no subcommand: serve the web app with the defaults (see {@code serve --help}). */
    @Override
    public Integer call() {
        return spec.commandLine().getSubcommands().get("serve").execute();
    }
}
