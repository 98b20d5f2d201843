package org.changetalk.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The {@code --scenarios DIR} option the scenario commands share. */
final class ScenariosFolder {
    @Option(names = "--scenarios", paramLabel = "DIR", defaultValue = "scenarios",
            description = "Folder of scenario files (default: ${DEFAULT-VALUE}).")
    Path folder;
}
