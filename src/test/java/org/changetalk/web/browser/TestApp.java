package org.changetalk.web.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The real ChangeTalk server, in-process on 127.0.0.1 and a free port, with a temporary data folder,
 * the repository's scenarios/ and web/. {@code -Dchangetalk.baseUrl=http://…} points the browser tests
 * at an already running server instead (for working on the front end).
 */
final class TestApp implements AutoCloseable {
    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "admin-password-for-tests";

    final String baseUrl;
    private final AutoCloseable server;
    private final Path data;

    private TestApp(String baseUrl, AutoCloseable server, Path data) {
        this.baseUrl = baseUrl;
        this.server = server;
        this.data = data;
    }

    static TestApp start() {
        String external = System.getProperty("changetalk.baseUrl");
        if (external != null && !external.isBlank()) return new TestApp(external.replaceAll("/$", ""), null, null);
        try {
            Path data = Files.createTempDirectory("changetalk-browser");
            ServerHandle handle = ServerHandle.start(data, Path.of("scenarios"), Path.of("web"), ADMIN_PASSWORD);
            return new TestApp("http://127.0.0.1:" + handle.port(), handle, data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ApiClient admin() {
        return ApiClient.signIn(baseUrl, ADMIN, ADMIN_PASSWORD);
    }

    @Override
    public void close() throws Exception {
        if (server != null) server.close();
        if (data != null) {
            try (Stream<Path> files = Files.walk(data)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
