package org.changetalk.web;

import org.changetalk.storage.DatabaseUrl;
import org.changetalk.storage.Dialect;
import org.changetalk.storage.TestDatabases;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.stream.Stream;

/** A real server on 127.0.0.1 and a free port, over a copy of the bundled scenarios and its own database. */
final class TestServer implements AutoCloseable {
    static final String ADMIN_PASSWORD = "admin-password-1";

    final Path scenarios;
    final DatabaseUrl database;
    final WebServer server;
    final String startOutput;

    /** API tests sign in hundreds of times: new passwords are hashed at a test cost (AuthTest checks production's). */
    static final int TEST_ITERATIONS = 1_000;

    private TestServer(Path scenarios, DatabaseUrl database) {
        this(scenarios, database, Security.DEFAULTS.withPasswordIterations(TEST_ITERATIONS));
    }

    /** As production hashes passwords (600,000 iterations): for the test that checks it. */
    static TestServer withProductionPasswords(Path dir) {
        Path sub = dir.resolve("production-passwords");
        return new TestServer(copyScenarios(sub), TestDatabases.fresh(Dialect.SQLITE, sub), Security.DEFAULTS);
    }

    /** With exactly these security settings (the password cost included). */
    private TestServer(Path scenarios, DatabaseUrl database, Security security) {
        this.scenarios = scenarios;
        this.database = database;
        StringWriter out = new StringWriter();
        try {
            // the JVM's one coder and embedder (SharedCoder), not a fresh load per server
            this.server = WebServer.start(new ServerConfig("127.0.0.1", 0, scenarios, null, database,
                    org.changetalk.storage.Durability.PROCESS_CRASH, ADMIN_PASSWORD, security),
                    new PrintWriter(out, true), SharedCoder.coder(), Clock.systemUTC());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.startOutput = out.toString();
    }

    static TestServer start(Path dir) {
        return start(dir, Dialect.SQLITE);
    }

    /** Behind a reverse proxy on 127.0.0.1 that this server is told to trust, or with other security settings. */
    static TestServer start(Path dir, Security security) {
        return new TestServer(copyScenarios(dir), TestDatabases.fresh(Dialect.SQLITE, dir),
                security.withPasswordIterations(TEST_ITERATIONS));
    }

    static TestServer start(Path dir, Dialect dialect) {
        return new TestServer(copyScenarios(dir), TestDatabases.fresh(dialect, dir));
    }

    /** Over a copy of the bundled scenarios and a database made by the caller (e.g. behind a test proxy). */
    static TestServer on(Path dir, DatabaseUrl database) {
        return new TestServer(copyScenarios(dir), database);
    }

    /** A second instance beside this one, on the same scenarios and database (as behind a load balancer). */
    static TestServer beside(TestServer other) {
        return new TestServer(other.scenarios, other.database);
    }

    /** Another server over the same scenarios and database, as after a restart. */
    static TestServer restart(TestServer old) {
        old.close();
        return new TestServer(old.scenarios, old.database);
    }

    ApiClient client() {
        return new ApiClient("http://127.0.0.1:" + server.port());
    }

    ApiClient admin() {
        ApiClient c = client();
        c.login("admin", ADMIN_PASSWORD).expect(200);
        return c;
    }

    private static Path copyScenarios(Path dir) {
        try {
            Path to = Files.createDirectories(dir.resolve("scenarios"));
            try (Stream<Path> files = Files.list(Path.of("scenarios"))) {
                for (Path f : files.toList()) {
                    Files.copy(f, to.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
