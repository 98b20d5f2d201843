package org.changetalk.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The server listens before its slow start-up work is done, says so, and a failed start leaves nothing behind. */
class StartupTest {
    @TempDir
    Path dir;

    @Test
    void notReadyUntilEveryTaskIsDone() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (Startup startup = new Startup()) {
            startup.run(() -> { });
            startup.run(() -> {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });

            assertThat(startup.isReady()).isFalse();
            release.countDown();
            startup.await();
            assertThat(startup.isReady()).isTrue();
        }
    }

    @Test
    void aFailedTaskFailsTheStartWithItsOwnException() {
        try (Startup startup = new Startup()) {
            startup.run(() -> { });
            startup.run(() -> {
                throw new IllegalArgumentException("scenarios: unreadable");
            });

            assertThatThrownBy(startup::await).isInstanceOf(IllegalArgumentException.class).hasMessage("scenarios: unreadable");
            assertThat(startup.isReady()).isFalse();
        }
    }

    @Test
    void aDatabaseThatCannotBeOpenedFailsTheStartAndFreesThePort() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("file"), "x");
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        ServerConfig config = new ServerConfig("127.0.0.1", port, dir, null,
                org.changetalk.storage.DatabaseUrl.sqlite(notAFolder.resolve("changetalk.db")),
                org.changetalk.storage.Durability.PROCESS_CRASH, "admin-password-1");

        assertThatThrownBy(() -> WebServer.start(config, new PrintWriter(new StringWriter())))
                .hasMessageContaining("cannot open the database");
        try (ServerSocket again = new ServerSocket(port)) {
            assertThat(again.getLocalPort()).isEqualTo(port);
        }
    }

    @Test
    void readyBeforeTheFirstAdminsHashAndASignInMadeMeanwhileWaitsForIt() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        Files.createDirectories(dir.resolve("scenarios"));
        // production hashing: the first admin's 600,000 rounds leave a window between ready and the account
        ServerConfig config = new ServerConfig("127.0.0.1", port, dir.resolve("scenarios"), null,
                org.changetalk.storage.DatabaseUrl.sqlite(dir.resolve("changetalk.db")),
                org.changetalk.storage.Durability.PROCESS_CRASH, TestServer.ADMIN_PASSWORD);
        java.util.concurrent.CompletableFuture<WebServer> started = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return WebServer.start(config, new PrintWriter(new StringWriter()));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        ApiClient client = new ApiClient("http://127.0.0.1:" + port);
        try {
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
            while (!okHealth(client)) {
                assertThat(System.nanoTime()).as("ready within a minute").isLessThan(deadline);
                assertThat(started).isNotCompletedExceptionally();
                Thread.sleep(2);
            }
            boolean accountPending = !started.isDone();

            // signed in at once: the request waited for the account instead of failing as a wrong password
            assertThat(client.login("admin", TestServer.ADMIN_PASSWORD).status())
                    .as("sign-in right after ready (the admin was still being made: %s)", accountPending).isEqualTo(200);
        } finally {
            started.get(60, java.util.concurrent.TimeUnit.SECONDS).close();
        }
    }

    private static boolean okHealth(ApiClient client) {
        try {
            return client.get("/api/health").status() == 200;
        } catch (RuntimeException notListening) {
            return false;
        }
    }

    @Test
    void webJarFilesComeFromTheClassPathAndNothingElseDoes() {
        try (TestServer s = TestServer.start(dir)) {
            ApiClient c = s.client();
            ApiClient.Response script = c.get("/webjars/codemirror/5.65.16/lib/codemirror.js").expect(200);

            assertThat(script.header("Content-Type")).startsWith("text/javascript");
            assertThat(script.body()).contains("CodeMirror");
            c.get("/webjars/codemirror/5.65.16/lib/nope.js").expect(404);
            // Jetty itself refuses a path that climbs out (400); the handler would say 404
            assertThat(c.get("/webjars/codemirror/5.65.16/../../../../org/changetalk/cli/version.properties").status())
                    .isIn(400, 404);
            c.get("/webjars/codemirror/5.65.16/package.json.class").expect(404);
        }
    }
}
