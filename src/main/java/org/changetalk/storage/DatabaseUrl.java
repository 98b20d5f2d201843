package org.changetalk.storage;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Where the database is, from the {@code --db} option: a SQLite file path (the default), or a
 * PostgreSQL URL, {@code postgresql://user:password@host:port/name} or {@code jdbc:postgresql://…}.
 * User and password are split out because the PostgreSQL driver does not read them from the authority.
 */
public record DatabaseUrl(Dialect dialect, String jdbcUrl, String user, String password) {

    public static DatabaseUrl parse(String db, Path dataFolder) {
        if (db == null || db.isBlank()) {
            return sqlite(dataFolder.resolve("changetalk.db"));
        }
        String s = db.strip();
        if (s.startsWith("jdbc:postgresql:") || s.startsWith("postgresql:") || s.startsWith("postgres:")) {
            return postgresql(s.startsWith("jdbc:") ? s.substring(5) : s);
        }
        if (s.startsWith("jdbc:sqlite:")) {
            return new DatabaseUrl(Dialect.SQLITE, s, null, null);
        }
        if (s.startsWith("sqlite:")) {
            return sqlite(Path.of(s.substring("sqlite:".length())));
        }
        if (s.matches("^[a-z][a-z0-9+.-]*://.*")) {
            throw new IllegalArgumentException("--db: unsupported database URL '" + s
                    + "' (use a SQLite file path or postgresql://user:password@host:port/name)");
        }
        return sqlite(Path.of(s));
    }

    public static DatabaseUrl sqlite(Path file) {
        return new DatabaseUrl(Dialect.SQLITE, "jdbc:sqlite:" + file.toAbsolutePath(), null, null);
    }

    private static DatabaseUrl postgresql(String url) {
        URI uri;
        try {
            uri = new URI(url.replaceFirst("^postgres:", "postgresql:"));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("--db: not a valid PostgreSQL URL: " + e.getMessage());
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("--db: the PostgreSQL URL has no host: " + url);
        }
        String user = null;
        String password = null;
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = decode(parts[0]);
            password = parts.length > 1 ? decode(parts[1]) : null;
        }
        String jdbc = "jdbc:postgresql://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "")
                + (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        return new DatabaseUrl(Dialect.POSTGRESQL, jdbc, user, password);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    /** The SQLite database's file, when it is a plain file (not in memory, not a URI with options). */
    public java.util.Optional<Path> sqliteFile() {
        String prefix = "jdbc:sqlite:";
        if (dialect != Dialect.SQLITE || !jdbcUrl.startsWith(prefix)) {
            return java.util.Optional.empty();
        }
        String rest = jdbcUrl.substring(prefix.length());
        if (rest.isEmpty() || rest.startsWith(":") || rest.startsWith("file:") || rest.contains("?")) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(Path.of(rest));
    }

    /** The URL without the password, for logs. */
    public String display() {
        return jdbcUrl + (user == null ? "" : " as " + user);
    }
}
