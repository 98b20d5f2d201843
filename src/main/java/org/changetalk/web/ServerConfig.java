package org.changetalk.web;

import org.changetalk.storage.DatabaseUrl;
import org.changetalk.storage.Durability;

import java.nio.file.Path;

/**
 * Where the server listens and what it serves. {@code web} may be null or missing (API only);
 * {@code adminPassword} is used for the first admin when the database has no accounts (null: generate one).
 */
public record ServerConfig(String host, int port, Path scenarios, Path web, DatabaseUrl database, Durability durability,
                           String adminPassword, Security security) {
    public ServerConfig {
        java.util.Objects.requireNonNull(security, "security");
    }

    /** With the default security settings: no trusted proxy, sign-ins last 14 days. */
    public ServerConfig(String host, int port, Path scenarios, Path web, DatabaseUrl database, Durability durability,
                        String adminPassword) {
        this(host, port, scenarios, web, database, durability, adminPassword, Security.DEFAULTS);
    }

    public ServerConfig withSecurity(Security s) {
        return new ServerConfig(host, port, scenarios, web, database, durability, adminPassword, s);
    }
}
