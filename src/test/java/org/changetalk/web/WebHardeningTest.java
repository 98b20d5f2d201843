package org.changetalk.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 12's findings against a real server: login CSRF, malformed input, transport errors, headers, proxies. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebHardeningTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LOGIN = "{\"username\":\"admin\",\"password\":\"" + TestServer.ADMIN_PASSWORD + "\"}";

    @TempDir
    static Path dir;

    private TestServer server;
    private int port;

    @BeforeAll
    void setUp() {
        // behind a "proxy" on 127.0.0.1: X-Forwarded-* are believed, so the test can play several addresses
        server = TestServer.start(dir, new Security(Set.of("127.0.0.1"), java.time.Duration.ofHours(8)));
        port = server.server.port();
    }

    @AfterAll
    void tearDown() {
        server.close();
    }

    private RawHttp.Answer post(String path, String contentType, byte[] body, String... extraHeaders) {
        StringBuilder head = new StringBuilder("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
                + "\r\nConnection: close\r\nContent-Length: " + body.length + "\r\n");
        if (contentType != null) {
            head.append("Content-Type: ").append(contentType).append("\r\n");
        }
        for (String h : extraHeaders) {
            head.append(h).append("\r\n");
        }
        return RawHttp.send(port, head.append("\r\n").toString(), body);
    }

    private static JsonNode json(RawHttp.Answer a) {
        assertThat(a.header("Content-Type")).as("content type of %s", a).startsWith("application/json");
        try {
            return JSON.readTree(a.body());
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + a.body(), e);
        }
    }

    @Test
    void aCrossSiteFormCannotSignABrowserIn() {
        byte[] login = LOGIN.getBytes(StandardCharsets.UTF_8);
        record Case(String why, String type, String[] headers, int status, String error) {}
        List<Case> cases = List.of(
                new Case("a text/plain form post", "text/plain", new String[0], 415, "unsupported_media_type"),
                new Case("an urlencoded form post", "application/x-www-form-urlencoded", new String[0], 415, "unsupported_media_type"),
                new Case("no content type", null, new String[0], 415, "unsupported_media_type"),
                new Case("JSON from another site's page", "application/json",
                        new String[] {"Origin: https://evil.example", "Sec-Fetch-Site: cross-site"}, 403, "cross_site"),
                new Case("another site, by Origin alone", "application/json", new String[] {"Origin: http://evil.example:7070"}, 403, "cross_site"),
                new Case("a sandboxed frame", "application/json", new String[] {"Origin: null"}, 403, "cross_site"),
                new Case("a sibling site", "application/json", new String[] {"Sec-Fetch-Site: same-site"}, 403, "cross_site"));
        for (Case c : cases) {
            RawHttp.Answer a = post("/api/auth/login", c.type(), login, c.headers());
            assertThat(a.status()).as(c.why()).isEqualTo(c.status());
            assertThat(json(a).path("error").asText()).as(c.why()).isEqualTo(c.error());
            assertThat(a.header("Set-Cookie")).as(c.why()).isNull();
            assertThat(post("/api/auth/signup", c.type(), "{\"inviteCode\":\"x\",\"username\":\"eve\",\"password\":\"long-enough-pw\"}"
                    .getBytes(StandardCharsets.UTF_8), c.headers()).status()).as("signup: " + c.why()).isEqualTo(c.status());
        }
        RawHttp.Answer same = post("/api/auth/login", "application/json; charset=UTF-8", login,
                "Origin: http://127.0.0.1:" + port, "Sec-Fetch-Site: same-origin", "X-Forwarded-For: 10.9.9.9");
        assertThat(same.status()).as(same.body()).isEqualTo(200);
    }

    @Test
    void malformedBodiesAreA4xxInJsonNeverA500() {
        record Case(String why, String type, byte[] body, int status) {}
        String deep = "{\"a\":".repeat(200) + "1" + "}".repeat(200);
        List<Case> cases = List.of(
                new Case("5,000 × [", "application/json", "[".repeat(5000).getBytes(StandardCharsets.UTF_8), 400),
                new Case("deep nesting", "application/json", deep.getBytes(StandardCharsets.UTF_8), 400),
                new Case("a 5,000-digit number", "application/json",
                        ("{\"username\":" + "9".repeat(5000) + "}").getBytes(StandardCharsets.UTF_8), 400),
                new Case("a 60,000-character key", "application/json",
                        ("{\"" + "k".repeat(60_000) + "\":1}").getBytes(StandardCharsets.UTF_8), 400),
                new Case("a bogus charset", "application/json; charset=x-bogus", LOGIN.getBytes(StandardCharsets.UTF_8), 415),
                new Case("Latin-1", "application/json; charset=iso-8859-1", LOGIN.getBytes(StandardCharsets.UTF_8), 415),
                new Case("bytes that are not UTF-8", "application/json",
                        new byte[] {'{', '"', 'u', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}, 400),
                new Case("truncated", "application/json", "{\"username\":".getBytes(StandardCharsets.UTF_8), 400));
        for (Case c : cases) {
            RawHttp.Answer a = post("/api/auth/login", c.type(), c.body());
            assertThat(a.status()).as(c.why() + ": " + a.body()).isEqualTo(c.status());
            assertThat(json(a).path("detail").asText()).as(c.why()).isNotBlank().hasSizeLessThan(400);
        }
    }

    @Test
    void transportErrorsComeBackAsJson() {
        record Case(String why, byte[] request, int status) {}
        byte[] badPath = "GET /api/%C3%28 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] rawByte = ("GET /api/\u00ff\u00fe HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] bigHeader = ("GET /api/health HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(20_000)
                + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] ambiguous = "GET /api/%2e%2e/%2e%2e/etc/passwd HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        byte[] badVersion = "GET /api/health HTTP/9.9\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
        for (Case c : List.of(new Case("a path that is not UTF-8", badPath, 400), new Case("raw high bytes", rawByte, 400),
                new Case("20 KB of header", bigHeader, 431), new Case("an encoded dot-dot path", ambiguous, 400),
                new Case("an unknown HTTP version", badVersion, 505))) {
            RawHttp.Answer a = RawHttp.send(port, c.request());
            assertThat(a.status()).as(c.why() + ": " + a.body()).isEqualTo(c.status());
            assertThat(json(a).path("error").asText()).as(c.why()).isNotBlank();
            assertThat(a.body()).as(c.why()).doesNotContain("<html").doesNotContain("Exception");
        }
    }

    @Test
    void aStudioIdThatCannotBeAFileNameIsA400() {
        ApiClient admin = server.admin();
        String text = "{\"text\":\"{id: 'x'}\",\"draft\":true}";
        for (String id : List.of("a".repeat(300), "my-schema", "schema")) {
            assertThat(admin.get("/api/studio/scenarios/" + id).status()).as(id).isEqualTo(400);
            ApiClient.Response r = admin.put("/api/studio/scenarios/" + id, text);
            assertThat(r.status()).as(id + ": " + r.body()).isEqualTo(400);
            assertThat(r.json().path("detail").asText()).startsWith("id:");
        }
    }

    @Test
    void aSymbolicLinkInTheScenariosFolderIsNeverRead() throws Exception {
        // a valid scenario outside the folder, linked in under another name: it must stay unread
        java.nio.file.Path outside = java.nio.file.Files.createDirectories(dir.resolve("outside"));
        String text = java.nio.file.Files.readString(server.scenarios.resolve("teresa-alcohol-contemplation.json"))
                .replace("teresa-alcohol-contemplation", "linked-secret");
        java.nio.file.Path target = java.nio.file.Files.writeString(outside.resolve("linked-secret.json"), text);
        java.nio.file.Files.createSymbolicLink(server.scenarios.resolve("linked-secret.json"), target);
        java.nio.file.Files.createSymbolicLink(server.scenarios.resolve("linked-secret.test.json"), target);
        server.server.library().reloadAll();
        ApiClient admin = server.admin();
        admin.get("/api/scenarios/linked-secret").expect(404);
        admin.get("/api/studio/scenarios/linked-secret").expect(404);
        assertThat(admin.get("/api/studio/scenarios").body()).doesNotContain("linked-secret");
        // the same text as a real file is read
        java.nio.file.Files.delete(server.scenarios.resolve("linked-secret.json"));
        java.nio.file.Files.delete(server.scenarios.resolve("linked-secret.test.json"));
        java.nio.file.Files.writeString(server.scenarios.resolve("linked-secret.json"), text);
        server.server.library().reloadAll();
        admin.get("/api/scenarios/linked-secret").expect(200);
        java.nio.file.Files.delete(server.scenarios.resolve("linked-secret.json"));
        server.server.library().reloadAll();
    }

    @Test
    void everyAnswerCarriesTheSecurityHeadersAndHstsOnlyOverHttps() {
        for (String path : List.of("/api/health", "/api/nope", "/nothing-here")) {
            RawHttp.Answer a = RawHttp.send(port, ("GET " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            assertThat(a.header("Content-Security-Policy")).as(path).contains("frame-ancestors 'none'").contains("script-src 'self'");
            assertThat(a.header("Referrer-Policy")).as(path).isEqualTo("same-origin");
            assertThat(a.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(a.header("Strict-Transport-Security")).as(path).isNull();
        }
        RawHttp.Answer tls = RawHttp.send(port, "GET /api/health HTTP/1.1\r\nHost: x\r\nX-Forwarded-Proto: https\r\nConnection: close\r\n\r\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        assertThat(tls.header("Strict-Transport-Security")).startsWith("max-age=");
    }

    @Test
    void behindATlsProxyTheCookiesAreSecureAndTheLifetimeIsTheConfiguredOne() {
        byte[] login = LOGIN.getBytes(StandardCharsets.UTF_8);
        RawHttp.Answer tls = post("/api/auth/login", "application/json", login, "X-Forwarded-Proto: https", "X-Forwarded-For: 10.7.7.7");
        assertThat(tls.status()).isEqualTo(200);
        String session = tls.header("Set-Cookie").lines().filter(c -> c.startsWith(ApiRoutes.COOKIE + "=")).findFirst().orElseThrow();
        assertThat(session).contains("; Secure").contains("Max-Age=" + 8 * 3600);
        assertThat(tls.header("Set-Cookie").lines()).allMatch(c -> c.contains("; Secure"));
        RawHttp.Answer plain = post("/api/auth/login", "application/json", login, "X-Forwarded-For: 10.7.7.8");
        assertThat(plain.header("Set-Cookie")).doesNotContain("Secure");
    }

    @Test
    void anotherAddressIsNotLockedOutByGuessingAndForwardedForIsBelievedOnlyFromTheProxy() {
        ApiClient guesser = server.client();
        for (int i = 0; i < 5; i++) {
            guesser.send("POST", "/api/auth/login", "{\"username\":\"admin\",\"password\":\"wrong-password\"}",
                    Map.of("X-Forwarded-For", "10.66.0.1")).expect(401);
        }
        guesser.send("POST", "/api/auth/login", LOGIN, Map.of("X-Forwarded-For", "10.66.0.1")).expect(429);
        // the owner, from their own address, with no cookie from before: straight in
        server.client().send("POST", "/api/auth/login", LOGIN, Map.of("X-Forwarded-For", "10.1.2.3")).expect(200);
        // a forged hop before the proxy's own entry changes nothing: the proxy appended the real one
        guesser.send("POST", "/api/auth/login", LOGIN, Map.of("X-Forwarded-For", "10.1.2.3, 10.66.0.1")).expect(429);
    }
}
