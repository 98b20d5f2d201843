package org.changetalk.cli;

import org.changetalk.storage.Dialect;
import org.changetalk.storage.Durability;
import org.changetalk.web.ServerConfig;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.nio.file.Path;

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
}
