package org.changetalk.cli;

import org.changetalk.practice.FakeCoder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every command answers -h and --help with its options, and --version; options without a subcommand go to serve. */
class HelpAndVersionTest {
    private static CliRun run(String... args) {
        return CliRun.run(new FakeCoder(), "", args);
    }

    /** Every subcommand of the real command tree, so a new one is covered without editing this test. */
    static Stream<String> subcommands() {
        Console quiet = new Console(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(),
                new PrintWriter(new StringWriter()));
        return Main.commandLine(quiet, new FakeCoder()).getSubcommands().keySet().stream();
    }

    private static List<String> optionNames(String subcommand) {
        Console quiet = new Console(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(),
                new PrintWriter(new StringWriter()));
        CommandLine sub = Main.commandLine(quiet, new FakeCoder()).getSubcommands().get(subcommand);
        List<String> names = new ArrayList<>();
        for (OptionSpec option : sub.getCommandSpec().options()) {
            names.add(option.longestName());
        }
        return names;
    }

    @ParameterizedTest
    @MethodSource("subcommands")
    void everySubcommandAnswersHelpWithItsOptions(String subcommand) {
        for (String help : List.of("--help", "-h")) {
            CliRun r = run(subcommand, help);

            assertThat(r.status()).as(subcommand + " " + help + ": " + r.err()).isZero();
            assertThat(r.err()).isEmpty();
            assertThat(r.out()).contains("Usage: changetalk " + subcommand);
            assertThat(optionNames(subcommand)).contains("--help", "--version");
            for (String option : optionNames(subcommand)) {
                assertThat(r.out()).as(subcommand + " " + help).contains(option);
            }
        }
    }

    @Test
    void serveHelpListsItsOptionsWithTheirVariables() {
        CliRun r = run("serve", "--help");

        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("--port=PORT", "CHANGETALK_PORT", "--db=URL", "--sqlite-sync");
    }

    @Test
    void versionNamesTheBuild() {
        for (String[] args : List.of(new String[] {"--version"}, new String[] {"-V"}, new String[] {"serve", "--version"})) {
            CliRun r = run(args);

            assertThat(r.status()).isZero();
            assertThat(r.out()).containsPattern("^changetalk \\d+\\.\\d+\\.\\d+").doesNotContain("unknown");
        }
    }

    @Test
    void optionsWithoutASubcommandGoToServe() {
        // a bad port is refused by serve before it listens, which shows where the options went
        CliRun badPort = run("--port", "70000");
        CliRun unknown = run("--no-such-option");

        assertThat(badPort.status()).isEqualTo(2);
        assertThat(badPort.err()).contains("--port must be 0–65535, not 70000").contains("Usage: changetalk serve");
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err()).contains("Unknown option: '--no-such-option'").contains("Usage: changetalk serve");
    }

    @Test
    void theTopLevelHelpStaysWithTheTopCommand() {
        CliRun r = run("-h");

        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("Usage: changetalk [-hV] [COMMAND]", "serve", "code", "--port 7391");
    }

    @Test
    void aChosenSubcommandIsTheOnlyOneBuiltAndAnyOtherWordGetsTheWholeTree() {
        Console quiet = new Console(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(),
                new PrintWriter(new StringWriter()));
        List<String> all = List.copyOf(Main.commandLine(quiet, new FakeCoder()).getSubcommands().keySet());

        assertThat(all).startsWith("serve").contains("validate", "code");
        for (String name : all) {
            assertThat(Main.commandLine(quiet, new FakeCoder(), name).getSubcommands().keySet()).containsExactly(name);
        }
        assertThat(Main.commandLine(quiet, new FakeCoder(), "no-such-command").getSubcommands().keySet()).containsExactlyElementsOf(all);
        // a misspelt name is matched against the whole tree
        CliRun misspelt = run("valdate");
        assertThat(misspelt.status()).isEqualTo(2);
        assertThat(misspelt.err()).contains("'valdate'").contains("changetalk validate");
    }

    @Test
    void routingLeavesSubcommandsAlone() {
        assertThat(DefaultCommand.route("--port", "7391")).containsExactly("serve", "--port", "7391");
        assertThat(DefaultCommand.route("code", "--in", "x")).containsExactly("code", "--in", "x");
        assertThat(DefaultCommand.route("--version")).containsExactly("--version");
        assertThat(DefaultCommand.route()).isEmpty();
    }
}
