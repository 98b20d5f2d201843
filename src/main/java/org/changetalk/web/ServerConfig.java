package org.changetalk.web;

import org.changetalk.storage.DatabaseUrl;

import java.nio.file.Path;

/**
 * Where the server listens and what it serves. {@code web} may be null or missing (API only);
 * {@code adminPassword} is used for the first admin when the database has no accounts (null: generate one).
 */
public record ServerConfig(String host, int port, Path scenarios, Path web, DatabaseUrl database, String adminPassword) {}
