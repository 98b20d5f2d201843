package org.changetalk.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Entry point of the fat jar: {@code changetalk <command>}. */
@Command(name = "changetalk", mixinStandardHelpOptions = true, version = "changetalk 0.1.0",
        description = "Motivational interviewing practice: scenarios, drills and coded feedback.",
        subcommands = {ValidateCommand.class, ScenariosCommand.class, PracticeCommand.class, TestScenariosCommand.class})
public final class Main implements Runnable {
    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).execute(args));
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: choose one of "
                + String.join(", ", spec.subcommands().keySet()));
    }
}
