package org.changetalk.cli;

import org.changetalk.storage.Dialect;
import org.changetalk.storage.Durability;
import org.changetalk.web.ServerConfig;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Model.OptionSpec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The serve options become the server's configuration; bad values are usage errors that say which option. */
class ServeCommandTest {
    private static ServerConfig parse(String... args) {
        ServeCommand serve = new ServeCommand();
        new CommandLine(serve).parseArgs(args);
        return serve.config();
    }

    @Test
    void optionsOverrideTheDefaults() {
        ServerConfig c = parse("--host", "0.0.0.0", "--port", "8080", "--data", "/srv/d", "--scenarios", "/srv/s",
                "--web", "/srv/w", "--sqlite-sync", "full");
        assertThat(c.host()).isEqualTo("0.0.0.0");
        assertThat(c.port()).isEqualTo(8080);
        assertThat(c.scenarios()).isEqualTo(Path.of("/srv/s"));
        assertThat(c.web()).isEqualTo(Path.of("/srv/w"));
        assertThat(c.database().jdbcUrl()).isEqualTo("jdbc:sqlite:/srv/d/changetalk.db");
        assertThat(c.durability()).isEqualTo(Durability.POWER_LOSS);
    }

    @Test
    void theDefaultsWithoutEnvironment() {
        // the CI and developer environments do not set CHANGETALK_* for the test JVM
        ServerConfig c = parse();
        assertThat(c.host()).isEqualTo("127.0.0.1");
        assertThat(c.port()).isEqualTo(7070);
        assertThat(c.database().dialect()).isEqualTo(Dialect.SQLITE);
        assertThat(c.database().jdbcUrl()).endsWith("/data/changetalk.db");
        assertThat(c.durability()).isEqualTo(Durability.PROCESS_CRASH);
        assertThat(c.security().trustedProxies()).isEmpty();
        assertThat(c.security().sessionLifetime()).isEqualTo(java.time.Duration.ofDays(14));
    }

    @Test
    void trustedProxiesAndTheSessionLifetimeAreConfigured() {
        ServerConfig c = parse("--trusted-proxies", "10.0.0.2, 10.0.0.3", "--session-hours", "8");
        assertThat(c.security().trustedProxies()).containsExactlyInAnyOrder("10.0.0.2", "10.0.0.3");
        assertThat(c.security().sessionLifetime()).isEqualTo(java.time.Duration.ofHours(8));
    }

    @Test
    void aPostgresqlUrlSelectsPostgresql() {
        ServerConfig c = parse("--db", "postgresql://ct:secret@127.0.0.1:5432/changetalk");
        assertThat(c.database().dialect()).isEqualTo(Dialect.POSTGRESQL);
        assertThat(c.database().user()).isEqualTo("ct");
    }

    @Test
    void badValuesNameTheOption() {
        assertThatThrownBy(() -> parse("--db", "mysql://x/y")).hasMessageContaining("--db");
        assertThatThrownBy(() -> parse("--sqlite-sync", "sometimes")).hasMessageContaining("--sqlite-sync");
        assertThatThrownBy(() -> parse("--port", "70000")).hasMessageContaining("--port");
        assertThatThrownBy(() -> parse("--session-hours", "0")).hasMessageContaining("--session-hours");
    }

    // PlainServe: the everyday serve command line read without picocli, anything else left to picocli

    /** What a serve command line configures, to compare the two readings. */
    private static String configured(ServeCommand serve) {
        ServerConfig c = serve.checkedConfig();
        return String.join(" | ", c.host(), Integer.toString(c.port()), c.scenarios().toString(), String.valueOf(c.web()),
                c.database().jdbcUrl(), c.durability().toString(), c.security().trustedProxies().toString(),
                c.security().sessionLifetime().toString(), Integer.toString(serve.warmUpTurns));
    }

    private static Optional<ServeCommand> plain(Map<String, String> environment, String... args) {
        return PlainServe.read(DefaultCommand.route(args), environment::get);
    }

    @Test
    void thePlainReadingKnowsEveryOptionOfServeWithItsDefault() {
        List<String> picocli = new ArrayList<>();
        for (OptionSpec option : new CommandLine(new ServeCommand()).getCommandSpec().options()) {
            // the annotation's own default, before picocli reads the variable in it
            CommandLine.Option annotation = ((java.lang.reflect.Field) option.userObject()).getAnnotation(CommandLine.Option.class);
            picocli.add(option.longestName() + " " + annotation.defaultValue());
        }
        List<String> plain = PlainServe.OPTIONS.stream().map(o -> o.name() + " ${env:" + o.variable()
                + (o.fallback() == null ? "" : ":-" + o.fallback()) + "}").toList();

        assertThat(plain).containsExactlyInAnyOrderElementsOf(picocli);
    }

    @Test
    void aPlainCommandLineIsReadAsPicocliReadsIt() {
        // the CI and developer environments do not set CHANGETALK_* for the test JVM, so both read the same defaults
        Map<String, String> none = Map.of();
        for (String[] args : List.of(new String[] {}, new String[] {"serve"}, new String[] {"--port", "7391"},
                new String[] {"serve", "--host", "0.0.0.0", "--port=8080", "--data", "/srv/d", "--scenarios", "/srv/s",
                        "--web", "/srv/w", "--sqlite-sync", "FULL", "--trusted-proxies", "10.0.0.2, 10.0.0.3",
                        "--session-hours", "8", "--warm-up-turns", "0"},
                new String[] {"--db", "postgresql://ct:secret@127.0.0.1:5432/changetalk", "--port", "+0070"},
                new String[] {"--db=jdbc:sqlite:/tmp/x.db", "--warm-up-turns=12"})) {
            Optional<ServeCommand> read = plain(none, args);
            String[] routed = DefaultCommand.route(args);
            ServeCommand byPicocli = new ServeCommand();
            new CommandLine(byPicocli).parseArgs(routed.length > 0 ? java.util.Arrays.copyOfRange(routed, 1, routed.length) : routed);

            assertThat(read).as(String.join(" ", args)).isPresent();
            assertThat(configured(read.get())).as(String.join(" ", args)).isEqualTo(configured(byPicocli));
        }
    }

    @Test
    void anythingButAPlainCommandLineIsLeftToPicocli() {
        Map<String, String> none = Map.of();
        for (String[] args : List.of(new String[] {"--help"}, new String[] {"serve", "-h"}, new String[] {"serve", "--version"},
                new String[] {"-V"}, new String[] {"validate", "x"}, new String[] {"--no-such-option", "1"},
                new String[] {"--port", "1", "--port", "2"}, new String[] {"--port"}, new String[] {"--port="},
                new String[] {"--port", "0x10"}, new String[] {"--port", "-1"}, new String[] {"--port", "70000"},
                new String[] {"--data", "@args.txt"}, new String[] {"--host", "\"quoted\""}, new String[] {"--web", "${sys:user.home}"},
                new String[] {"serve", "extra"}, new String[] {"serve", "--", "--port", "1"}, new String[] {"--sqlite-sync", "sometimes"},
                new String[] {"--session-hours", "0"}, new String[] {"--warm-up-turns", "-1"}, new String[] {"--db", "mysql://x/y"},
                new String[] {"--port", "1", "7"})) {
            assertThat(plain(none, args)).as(String.join(" ", args)).isEmpty();
        }
    }

    @Test
    void aVariableThatIsSetWinsOverTheDefaultEvenWhenEmptyAsInPicocli() {
        assertThat(plain(Map.of("CHANGETALK_PORT", "0", "CHANGETALK_HOST", "")).map(s -> s.checkedConfig().port())).contains(0);
        assertThat(plain(Map.of("CHANGETALK_HOST", "")).map(s -> s.host)).contains("");
        assertThat(plain(Map.of("CHANGETALK_PORT", "9", "CHANGETALK_DATA", "elsewhere"), "--port", "10")
                .map(ServeCommandTest::configured)).hasValueSatisfying(c -> assertThat(c).contains("| 10 |", "elsewhere/changetalk.db"));
        // a value picocli would refuse is left to picocli, which says so
        assertThat(plain(Map.of("CHANGETALK_SESSION_HOURS", ""))).isEmpty();
        assertThat(plain(Map.of("CHANGETALK_PORT", "seventy"))).isEmpty();
        assertThat(plain(Map.of("CHANGETALK_WEB", "${env:HOME}"))).isEmpty();
    }

    @Test
    void aPlainStartThatFailsIsReportedByPicocliAsBefore(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        // a data "folder" that is a file: the start fails before anything opens
        Path file = java.nio.file.Files.writeString(dir.resolve("not-a-folder"), "x");
        StringWriter err = new StringWriter();
        Console console = new Console(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(), new PrintWriter(err, true));
        String[] args = {"--port", "0", "--data", file.toString(), "--warm-up-turns", "0"};
        assertThat(plain(Map.of(), args)).isPresent();

        int status = Main.run(console, new org.changetalk.practice.FakeCoder(), args);

        assertThat(status).isEqualTo(1);
        assertThat(err.toString()).startsWith("java.nio.file.FileAlreadyExistsException: " + file + "\n\tat ");
    }
}
