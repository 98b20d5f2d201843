package org.changetalk.web;

import org.changetalk.account.Passwords;
import org.changetalk.storage.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Cookies, CSRF, password storage, sign-up with invites, and slowing down password guessing. */
class AuthTest {
    @TempDir
    Path dir;

    private TestServer server;

    @BeforeEach
    void start() {
        server = TestServer.start(dir);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteStrictAndOnlyItsHashIsStored() {
        ApiClient admin = server.client();
        ApiClient.Response r = admin.login("admin", TestServer.ADMIN_PASSWORD).expect(200);

        String cookie = r.header("Set-Cookie");
        assertThat(cookie).startsWith("ct_session=").contains("; HttpOnly", "; SameSite=Strict", "; Path=/")
                .doesNotContain("Secure"); // plain http on 127.0.0.1: a Secure cookie would never be sent back
        String token = cookie.substring("ct_session=".length(), cookie.indexOf(';'));
        assertThat(token).hasSizeGreaterThanOrEqualTo(43); // 256 bits in base64
        assertThat(r.json().path("csrfToken").asText()).isNotBlank().isNotEqualTo(token);
        assertThat(r.json().path("user").path("role").asText()).isEqualTo("admin");
        List<String> stored = column("SELECT token_hash FROM auth_sessions");
        assertThat(stored).hasSize(1).doesNotContain(token);
        assertThat(stored.get(0)).hasSize(64);
        assertThat(admin.get("/api/auth/me").expect(200).json().path("csrfToken").asText())
                .isEqualTo(r.json().path("csrfToken").asText());
    }

    @Test
    void passwordsArePbkdf2WithAtLeast600000IterationsAndARandomSalt() {
        server.close();
        server = TestServer.withProductionPasswords(dir); // the others hash at a test cost
        ApiClient admin = server.admin();
        admin.post("/api/users", Map.of("username", "ann", "password", "same-password", "role", "trainee")).expect(201);
        admin.post("/api/users", Map.of("username", "ben", "password", "same-password", "role", "trainee")).expect(201);

        assertThat(column("SELECT pw_algorithm FROM users")).containsOnly("PBKDF2WithHmacSHA256");
        assertThat(column("SELECT pw_iterations FROM users")).allMatch(i -> Integer.parseInt(i) >= 600_000);
        assertThat(Passwords.ITERATIONS).isGreaterThanOrEqualTo(600_000);
        List<String> salts = column("SELECT pw_salt FROM users WHERE username IN ('ann', 'ben')");
        List<String> hashes = column("SELECT pw_hash FROM users WHERE username IN ('ann', 'ben')");
        assertThat(salts).doesNotHaveDuplicates();
        assertThat(hashes).doesNotHaveDuplicates().noneMatch(h -> h.contains("same-password"));
    }

    @Test
    void everyStateChangingRequestNeedsTheCsrfHeader() {
        ApiClient admin = server.admin();
        String before = admin.get("/api/invites").expect(200).body();

        for (String token : new String[]{null, "", "wrong-token"}) {
            Map<String, String> headers = token == null ? Map.of("X-CSRF-Token-Not", "x") : Map.of("X-CSRF-Token", token);
            String saved = admin.csrf;
            admin.csrf = null;
            ApiClient.Response r = admin.send("POST", "/api/invites", "{}", headers);
            admin.csrf = saved;
            r.expect(403);
            assertThat(r.json().path("error").asText()).isEqualTo("csrf");
        }
        ApiClient.Response logout = admin.send("POST", "/api/auth/logout", null, Map.of("X-CSRF-Token", "wrong"));
        logout.expect(403);
        assertThat(admin.get("/api/invites").expect(200).body()).isEqualTo(before);
        admin.get("/api/auth/me").expect(200); // still signed in
        admin.post("/api/invites", Map.of()).expect(201);
    }

    @Test
    void repeatedFailedSignInsForANameAreSlowedDownButTheOwnersBrowserGetsIn() {
        ApiClient owner = server.client();
        ApiClient.Response first = owner.login("admin", TestServer.ADMIN_PASSWORD).expect(200);
        String device = first.headers().get("Set-Cookie").stream().filter(h -> h.startsWith(ApiRoutes.DEVICE_COOKIE + "="))
                .findFirst().orElseThrow().split(";", 2)[0];
        ApiClient c = server.client();
        for (int i = 0; i < 5; i++) {
            c.login("admin", "wrong-password-" + i).expect(401);
        }
        ApiClient.Response slowed = c.login("admin", TestServer.ADMIN_PASSWORD).expect(429);
        assertThat(slowed.json().path("error").asText()).isEqualTo("too_many_attempts");
        assertThat(Integer.parseInt(slowed.header("Retry-After"))).isBetween(1, 5);
        assertThat(server.client().login("ADMIN", TestServer.ADMIN_PASSWORD).status()).as("case does not dodge it").isEqualTo(429);
        // the browser that signed in before is judged on its own: the guessing above does not hold it up
        ApiClient.Response again = owner.send("POST", "/api/auth/login",
                "{\"username\":\"admin\",\"password\":\"" + TestServer.ADMIN_PASSWORD + "\"}", Map.of("Cookie", device));
        again.expect(200);
    }

    @Test
    void wrongNameAndWrongPasswordGetTheSameAnswer() {
        ApiClient.Response noName = server.client().login("nobody", "whatever-password");
        ApiClient.Response noPassword = server.client().login("admin", "whatever-password");
        noName.expect(401);
        noPassword.expect(401);
        assertThat(noName.body()).isEqualTo(noPassword.body());
    }

    @Test
    void traineesSignUpWithAnInviteAndBelongToItsInstructor() {
        ApiClient instructor = server.admin().create("irene", "instructor");
        String code = instructor.post("/api/invites", Map.of("maxUses", 1)).expect(201).json().path("code").asText();

        ApiClient trainee = server.client();
        ApiClient.Response r = trainee.post("/api/auth/signup",
                Map.of("inviteCode", code, "username", "tina", "password", "tina-password")).expect(201);
        assertThat(r.json().path("user").path("role").asText()).isEqualTo("trainee");
        assertThat(r.header("Set-Cookie")).contains("HttpOnly", "SameSite=Strict");
        trainee.get("/api/auth/me").expect(200);
        assertThat(instructor.get("/api/users").body()).contains("\"tina\"");
        assertThat(instructor.get("/api/invites").json().get(0).path("uses").asInt()).isEqualTo(1);

        ApiClient.Response usedUp = server.client().post("/api/auth/signup",
                Map.of("inviteCode", code, "username", "tony", "password", "tony-password")).expect(400);
        assertThat(usedUp.json().path("detail").asText()).contains("inviteCode");
        String again = instructor.post("/api/invites", Map.of()).expect(201).json().path("code").asText();
        server.client().post("/api/auth/signup", Map.of("inviteCode", again, "username", "TINA", "password", "tina-password"))
                .expect(409);
        server.client().post("/api/auth/signup", Map.of("inviteCode", again, "username", "ti", "password", "tina-password"))
                .expect(400);
        server.client().post("/api/auth/signup", Map.of("inviteCode", again, "username", "tim", "password", "short"))
                .expect(400);
        assertThat(instructor.get("/api/invites").body()).contains("\"uses\":0"); // refused sign-ups used nothing
    }

    @Test
    void aChosenAdminPasswordIsNeverPrinted() {
        // TestServer sets it as CHANGETALK_ADMIN_PASSWORD would (issue 12: it was printed to the log)
        assertThat(server.startOutput).contains("'admin'", "CHANGETALK_ADMIN_PASSWORD").doesNotContain(TestServer.ADMIN_PASSWORD);
        server = TestServer.restart(server);
        assertThat(server.startOutput).doesNotContain(TestServer.ADMIN_PASSWORD);
        server.admin();
    }

    @Test
    void aGeneratedAdminPasswordIsPrintedOnceAndWorks(@TempDir Path other) throws Exception {
        java.io.StringWriter out = new java.io.StringWriter();
        try (WebServer s = WebServer.start(new ServerConfig("127.0.0.1", 0, server.scenarios, null,
                org.changetalk.storage.TestDatabases.fresh(org.changetalk.storage.Dialect.SQLITE, other),
                org.changetalk.storage.Durability.PROCESS_CRASH, null), new java.io.PrintWriter(out, true))) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("password: (\\S+)").matcher(out.toString());
            assertThat(m.find()).as(out.toString()).isTrue();
            new ApiClient("http://127.0.0.1:" + s.port()).login("admin", m.group(1)).expect(200);
        }
    }

    private List<String> column(String sql) {
        Database db = server.server.database();
        return db.read("test query", c -> {
            try (PreparedStatement p = c.prepareStatement(sql); ResultSet r = p.executeQuery()) {
                List<String> out = new java.util.ArrayList<>();
                while (r.next()) {
                    out.add(r.getString(1));
                }
                return out;
            }
        });
    }
}
