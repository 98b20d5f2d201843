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

/** Entry point of the fat jar: {@code changetalk <subcommand>}. */
// INHERIT gives every subcommand -h/--help and -V/--version too
@Command(name = "changetalk", mixinStandardHelpOptions = true, versionProvider = Version.class,
        scope = CommandLine.ScopeType.INHERIT,
        description = {"ChangeTalk: motivational interviewing practice with MITI 4.2.1 coding, scenarios and drills.",
                "With no subcommand it serves the web app, and options go to serve: changetalk --port 7391"},
        subcommands = {ServeCommand.class, ValidateCommand.class, ScenariosCommand.class, PracticeCommand.class, TestScenariosCommand.class,
                ExportScenariosCommand.class})
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
        return commandLine(console, coder).execute(DefaultCommand.route(args));
    }

    /** The whole command tree, writing to the console's streams. */
    static CommandLine commandLine(Console console, ConversationCoder coder) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(console.out(), StandardCharsets.UTF_8), true);
        return new CommandLine(new Main())
                .addSubcommand(new CodeCommand(console, coder, new TranscriptReader()))
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setOut(out)
                .setErr(console.err());
    }

    /** With no subcommand: serve the web app with the defaults (see {@code serve --help}). */
    @Override
    public Integer call() {
        return spec.commandLine().getSubcommands().get("serve").execute();
    }
}
