package org.changetalk.cli;

import org.changetalk.coding.Coder;
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
@Command(name = "changetalk", mixinStandardHelpOptions = true, version = "changetalk 0.1.0",
        description = "ChangeTalk: motivational interviewing practice with MITI 4.2.1 coding, scenarios and drills.",
        subcommands = {ServeCommand.class, ValidateCommand.class, ScenariosCommand.class, PracticeCommand.class, TestScenariosCommand.class})
public final class Main implements java.util.concurrent.Callable<Integer> {
    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(Console.system(), args));
    }

    /** Runs a command line against the given streams and returns the exit status. */
    static int run(Console console, String... args) {
        return run(console, new Coder()::code, args);
    }

    /** The same with another coder, so tests can script the codes. */
    static int run(Console console, ConversationCoder coder, String... args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(console.out(), StandardCharsets.UTF_8), true);
        CommandLine cli = new CommandLine(new Main())
                .addSubcommand(new CodeCommand(console, coder, new TranscriptReader()))
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setOut(out)
                .setErr(console.err());
        return cli.execute(args);
    }

    /** With no subcommand: serve the web app with the defaults (see {@code serve --help}). */
    @Override
    public Integer call() {
        return spec.commandLine().getSubcommands().get("serve").execute();
    }
}
