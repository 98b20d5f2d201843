package org.changetalk.cli;

import org.changetalk.storage.DatabaseUrl;
import org.changetalk.web.ServerConfig;
import org.changetalk.web.WebServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code changetalk serve}: the web app. Also what the jar does when run with no subcommand. */
@Command(name = "serve", description = "Serve the web app (the default when no subcommand is given).")
public final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "${env:CHANGETALK_HOST:-127.0.0.1}",
            description = "Address to listen on (default ${DEFAULT-VALUE}; env CHANGETALK_HOST).")
    String host;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "${env:CHANGETALK_PORT:-7070}",
            description = "Port (default ${DEFAULT-VALUE}; env CHANGETALK_PORT; 0 picks a free one).")
    int port;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "${env:CHANGETALK_DATA:-data}",
            description = "Folder for the SQLite database, created if missing (default ${DEFAULT-VALUE}; env CHANGETALK_DATA).")
    Path data;

    @Option(names = "--scenarios", paramLabel = "DIR", defaultValue = "${env:CHANGETALK_SCENARIOS:-scenarios}",
            description = "Scenario folder, watched for changes (default ${DEFAULT-VALUE}; env CHANGETALK_SCENARIOS).")
    Path scenarios;

    @Option(names = "--web", paramLabel = "DIR", defaultValue = "${env:CHANGETALK_WEB:-web}",
            description = "Front end folder (default ${DEFAULT-VALUE}; env CHANGETALK_WEB).")
    Path web;

    @Option(names = "--db", paramLabel = "URL", defaultValue = "${env:CHANGETALK_DB}",
            description = "Database: a SQLite file (default DATA/changetalk.db) or postgresql://user:password@host:port/name "
                    + "(env CHANGETALK_DB).")
    String db;

    @Option(names = "--sqlite-sync", paramLabel = "normal|full", defaultValue = "${env:CHANGETALK_SQLITE_SYNC:-normal}",
            description = "SQLite commits survive a server crash (normal, the default) or also a power cut (full: an fsync "
                    + "per turn, slower on some disks); env CHANGETALK_SQLITE_SYNC.")
    String sqliteSync;

    @Option(names = "--trusted-proxies", paramLabel = "ADDR[,ADDR…]", defaultValue = "${env:CHANGETALK_TRUSTED_PROXIES:-}",
            description = "Addresses of reverse proxies whose X-Forwarded-For/-Proto/-Host are believed (default none; "
                    + "env CHANGETALK_TRUSTED_PROXIES). Set it behind a TLS proxy for Secure cookies, HSTS and per-address throttling.")
    String trustedProxies;

    @Option(names = "--session-hours", paramLabel = "HOURS", defaultValue = "${env:CHANGETALK_SESSION_HOURS:-336}",
            description = "How long a sign-in lasts, 1–8760 hours (default ${DEFAULT-VALUE}, 14 days; env CHANGETALK_SESSION_HOURS).")
    int sessionHours;

    @Option(names = "--warm-up-turns", paramLabel = "N", defaultValue = "${env:CHANGETALK_WARM_UP_TURNS:-" + WebServer.WARM_UP_TURNS + "}",
            description = "Practice turns played on sessions of the server's own once it is ready, nothing stored, so the first "
                    + "trainees' turns meet compiled code (default ${DEFAULT-VALUE}; 0: none; env CHANGETALK_WARM_UP_TURNS).")
    int warmUpTurns;

    /** Read from the environment only, so it never shows in the process list. */
    private final String adminPassword = System.getenv("CHANGETALK_ADMIN_PASSWORD");

    ServerConfig config() {
        try {
            return checkedConfig();
        } catch (BadOption e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /**
     * The server's configuration from the options, or {@link BadOption} with the message picocli shows. Needs no
     * picocli, so {@link PlainServe} can check a command line read without it.
     */
    ServerConfig checkedConfig() {
        if (port < 0 || port > 65535) {
            throw new BadOption("--port must be 0–65535, not " + port);
        }
        DatabaseUrl url;
        try {
            url = DatabaseUrl.parse(db, data);
        } catch (IllegalArgumentException e) {
            throw new BadOption(e.getMessage());
        }
        org.changetalk.storage.Durability durability = switch (sqliteSync.toLowerCase(java.util.Locale.ROOT)) {
            case "normal" -> org.changetalk.storage.Durability.PROCESS_CRASH;
            case "full" -> org.changetalk.storage.Durability.POWER_LOSS;
            default -> throw new BadOption("--sqlite-sync must be normal or full, not '" + sqliteSync + "'");
        };
        if (sessionHours < 1 || sessionHours > 8760) {
            throw new BadOption("--session-hours must be 1–8760, not " + sessionHours);
        }
        return new ServerConfig(host, port, scenarios, web, url, durability, adminPassword,
                new org.changetalk.web.Security(org.changetalk.web.Security.proxies(trustedProxies),
                        java.time.Duration.ofHours(sessionHours)));
    }

    /** {@link #checkedConfig()} and the warm-up count both good: what {@link PlainServe} asks before serving. */
    boolean valid() {
        try {
            checkedConfig();
        } catch (RuntimeException e) {
            return false; // picocli's path says what is wrong, as it always has
        }
        return warmUpTurns >= 0;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        ServerConfig config = config();
        PrintWriter out = spec.commandLine().getOut();
        createDataFolder(config);
        if (warmUpTurns < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--warm-up-turns must be 0 or more, not " + warmUpTurns);
        }
        return serve(config, out);
    }

    /** Serves with options {@link PlainServe} read and found {@link #valid()}: nothing here is a usage error. */
    int servePlain(PrintWriter out) throws IOException, InterruptedException {
        ServerConfig config = checkedConfig();
        createDataFolder(config);
        return serve(config, out);
    }

    private void createDataFolder(ServerConfig config) throws IOException {
        if (config.database().dialect() == org.changetalk.storage.Dialect.SQLITE && (db == null || db.isBlank())) {
            Files.createDirectories(data);
        }
    }

    private int serve(ServerConfig config, PrintWriter out) throws IOException, InterruptedException {
        WebServer server = WebServer.start(config, out, warmUpTurns);
        out.println("ChangeTalk is serving on http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + server.port()
                + "/ (database: " + config.database().display() + ")");
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "changetalk-shutdown"));
        stopped.await();
        return 0;
    }

    /** A bad option value, with the message the usage error shows. */
    static final class BadOption extends RuntimeException {
        BadOption(String message) {
            super(message, null, false, false);
        }
    }
}
