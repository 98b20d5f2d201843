package org.changetalk.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 12, finding 7: password change, an admin's one-time reset, listing and ending one's sign-ins. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountLifecycleTest {
    @TempDir
    static Path dir;

    private TestServer server;
    private ApiClient admin;

    @BeforeAll
    void setUp() {
        server = TestServer.start(dir);
        admin = server.admin();
    }

    @AfterAll
    void tearDown() {
        server.close();
    }

    private String userId(String username) {
        for (JsonNode u : admin.get("/api/users").expect(200).json()) {
            if (u.path("username").asText().equals(username)) {
                return u.path("id").asText();
            }
        }
        throw new AssertionError("no user " + username);
    }

    @Test
    void changingThePasswordNeedsTheCurrentOneAndEndsTheOtherSignIns() {
        ApiClient laptop = admin.create("carla", "trainee");
        ApiClient phone = server.client();
        phone.login("carla", "password-carla").expect(200);

        ApiClient.Response wrong = laptop.post("/api/auth/password",
                Map.of("currentPassword", "not-my-password", "newPassword", "a-brand-new-password"));
        wrong.expect(403);
        assertThat(wrong.json().path("detail").asText()).startsWith("currentPassword:");
        laptop.post("/api/auth/password", Map.of("currentPassword", "password-carla", "newPassword", "short")).expect(400);

        laptop.post("/api/auth/password", Map.of("currentPassword", "password-carla", "newPassword", "a-brand-new-password"))
                .expect(204);
        laptop.get("/api/auth/me").expect(200);
        phone.get("/api/auth/me").expect(401);
        server.client().login("carla", "password-carla").expect(401);
        server.client().login("carla", "a-brand-new-password").expect(200);
    }

    @Test
    void anAdminsOneTimeResetCodeWorksOnceAndIsAudited() {
        ApiClient dan = admin.create("dan", "trainee");
        String id = userId("dan");
        dan.post("/api/users/" + id + "/password-reset", null).expect(403);

        JsonNode issued = admin.post("/api/users/" + id + "/password-reset", null).expect(201).json();
        String code = issued.path("code").asText();
        assertThat(code).hasSizeGreaterThan(15);
        assertThat(issued.path("expiresAt").asText()).isNotBlank();

        ApiClient fresh = server.client();
        fresh.post("/api/auth/reset", Map.of("username", "dan", "code", "wrong-code", "newPassword", "dans-new-password"))
                .expect(401);
        fresh.post("/api/auth/reset", Map.of("username", "dan", "code", code, "newPassword", "dans-new-password")).expect(200);
        fresh.get("/api/auth/me").expect(200);
        dan.get("/api/auth/me").expect(401); // the old sign-in ended
        server.client().post("/api/auth/reset", Map.of("username", "dan", "code", code, "newPassword", "another-password-1"))
                .expect(401); // used up
        server.client().login("dan", "dans-new-password").expect(200);

        JsonNode log = admin.get("/api/audit").expect(200).json();
        assertThat(log).anySatisfy(e -> {
            assertThat(e.path("action").asText()).isEqualTo("password_reset_issued");
            assertThat(e.path("subject").path("username").asText()).isEqualTo("dan");
            assertThat(e.path("actor").path("username").asText()).isEqualTo("admin");
        });
        fresh.get("/api/audit").expect(403);
    }

    @Test
    void creatingAccountsAndAssigningAnInstructorAreAudited() {
        ApiClient ines = admin.create("ines-audit", "instructor");
        ines.post("/api/users", Map.of("username", "fay", "password", "password-fay", "role", "trainee")).expect(201);
        admin.put("/api/users/" + userId("fay") + "/instructor", Map.of("instructor", "admin-made-instructor")).expect(400);
        admin.create("gus", "instructor");
        admin.put("/api/users/" + userId("fay") + "/instructor", Map.of("instructor", "gus")).expect(200);

        JsonNode log = admin.get("/api/audit").expect(200).json();
        assertThat(log).anySatisfy(e -> {
            assertThat(e.path("action").asText()).isEqualTo("account_created");
            assertThat(e.path("actor").path("username").asText()).isEqualTo("admin");
            assertThat(e.path("subject").path("username").asText()).isEqualTo("ines-audit");
            assertThat(e.path("detail").asText()).contains("role instructor");
        });
        assertThat(log).anySatisfy(e -> {
            assertThat(e.path("action").asText()).isEqualTo("account_created");
            assertThat(e.path("actor").path("username").asText()).isEqualTo("ines-audit");
            assertThat(e.path("subject").path("username").asText()).isEqualTo("fay");
            assertThat(e.path("detail").asText()).contains("role trainee");
        });
        // the failed assignment left no record; the one that worked names both instructors
        assertThat(log).filteredOn(e -> e.path("action").asText().equals("instructor_assigned")).singleElement().satisfies(e -> {
            assertThat(e.path("actor").path("username").asText()).isEqualTo("admin");
            assertThat(e.path("subject").path("username").asText()).isEqualTo("fay");
            assertThat(e.path("detail").asText()).contains("instructor gus");
        });
    }

    @Test
    void signInsAreListedAndCanBeEndedOneByOneOrEverywhere() {
        ApiClient one = admin.create("erin", "trainee");
        ApiClient two = server.client();
        two.send("POST", "/api/auth/login", "{\"username\":\"erin\",\"password\":\"password-erin\"}",
                Map.of("User-Agent", "Phone browser 1.0")).expect(200);
        JsonNode list = one.get("/api/auth/sessions").expect(200).json();
        assertThat(list).hasSize(2);
        assertThat(list).filteredOn(s -> s.path("current").asBoolean()).hasSize(1);
        JsonNode phone = null;
        for (JsonNode s : list) {
            if ("Phone browser 1.0".equals(s.path("userAgent").asText())) {
                phone = s;
            }
        }
        assertThat(phone).isNotNull();
        assertThat(phone.path("current").asBoolean()).isFalse();
        one.delete("/api/auth/sessions/" + phone.path("id").asText()).expect(204);
        two.get("/api/auth/me").expect(401);
        one.delete("/api/auth/sessions/not-a-sign-in").expect(404);

        ApiClient three = server.client();
        three.login("erin", "password-erin").expect(200);
        one.post("/api/auth/logout-everywhere", null).expect(204);
        three.get("/api/auth/me").expect(401);
        one.get("/api/auth/me").expect(401);
    }
}
