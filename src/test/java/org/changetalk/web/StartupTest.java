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
