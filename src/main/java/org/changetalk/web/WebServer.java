package org.changetalk.web;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import org.changetalk.refusal.Refusal;
import org.changetalk.account.Accounts;
import org.changetalk.account.AuditLog;
import org.changetalk.account.HashingPool;
import org.changetalk.account.DatabaseThrottleStore;
import org.changetalk.account.LoginThrottle;
import org.changetalk.account.ThrottleStore;
import org.changetalk.account.Passwords;
import org.changetalk.account.Tokens;
import org.changetalk.coding.Coder;
import org.changetalk.practice.DrillService;
import org.changetalk.practice.PracticeService;
import org.changetalk.practice.ResponseCoder;
import org.changetalk.scenario.library.LibraryEvent;
import org.changetalk.scenario.library.LibraryWatcher;
import org.changetalk.scenario.library.ScenarioLibrary;
import org.changetalk.scenario.read.ScenarioLoader;
import org.changetalk.storage.ScenarioReferences;
import org.changetalk.studio.Playtest;
import org.changetalk.studio.StudioCheck;
import org.changetalk.studio.DatabaseStudioStore;
import org.changetalk.studio.ScenarioStore;
import org.changetalk.studio.SharedLibrary;
import org.changetalk.studio.StudioStore;
import org.changetalk.storage.Database;
import org.changetalk.storage.Dialect;
import org.changetalk.storage.DrillRepository;
import org.changetalk.storage.PracticeRepository;
import org.changetalk.storage.CohortRepository;
import org.changetalk.storage.ReviewRepository;
import org.changetalk.account.UserRepository;
import org.changetalk.cohort.CohortService;
import org.changetalk.cohort.DashboardService;
import org.changetalk.practice.SessionScores;
import org.changetalk.cohort.SessionAccess;
import org.changetalk.review.ReviewService;
import org.changetalk.review.TranscriptImport;
import java.util.function.Supplier;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.io.UncheckedIOException;

/**
 * The web app: the JSON API under /api and the front end's static files. Owns the database, the scenario
 * library and its watcher, and the HTTP server; {@link #close()} stops them in reverse order.
 */
public final class WebServer implements AutoCloseable {
    /** Larger bodies are refused with 413 before they are read. */
    public static final int MAX_BODY = 64 * 1024;
    /** Transcript uploads may be larger: up to 256 KiB of text, JSON-escaped. */
    public static final int MAX_UPLOAD_BODY = 300 * 1024;
    private static final String UPLOAD_PATH = "/api/imports";
    /** The studio's routes carry whole scenario files and read their larger bodies themselves too. */
    private static final String STUDIO_PATH = "/api/studio/";
    /** Practice turns the server plays on sessions of its own once it is ready (the serve command's default). */
    public static final int WARM_UP_TURNS = 3000;
    /** The warm-up stops after this long however many turns it played (a busy machine plays fewer). */
    private static final java.time.Duration WARM_UP_AT_MOST = java.time.Duration.ofSeconds(20);
    private static final System.Logger LOG = System.getLogger(WebServer.class.getName());
    private static final Set<String> NO_CSRF = Set.of("/api/auth/login", "/api/auth/signup", "/api/auth/reset");
    private static final String HEALTH = "/api/health";
    private static final String AUTH = "/api/auth/";
    private static final Set<String> ANONYMOUS = Set.of(HEALTH, "/api/auth/login", "/api/auth/signup", "/api/auth/reset",
            "/api/auth/logout");

    private final Database db;
    private final ScenarioLibrary library;
    private final CompletableFuture<LibraryWatcher> watcher;
    /** The library's link to the database on PostgreSQL; null on SQLite (or until the start is done). */
    private final CompletableFuture<SharedLibrary> sharedLibrary;
    private final Javalin app;
    private final HashingPool hashing;
    private final Startup startup;

    private WebServer(Database db, ScenarioLibrary library, CompletableFuture<LibraryWatcher> watcher,
                      CompletableFuture<SharedLibrary> sharedLibrary, Javalin app, HashingPool hashing, Startup startup) {
        this.sharedLibrary = sharedLibrary;
        this.hashing = hashing;
        this.db = db;
        this.library = library;
        this.watcher = watcher;
        this.app = app;
        this.startup = startup;
    }

    /** Opens everything, starts listening and returns once ready; prints the first admin's password when it creates one. */
    public static WebServer start(ServerConfig config, PrintWriter out) throws IOException {
        return start(config, out, 0);
    }

    /**
     * As above, and once the coder is loaded, up to {@code warmUpTurns} practice turns are played on sessions of the
     * server's own ({@link TurnWarmUp}: nothing stored, nothing shown), so the first trainees' turns meet compiled code.
     */
    public static WebServer start(ServerConfig config, PrintWriter out, int warmUpTurns) throws IOException {
        if (warmUpTurns < 0) {
            throw new IllegalArgumentException("warm-up turns must be 0 or more, not " + warmUpTurns);
        }
        Startup startup = new Startup();
        // Serving does not need the coder's lexicon, only a practice turn does: it loads once the server is ready,
        // so it does not take a core from the start-up's own work (on 2 cores that put ~0.3 s on every start),
        // and a turn that comes first waits for it.
        CompletableFuture<ResponseCoder> coder = new CompletableFuture<>();
        // The client hears what a question means (practice Meanings): the model loads on the first question a session
        // or the warm-up asks, never on the start's path, and each scenario's lines are embedded on first use.
        org.changetalk.coding.MiniLmEmbedder meanings = new org.changetalk.coding.MiniLmEmbedder();
        ResponseCoder later = new ResponseCoder() {
            @Override
            public java.util.Optional<org.changetalk.coding.SentenceEmbedder> embedder() {
                return java.util.Optional.of(meanings);
            }

            @Override
            public org.changetalk.coding.CounselorCoding code(java.util.List<org.changetalk.coding.Turn> history,
                                                            org.changetalk.coding.Turn response) {
                return coder.join().code(history, response);
            }

            @Override
            public org.changetalk.coding.Talk clientTalk(String words) {
                return coder.join().clientTalk(words);
            }
        };
        WebServer server = start(config, out, later, Clock.systemUTC(), startup);
        Thread lexicon = new Thread(() -> {
            // off the start's path (the management classes cost a few tens of ms): a serving JVM keeps its heap
            ServerHeap.keepGrown();
            try {
                coder.complete(ResponseCoder.of(new Coder(), meanings));
            } catch (RuntimeException | Error e) {
                LOG.log(System.Logger.Level.ERROR, "the coder's lexicon did not load; practice turns will fail", e);
                coder.completeExceptionally(e);
                return;
            }
            // then each conversation's relevance index (built on first use, not at load), so no trainee's first
            // session waits for one
            server.library().entries().forEach(e -> {
                try {
                    if (e.scenario() instanceof org.changetalk.scenario.model.Conversation c) {
                        c.lines();
                        // and what its texts mean, so the first question in each scenario does not embed them all
                        // (skipped with the warm-up off: tests and the start-up benchmark measure without it)
                        if (warmUpTurns > 0) {
                            org.changetalk.practice.MeaningWarmUp.prime(c, meanings);
                        }
                    }
                } catch (RuntimeException failed) {
                    // the session that opens it will meet the same failure and report it
                    LOG.log(System.Logger.Level.WARNING, "relevance index of " + e.scenario().id() + ": " + failed);
                }
            });
            if (warmUpTurns > 0) {
                // the shipped texts come from the build's vectors (SentenceVectorsBuild): more than none here means
                // texts edited since the build, or a build made with -Dchangetalk.vectors.skip
                LOG.log(System.Logger.Level.INFO, "meanings: " + meanings.computed() + " scenario text(s) embedded at warm-up");
            }
            // then the turn's code, on this same thread, off the start's path: /api/health said "ok" long before
            if (warmUpTurns > 0) {
                TurnWarmUp.play(server.library().entries().stream().map(e -> e.scenario())
                                .filter(org.changetalk.scenario.model.Conversation.class::isInstance)
                                .map(org.changetalk.scenario.model.Conversation.class::cast).toList(),
                        coder.join(), warmUpTurns, WARM_UP_AT_MOST.toNanos());
            }
        }, "changetalk-lexicon");
        lexicon.setDaemon(true);
        lexicon.start();
        return server;
    }

    public static WebServer start(ServerConfig config, PrintWriter out, ResponseCoder coder, Clock clock) throws IOException {
        return start(config, out, coder, clock, new Startup());
    }

    /**
     * Only what answering needs happens before listening: the pool (no connection yet), the services and
     * the HTTP server. The schema check (and on PostgreSQL the link to the shared library) runs beside it (see
     * {@link Startup}); until it is done the API answers 503 "starting" and /api/health says so. Then the server
     * is ready, and what only some requests need is done on threads of its own, those requests waiting for it:
     * the scenario folder (requests that need the library wait for the whole of it, see
     * {@link #readInBackground}) and, on a first start, the first admin (signing in waits for it). This method
     * returns once the admin exists.
     */
    private static WebServer start(ServerConfig config, PrintWriter out, ResponseCoder coder, Clock clock, Startup startup)
            throws IOException {
        JettyCacheLines.tell();
        CompletableFuture<Void> serving = new CompletableFuture<>();
        Database db = Database.connect(config.database(), config.durability());
        Javalin app = null;
        HashingPool hashing = null;
        CompletableFuture<LibraryWatcher> watcher = null;
        CompletableFuture<SharedLibrary> sharedLibrary = null;
        try {
            SecureRandom random = new SecureRandom();
            // On PostgreSQL the instances sharing the database share the library too (imported from the folder
            // on the first start); on SQLite the folder is the library and is watched for edits.
            boolean shared = db.dialect() == Dialect.POSTGRESQL;
            ScenarioLibrary library = new ScenarioLibrary(config.scenarios(), new ScenarioLoader());
            // its readers wait from now on; it is read at once, beside the HTTP server's own start
            watcher = shared ? null : readInBackground(library, config.scenarios());
            hashing = HashingPool.sized();
            ThrottleStore throttleCounts = shared ? new DatabaseThrottleStore(db, clock) : ThrottleStore.inMemory();
            Accounts accounts = new Accounts(db, new Passwords(random, config.security().passwordIterations()),
                    new LoginThrottle(clock, LoginThrottle.Limits.DEFAULT, throttleCounts),
                    hashing, random, clock, config.security().sessionLifetime());
            CompletableFuture<Void> migrated = startup.run(() -> {
                db.migrate();
                accounts.deleteExpiredSignIns();
            });
            // On a first start the admin's password hash is the largest single piece of start-up work (600,000
            // PBKDF2 rounds on a cold JVM, most of a second): it is made once the server is serving, and only the
            // requests that sign in or make accounts wait for it (see create); start() returns after it.
            CompletableFuture<Void> admin = whenServing(serving, "changetalk-admin", () -> {
                boolean chosen = config.adminPassword() != null && !config.adminPassword().isBlank();
                accounts.bootstrapAdmin(config.adminPassword()).ifPresent(password -> {
                    // a password the operator chose is theirs already: printing it would only put it in a log
                    if (chosen) {
                        out.println("Created the first account 'admin' with the password from CHANGETALK_ADMIN_PASSWORD.");
                    } else {
                        out.println("Created the first account. Sign in as 'admin' with the password: " + password);
                        out.println("(shown only this once; set CHANGETALK_ADMIN_PASSWORD to choose it yourself)");
                    }
                    out.flush();
                });
            });
            // the shared library lives in the database, so it waits for the schema; the folder does not
            sharedLibrary = shared ? startup.supply(() -> {
                migrated.join();
                SharedLibrary opened = SharedLibrary.open(db, library, clock);
                logSkipped(library);
                return opened;
            }) : CompletableFuture.completedFuture(null);
            PracticeRepository sessions = new PracticeRepository(db);
            SessionScores scores = new SessionScores(sessions, new ReviewRepository(db));
            PracticeService practice = new PracticeService(library, sessions, scores, coder, accounts, random, clock);
            DrillService drills = new DrillService(library, new DrillRepository(db), coder, clock);
            ClientAddress address = new ClientAddress(config.security().trustedProxies());
            ApiRoutes.Health health = new ApiRoutes.Health() {
                @Override
                // "ok" only once the scenario folder is read too: nearly every trainee request needs it, and a
                // server that makes them wait is not ready (the first admin's hash, which only signing in on a
                // first start waits for, is not part of it)
                public boolean ready() {
                    return startup.isReady() && library.isRead() && db.ping();
                }

                @Override
                public boolean starting() {
                    return !startup.isReady() || !library.isRead();
                }
            };
            ApiRoutes routes = new ApiRoutes(accounts, practice, drills, library, health, address);
            AuditLog audit = new AuditLog(db, random, clock);
            AccountRoutes accountRoutes = new AccountRoutes(accounts, audit, routes, address);
            CohortRoutes cohortRoutes = cohortRoutes(db, accounts, library, scores, random, clock, audit, routes, address);
            ScenarioLoader loader = new ScenarioLoader();
            // on PostgreSQL the studio's store needs the link to the shared library first (several instances
            // behind a balancer; the single-machine SQLite start does not wait for it)
            ScenarioStore store = shared ? new DatabaseStudioStore(db, join(sharedLibrary), clock) : new StudioStore(library, clock);
            StudioRoutes studio = new StudioRoutes(store, new StudioCheck(loader),
                    new Playtest(coder, loader), loader, new ScenarioReferences(db), config.scenarios().resolve("schema.json"));
            whenServing(serving, "changetalk-json", Requests::warmUp);
            app = create(config, routes, accountRoutes, cohortRoutes, studio, accounts, address, startup, admin);
            app.start(config.host(), config.port());
            startup.await();
            serving.complete(null);
            join(admin); // a failed bootstrap fails the start, as before; its password is printed before "serving on"
            if (watcher != null) {
                // whoever started it in-process (tests, tools) gets a server that is ready, as /api/health says;
                // a folder that could not be read is logged and makes its readers fail, not the start
                watcher.handle((w, failed) -> null).join();
            }
            return new WebServer(db, library, watcher, sharedLibrary, app, hashing, startup);
        } catch (RuntimeException | Error e) {
            // a failed start leaves nothing open or listening
            startup.close();
            if (app != null) {
                app.stop();
            }
            if (hashing != null) {
                hashing.close();
            }
            closeStarted(watcher);
            closeStarted(sharedLibrary);
            db.close();
            if (e instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw e;
        }
    }

    /**
     * On SQLite the folder is the library. /api/health says "ok" only once it is read, so its reading is on the way
     * to ready: it starts at once on a thread of its own, beside picocli, the pool and Jetty on the main thread
     * (it used to wait until the server was serving, when "ok" did not wait for it; then the two ran one after
     * the other). Until it is read, every request that needs it waits for the whole of it (see
     * {@link ScenarioLibrary#loadInBackground}), and the rest (sign-in, accounts) answers at once. Then the folder
     * is watched for edits. A start that fails closes the watcher once it is there (see closeStarted).
     */
    private static CompletableFuture<LibraryWatcher> readInBackground(ScenarioLibrary library, java.nio.file.Path folder) {
        // the folder is watched before it is read, so an edit made while it is read (or just after a reader got the
        // library) is not missed: a changed file is read again after the whole reading
        java.util.concurrent.atomic.AtomicReference<LibraryWatcher> watching = new java.util.concurrent.atomic.AtomicReference<>();
        return library.loadInBackground(read -> {
            Thread reading = new Thread(() -> {
                try {
                    watching.set(Files.isDirectory(folder) ? library.watch(WebServer::logChange) : null);
                } catch (IOException e) {
                    // still read: readers are waiting for it; edits then need a restart
                    LOG.log(System.Logger.Level.WARNING, "the scenario folder " + folder + " is not watched for edits: " + e);
                }
                read.run();
            }, "changetalk-library");
            reading.setDaemon(true);
            reading.start();
        }).thenApply(read -> {
            logSkipped(library);
            return watching.get();
        }).whenComplete((w, failed) -> {
            if (failed != null) {
                LOG.log(System.Logger.Level.ERROR, "the scenario library was not read or not watched; requests that need it fail", failed);
            }
        });
    }

    /**
     * Runs a task on a daemon thread of its own once the server is serving: work that answering does not need
     * first, kept off the two cores while the server gets ready. Never runs if the start fails.
     */
    private static CompletableFuture<Void> whenServing(CompletableFuture<Void> serving, String name, Runnable task) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        serving.thenRun(() -> {
            Thread t = new Thread(() -> {
                try {
                    task.run();
                    done.complete(null);
                } catch (RuntimeException | Error e) {
                    done.completeExceptionally(e);
                }
            }, name);
            t.setDaemon(true);
            t.start();
        });
        return done;
    }

    private static void logSkipped(ScenarioLibrary library) {
        library.skipped().forEach((file, problems) ->
                LOG.log(System.Logger.Level.WARNING, "scenario file skipped: " + file + ": " + problems.get(0)));
    }

    /** A start-up task's result, its failure rethrown as itself. */
    private static <T> T join(CompletableFuture<T> task) {
        try {
            return task.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    /** Closes what a start-up task opened, now if it is done, or as soon as it is (a task may outlive the server's start). */
    private static void closeStarted(CompletableFuture<? extends AutoCloseable> task) {
        if (task == null) {
            return;
        }
        task.whenComplete((opened, failed) -> {
            if (opened == null) {
                return;
            }
            try {
                opened.close();
            } catch (Exception e) {
                LOG.log(System.Logger.Level.WARNING, "closing after a failed start: " + e.getMessage());
            }
        });
    }

    private static CohortRoutes cohortRoutes(Database db, Accounts accounts, ScenarioLibrary library, SessionScores scoring,
                                             SecureRandom random, Clock clock, AuditLog audit, ApiRoutes routes,
                                             ClientAddress address) {
        PracticeRepository sessions = new PracticeRepository(db);
        CohortRepository cohortRepo = new CohortRepository(db);
        ReviewRepository reviewRepo = new ReviewRepository(db);
        UserRepository users = new UserRepository(db);
        SessionAccess access = new SessionAccess(accounts, cohortRepo, sessions);
        CohortService cohorts = new CohortService(cohortRepo, users, accounts, sessions, scoring, random, clock, audit);
        DashboardService dashboards = new DashboardService(cohorts, sessions, new DrillRepository(db), scoring, library, clock);
        ReviewService reviews = new ReviewService(access, scoring, sessions, reviewRepo, users, random, clock);
        // the full coder loads its lexicons on the first upload, not at start-up
        Supplier<Coder> coder = new Supplier<>() {
            private volatile Coder loaded;

            @Override
            public Coder get() {
                Coder c = loaded;
                if (c == null) {
                    synchronized (this) {
                        if (loaded == null) {
                            // an uploaded session is coded like the `code` command codes it; the embedding model
                            // loads on the first unsure client turn, never at start-up
                            loaded = new Coder(new org.changetalk.coding.MiniLmEmbedder());
                        }
                        c = loaded;
                    }
                }
                return c;
            }
        };
        TranscriptImport imports = new TranscriptImport(coder, sessions, random, clock);
        Exports exports = new Exports(access, scoring, reviews, cohorts, dashboards, users);
        org.changetalk.review.ContestService contests = new org.changetalk.review.ContestService(access, sessions,
                new org.changetalk.storage.ContestRepository(db), reviews, reviewRepo, users, random, clock);
        return new CohortRoutes(cohorts, reviews, dashboards, imports, exports, contests, routes, address);
    }

    private static Javalin create(ServerConfig config, ApiRoutes routes, AccountRoutes accountRoutes, CohortRoutes cohortRoutes,
                                  StudioRoutes studio,
                                  Accounts accounts, ClientAddress address, Startup startup,
                                  CompletableFuture<Void> admin) {
        CrossSite crossSite = new CrossSite(address);
        return Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            c.jetty.modifyServer(server -> {
                server.setErrorHandler(new JsonErrorHandler());
                // headers on everything; then whole bodies before any app thread is spent (Javalin puts its
                // servlet context inside the innermost wrapper)
                SecurityHeaders headers = new SecurityHeaders(address);
                headers.setHandler(new WholeBodies(MAX_UPLOAD_BODY, config.security().bodyDeadline()));
                server.setHandler(headers);
            });
            c.jetty.modifyServletContextHandler(h -> h.setErrorHandler(new ServletJsonErrorHandler()));
            c.http.maxRequestSize = MAX_BODY; // transcript uploads read their larger body themselves (Requests.upload)
            c.http.prefer405over404 = true;
            if (config.web() != null && Files.isDirectory(config.web())) {
                c.staticFiles.add(config.web().toAbsolutePath().toString(), Location.EXTERNAL);
            } else if (config.web() != null) {
                LOG.log(System.Logger.Level.WARNING, "no front end folder " + config.web() + ": serving the API only");
            }
            c.routes.get(WebJarFiles.PATH, WebJarFiles::serve);
            c.routes.before("/api/*", ctx -> {
                if (!startup.isReady() && !HEALTH.equals(ctx.path())) {
                    throw new ApiError(503, "starting", "The server is starting; try again in a moment.", Map.of("Retry-After", "1"));
                }
                if (ctx.path().startsWith(AUTH) && !admin.isDone()) {
                    join(admin); // signing in and making accounts wait for the first admin (a first start's last step)
                }
            });
            c.routes.before("/api/*", ctx -> authenticate(ctx, accounts, crossSite));
            routes.register(c.routes);
            accountRoutes.register(c.routes);
            cohortRoutes.register(c.routes);
            studio.register(c.routes);
            c.routes.exception(ApiError.class, (e, ctx) -> error(ctx, e));
            c.routes.exception(Refusal.class, (e, ctx) -> error(ctx, ApiError.from(e)));
            c.routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, fromJavalin(e)));
            c.routes.exception(Exception.class, (e, ctx) -> {
                if (Database.unavailable(e)) {
                    // the database is down or restarting: nothing was done, and the client may try again
                    LOG.log(System.Logger.Level.DEBUG, ctx.method() + " " + ctx.path() + ": database unavailable: " + e.getMessage());
                    error(ctx, new ApiError(503, "unavailable", "The database cannot be reached just now; nothing was "
                            + "saved. Try again in a few seconds.", java.util.Map.of("Retry-After", "2")));
                    return;
                }
                LOG.log(System.Logger.Level.ERROR, ctx.method() + " " + ctx.path() + " failed", e);
                error(ctx, new ApiError(500, "internal", "Something went wrong on the server; the request was not completed."));
            });
            c.routes.error(404, ctx -> {
                if (ctx.path().startsWith("/api/") && !ctx.result().startsWith("{")) {
                    error(ctx, ApiError.notFound("No such API route: " + ctx.method() + " " + ctx.path() + "."));
                }
            });
            c.routes.error(405, ctx -> {
                if (ctx.path().startsWith("/api/")) {
                    error(ctx, new ApiError(405, "method_not_allowed", ctx.method() + " is not allowed on " + ctx.path() + "."));
                }
            });
        });
    }

    /**
     * Before every API route: refuses oversized bodies, finds the caller from the cookie, requires sign-in
     * except on the few open routes, and checks the CSRF header on state-changing requests.
     */
    private static void authenticate(Context ctx, Accounts accounts, CrossSite crossSite) {
        ctx.header("Cache-Control", "no-store");
        boolean upload = UPLOAD_PATH.equals(ctx.path()) || ctx.path().startsWith(STUDIO_PATH);
        int limit = upload ? MAX_UPLOAD_BODY : MAX_BODY;
        if (ctx.contentLength() > limit) {
            drain(ctx);
            throw new ApiError(413, "too_large", "The request body is larger than " + limit / 1024 + " KiB.");
        }
        if (isStateChanging(ctx.method())) {
            crossSite.check(ctx);
        }
        Requests.checkContentType(ctx);
        accounts.current(ctx.cookie(ApiRoutes.COOKIE)).ifPresent(s -> ctx.attribute(Caller.ATTRIBUTE, s));
        String path = ctx.path();
        if (ANONYMOUS.contains(path)) {
            if (!isStateChanging(ctx.method()) || NO_CSRF.contains(path) || ctx.attribute(Caller.ATTRIBUTE) == null) {
                return;
            }
        } else {
            Caller.signedIn(ctx); // 401 when not signed in
        }
        if (isStateChanging(ctx.method())) {
            String sent = ctx.header("X-CSRF-Token");
            if (!Tokens.equal(sent, Caller.signedIn(ctx).csrfToken())) {
                throw new ApiError(403, "csrf", "Missing or wrong X-CSRF-Token header; get the token from GET /api/auth/me.");
            }
        }
    }

    /** Bodies up to this size are read and dropped before a 413, so the client is not cut off mid-send. */
    private static final long DRAIN_LIMIT = 4L * 1024 * 1024;

    /**
     * Answering 413 while the client is still sending makes the server close the connection under it, and
     * the client may then see a reset instead of the answer. A moderately oversized body is read and thrown
     * away first; a huge one is not worth the bandwidth, and its sender gets the reset.
     */
    private static void drain(Context ctx) {
        if (ctx.contentLength() > DRAIN_LIMIT) return;
        try {
            ctx.req().getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        } catch (java.io.IOException e) {
            // the client went away; the 413 below is still the answer for anyone listening
        }
    }

    private static boolean isStateChanging(HandlerType method) {
        return method == HandlerType.POST || method == HandlerType.PUT || method == HandlerType.PATCH
                || method == HandlerType.DELETE;
    }

    private static ApiError fromJavalin(HttpResponseException e) {
        return switch (e.getStatus()) {
            case 413 -> new ApiError(413, "too_large", "The request body is larger than " + MAX_BODY / 1024 + " KiB.");
            case 404 -> ApiError.notFound("Not found.");
            case 400 -> ApiError.badRequest(e.getMessage());
            default -> new ApiError(e.getStatus(), "http_" + e.getStatus(), e.getMessage());
        };
    }

    private static void error(Context ctx, ApiError e) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("error", e.error());
        o.put("detail", e.detail());
        e.headers().forEach(ctx::header);
        ApiRoutes.send(ctx, e.status(), o);
    }

    private static void logChange(LibraryEvent event) {
        if (event instanceof LibraryEvent.Rejected r) {
            LOG.log(System.Logger.Level.WARNING, "scenario file skipped after a change: " + r.file() + ": " + r.problems().get(0));
        } else {
            LOG.log(System.Logger.Level.INFO, "scenario library: " + event);
        }
    }

    public int port() {
        return app.port();
    }

    public Database database() {
        return db;
    }

    public ScenarioLibrary library() {
        return library;
    }

    @Override
    public void close() {
        startup.close();
        app.stop();
        hashing.close();
        closeStarted(watcher);
        closeStarted(sharedLibrary);
        db.close();
    }
}
