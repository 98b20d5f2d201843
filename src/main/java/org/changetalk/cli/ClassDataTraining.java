package org.changetalk.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Makes the jar's application class-data archive at build time ({@code mvn package} runs it, see pom.xml): the
 * server run once as the README runs it, on a temporary data folder and a free port, with
 * {@code -XX:ArchiveClassesAtExit}; it answers health, the front page, a sign-in and one practice turn, and is then
 * stopped, which writes the archive. {@code java -XX:SharedArchiveFile=target/changetalk.jsa -jar
 * target/changetalk.jar} then maps those ~3,000 classes (and the lambdas they spin) already parsed and verified
 * instead of reading them from the jar: a third less CPU before the server is ready (docs/benchmarks.md §20).
 * <p>
 * The JVM writes the archive in place as it exits, and a truncated archive crashes the next JVM that maps it, so it
 * is written beside the target under {@code .part} and renamed over it only once whole. A stale archive (the jar
 * rebuilt since) is refused by the JVM, silently with {@code -Xlog:cds=off,cds+dynamic=off}: a slower start, never
 * a failure. Nothing is left behind: the data folder is deleted and the server's port was a free one.
 * <p>
 * {@code java -cp JAR org.changetalk.cli.ClassDataTraining JAR ARCHIVE SCENARIOS WEB}; exit status 1 with the
 * server's output when a step fails.
 */
public final class ClassDataTraining {
    private static final Duration STEP = Duration.ofMinutes(3); // a build on a busy two-core machine
    private static final Pattern SERVING = Pattern.compile("serving on (http://127\\.0\\.0\\.1:\\d+)/");
    private static final Pattern CONVERSATION = Pattern.compile("\"id\":\"([^\"]+)\",\"title\":\"(?:[^\"\\\\]|\\\\.)*\",\"kind\":\"conversation\"");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
    private final List<String> output = java.util.Collections.synchronizedList(new ArrayList<>());

    private ClassDataTraining() {
    }

    public static void main(String[] args) {
        if (args.length != 4) {
            System.err.println("usage: java -cp JAR " + ClassDataTraining.class.getName() + " JAR ARCHIVE SCENARIOS WEB");
            System.exit(2);
        }
        Path jar = Path.of(args[0]);
        Path archive = Path.of(args[1]);
        ClassDataTraining training = new ClassDataTraining();
        try {
            training.run(jar, archive, Path.of(args[2]), Path.of(args[3]));
        } catch (Exception e) {
            System.err.println("changetalk: the class-data archive " + archive + " was not made: " + e.getMessage());
            training.output.forEach(line -> System.err.println("  server: " + line));
            System.exit(1);
        }
    }

    private void run(Path jar, Path archive, Path scenarios, Path web) throws Exception {
        Path part = archive.resolveSibling(archive.getFileName() + ".part");
        Files.deleteIfExists(part);
        Path data = Files.createTempDirectory("changetalk-training");
        String password = password();
        Process server = start(jar, part, data, scenarios, web, password);
        try {
            CompletableFuture<String> url = serving(server);
            train(address(url), password);
            server.destroy(); // SIGTERM: the shutdown hook closes the server, then the JVM writes the archive
            if (!server.waitFor(STEP.toSeconds(), TimeUnit.SECONDS)) {
                throw new IllegalStateException("the server did not stop within " + STEP.toSeconds() + " s");
            }
            if (!Files.isRegularFile(part) || Files.size(part) == 0) {
                throw new IllegalStateException("the server stopped (status " + server.exitValue() + ") without writing " + part);
            }
            Files.move(part, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            if (server.isAlive()) {
                server.destroyForcibly();
                server.waitFor(30, TimeUnit.SECONDS);
            }
            Files.deleteIfExists(part);
            delete(data);
        }
    }

    /** The server as the README runs it, on a temporary data folder and a free port, with the archive's options. */
    private static Process start(Path jar, Path part, Path data, Path scenarios, Path web, String password) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:ArchiveClassesAtExit=" + part, "-Xlog:cds=off,cds+dynamic=off",
                "-jar", jar.toString(), "serve", "--host", "127.0.0.1", "--port", "0", "--data", data.resolve("data").toString(),
                "--scenarios", scenarios.toString(), "--web", web.toString(),
                // no practice turns of its own after ready (TurnWarmUp): they would only add CPU to every build
                "--warm-up-turns", "0")
                .redirectErrorStream(true);
        // the command line says everything; a CHANGETALK_DB in the builder's environment must not be trained on
        pb.environment().keySet().removeIf(name -> name.startsWith("CHANGETALK_"));
        pb.environment().put("CHANGETALK_ADMIN_PASSWORD", password);
        return pb.start();
    }

    /** The address the server prints once serving; its output is kept to explain a failure. */
    private CompletableFuture<String> serving(Process server) {
        CompletableFuture<String> url = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) {
                    output.add(line);
                    Matcher m = SERVING.matcher(line);
                    if (m.find()) {
                        url.complete(m.group(1));
                    }
                }
            } catch (IOException e) {
                url.completeExceptionally(e);
            }
            url.completeExceptionally(new IllegalStateException("the server stopped without serving"));
        }, "training-output");
        reader.setDaemon(true);
        reader.start();
        return url;
    }

    private static String address(CompletableFuture<String> url) throws InterruptedException {
        try {
            return url.get(STEP.toSeconds(), TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("the server was not serving within " + STEP.toSeconds() + " s");
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        }
    }

    /** What a trainee's first minute asks of a restarted server: health, the front end, a sign-in, a turn. */
    private void train(String url, String password) throws Exception {
        for (long until = System.nanoTime() + STEP.toNanos(); !get(url + "/api/health", null).body().contains("\"ok\""); ) {
            if (System.nanoTime() > until) {
                throw new IllegalStateException("/api/health did not say ok within " + STEP.toSeconds() + " s");
            }
            Thread.sleep(20);
        }
        expect(get(url + "/", null), 200, "/");
        HttpResponse<String> login = expect(post(url + "/api/auth/login", null, null,
                "{\"username\":\"admin\",\"password\":\"" + password + "\"}"), 200, "sign-in");
        String cookie = login.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        String csrf = login.body().replaceAll(".*\"csrfToken\":\"([^\"]+)\".*", "$1");
        expect(get(url + "/api/auth/me", cookie), 200, "/api/auth/me");
        Matcher conversation = CONVERSATION.matcher(expect(get(url + "/api/scenarios", cookie), 200, "/api/scenarios").body());
        if (!conversation.find()) {
            throw new IllegalStateException("the scenario folder has no valid conversation to practise");
        }
        HttpResponse<String> session = expect(post(url + "/api/sessions", cookie, csrf,
                "{\"scenarioId\":\"" + conversation.group(1) + "\"}"), 201, "a new session");
        String id = session.body().replaceAll("^\\{\"id\":\"([^\"]+)\".*", "$1");
        expect(post(url + "/api/sessions/" + id + "/turns", cookie, csrf,
                "{\"text\":\"It sounds like part of you has been thinking about this for a while.\"}"), 201, "a practice turn");
        expect(get(url + "/api/sessions/" + id, cookie), 200, "the session");
    }

    private HttpResponse<String> get(String url, String cookie) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(STEP);
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String url, String cookie, String csrf, String body) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(STEP).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (cookie != null) {
            b.header("Cookie", cookie).header("X-CSRF-Token", csrf);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> expect(HttpResponse<String> response, int status, String what) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(what + " answered " + response.statusCode() + " (expected " + status + "): " + response.body());
        }
        return response;
    }

    private static String password() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
