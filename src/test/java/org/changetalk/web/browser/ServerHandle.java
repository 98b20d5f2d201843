package org.changetalk.web.browser;

import org.changetalk.storage.DatabaseUrl;
import org.changetalk.storage.Durability;
import org.changetalk.web.Security;
import org.changetalk.web.ServerConfig;
import org.changetalk.web.SharedCoder;
import org.changetalk.web.WebServer;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;

/** The real server, started in-process: the browser tests' only tie to the backend's Java API. */
final class ServerHandle implements AutoCloseable {
    private final WebServer server;

    private ServerHandle(WebServer server) {
        this.server = server;
    }

    /**
     * Passwords are hashed at a test cost, as the API tests' server does (AuthTest checks production's): the
     * browser tests make and sign in about fifty accounts, and 600,000 rounds each cost them most of 20 s.
     */
    static final int TEST_ITERATIONS = 1_000;

    static ServerHandle start(Path data, Path scenarios, Path web, String adminPassword) throws IOException {
        ServerConfig config = new ServerConfig("127.0.0.1", 0, scenarios, web,
                DatabaseUrl.sqlite(data.resolve("changetalk.db")), Durability.PROCESS_CRASH, adminPassword,
                Security.DEFAULTS.withPasswordIterations(TEST_ITERATIONS));
        // the JVM's one coder and embedder (SharedCoder), not a fresh load per test class
        return new ServerHandle(WebServer.start(config, new PrintWriter(new StringWriter()), SharedCoder.coder(), Clock.systemUTC()));
    }

    int port() {
        return server.port();
    }

    @Override
    public void close() {
        server.close();
    }
}
