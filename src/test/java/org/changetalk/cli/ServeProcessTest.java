package org.changetalk.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The jar's default: no subcommand serves the web app from the working folder, configured by environment. */
class ServeProcessTest {
    @TempDir
    Path dir;

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Process serve(String adminPassword) throws java.io.IOException {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName())
                .directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().put("CHANGETALK_PORT", "0");
        pb.environment().put("CHANGETALK_ADMIN_PASSWORD", adminPassword);
        pb.environment().remove("CHANGETALK_DB");
        return pb.start();
    }

    private static String url(Process p) throws java.io.IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        Pattern serving = Pattern.compile("serving on (http://127\\.0\\.0\\.1:\\d+)/");
        for (String line; (line = out.readLine()) != null; ) {
            Matcher m = serving.matcher(line);
            if (m.find()) {
                return m.group(1);
            }
        }
        throw new AssertionError("the server stopped without serving");
    }

    private static HttpResponse<String> post(String url, String cookie, String csrf, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (cookie != null) {
            b.header("Cookie", cookie).header("X-CSRF-Token", csrf);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anAcknowledgedTurnSurvivesTheServerBeingKilled() throws Exception {
        Files.createDirectories(dir.resolve("scenarios"));
        Files.copy(Path.of("scenarios/teresa-alcohol-contemplation.json"), dir.resolve("scenarios/teresa-alcohol-contemplation.json"));
        Process first = serve("admin-password-1");
        String id;
        String turnBody;
        try {
            String url = url(first);
            HttpResponse<String> login = post(url + "/api/auth/login", null, null,
                    "{\"username\":\"admin\",\"password\":\"admin-password-1\"}");
            String cookie = login.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
            String csrf = login.body().replaceAll(".*\"csrfToken\":\"([^\"]+)\".*", "$1");
            HttpResponse<String> session = post(url + "/api/sessions", cookie, csrf, "{\"scenarioId\":\"teresa-alcohol-contemplation\"}");
            id = session.body().replaceAll("^\\{\"id\":\"([^\"]+)\".*", "$1");
            HttpResponse<String> turn = post(url + "/api/sessions/" + id + "/turns", cookie, csrf,
                    "{\"text\":\"It sounds like that drive really scared you.\"}");
            assertThat(turn.statusCode()).as(turn.body()).isEqualTo(201);
            turnBody = turn.body();
        } finally {
            first.destroyForcibly(); // SIGKILL: no shutdown hook, no orderly close of the database
            first.waitFor(20, TimeUnit.SECONDS);
        }
        Process second = serve("admin-password-1");
        try {
            String url = url(second);
            HttpResponse<String> login = post(url + "/api/auth/login", null, null,
                    "{\"username\":\"admin\",\"password\":\"admin-password-1\"}");
            String cookie = login.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
            HttpResponse<String> session = HTTP.send(HttpRequest.newBuilder(URI.create(url + "/api/sessions/" + id))
                    .header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(session.statusCode()).isEqualTo(200);
            String client = turnBody.replaceAll(".*\"client\":\\{\"text\":\"([^\"]+)\".*", "$1");
            assertThat(session.body()).contains("It sounds like that drive really scared you.", client);
        } finally {
            second.destroy();
            second.waitFor(20, TimeUnit.SECONDS);
        }
    }

    @Test
    void noArgumentsServesWithADataFolderAndAGeneratedAdminPassword() throws Exception {
        Files.createDirectories(dir.resolve("scenarios"));
        Files.copy(Path.of("scenarios/teresa-alcohol-contemplation.json"), dir.resolve("scenarios/teresa-alcohol-contemplation.json"));
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName())
                .directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().put("CHANGETALK_PORT", "0");
        pb.environment().remove("CHANGETALK_ADMIN_PASSWORD");
        pb.environment().remove("CHANGETALK_DB");
        Process p = pb.start();
        try {
            List<String> lines = new ArrayList<>();
            String url = null;
            String password = null;
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            Pattern serving = Pattern.compile("serving on (http://127\\.0\\.0\\.1:\\d+)/");
            Pattern admin = Pattern.compile("Sign in as 'admin' with the password: (\\S+)");
            for (String line; url == null && (line = out.readLine()) != null; ) {
                lines.add(line);
                Matcher m = serving.matcher(line);
                if (m.find()) {
                    url = m.group(1);
                }
                Matcher a = admin.matcher(line);
                if (a.find()) {
                    password = a.group(1);
                }
            }
            assertThat(url).as("output: %s", lines).isNotNull();
            assertThat(password).as("output: %s", lines).hasSizeGreaterThanOrEqualTo(20);
            assertThat(dir.resolve("data/changetalk.db")).exists();
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(url + "/api/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).isEqualTo("{\"status\":\"ok\"}");
            HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(url + "/api/auth/login"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"admin\",\"password\":\"" + password + "\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(login.statusCode()).isEqualTo(200);
        } finally {
            p.destroy();
            assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }
    }
}
