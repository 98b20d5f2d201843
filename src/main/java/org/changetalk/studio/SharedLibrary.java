package org.changetalk.studio;

import org.changetalk.scenario.library.ScenarioLibrary;
import org.changetalk.scenario.read.ScenarioLoader;
import org.changetalk.storage.Database;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The scenario library kept in a PostgreSQL database that several app instances share. The database holds
 * the published files (scenarios and test plans), drafts and versions; each instance keeps the published
 * ones loaded in its {@link ScenarioLibrary} and reloads them when another instance publishes. It hears of a
 * publish through LISTEN/NOTIFY at once, and also polls a counter every second, so a notification lost
 * while the connection was down costs at most a second.
 *
 * <p>On the first start against an empty database the folder is imported: published files, drafts and the
 * studio's versions. From then on the folder is not read again; {@link #export} writes the library back.
 */
public final class SharedLibrary implements AutoCloseable {
    static final String CHANNEL = "scenario_library";
    /** How long the listener waits for a notification before polling the counter. */
    static final int POLL_MILLIS = 1000;
    private static final System.Logger LOG = System.getLogger(SharedLibrary.class.getName());

    private final Database db;
    private final ScenarioLibrary library;
    private final Thread listener;
    private long generation = -1;
    private volatile boolean closed;

    private SharedLibrary(Database db, ScenarioLibrary library) {
        this.db = db;
        this.library = library;
        this.listener = new Thread(this::listen, "scenario-library-listener");
        listener.setDaemon(true);
    }

    /** Imports the library's folder when the database has no library yet, loads it, and starts listening. */
    public static SharedLibrary open(Database db, ScenarioLibrary library, Clock clock) {
        SharedLibrary shared = new SharedLibrary(db, library);
        importFolder(db, library, clock);
        shared.refresh();
        shared.listener.start();
        return shared;
    }

    /** Reloads the published files if anyone published since the last load; true when it reloaded. */
    public synchronized boolean refresh() {
        long now = db.read("scenario library generation", SharedLibrary::generation);
        if (now == generation) {
            return false;
        }
        // the counter first: a publish in between costs one more reload, never a missed one
        Map<String, String> texts = db.read("read the scenario library", c -> {
            Map<String, String> out = new LinkedHashMap<>();
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT name, text FROM scenario_files ORDER BY name")) {
                while (r.next()) {
                    out.put(r.getString(1), r.getString(2));
                }
            }
            return out;
        });
        library.replaceAll(texts);
        generation = now;
        return true;
    }

    static long generation(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT generation FROM scenario_library WHERE singleton = 1")) {
            r.next();
            return r.getLong(1);
        }
    }

    /** Inside a publishing transaction: raise the counter and tell every instance (delivered on commit). */
    static void published(Connection c, String id) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE scenario_library SET generation = generation + 1 WHERE singleton = 1");
        }
        try (PreparedStatement p = c.prepareStatement("SELECT pg_notify('" + CHANNEL + "', ?)")) {
            p.setString(1, id);
            p.execute();
        }
    }

    /** Takes the library's lock for the rest of the transaction: saves and the import happen one at a time. */
    static Long lock(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT imported_at FROM scenario_library WHERE singleton = 1 FOR UPDATE")) {
            r.next();
            long at = r.getLong(1);
            return r.wasNull() ? null : at;
        }
    }

    private void listen() {
        Connection connection = null;
        while (!closed) {
            try {
                if (connection == null) {
                    connection = db.dedicated();
                    try (Statement s = connection.createStatement()) {
                        s.execute("LISTEN " + CHANNEL);
                    }
                }
                PGNotification[] heard = connection.unwrap(PGConnection.class).getNotifications(POLL_MILLIS);
                if (closed) {
                    break;
                }
                // heard or not, the counter says whether there is anything new (this instance's own
                // publish has usually been loaded already)
                if (refresh() && heard != null && heard.length > 0) {
                    LOG.log(System.Logger.Level.DEBUG, "scenario library reloaded after a publish of " + heard[0].getParameter());
                }
            } catch (SQLException | RuntimeException e) {
                // the database is away (restarting, a network fault): try again after a pause
                closeQuietly(connection);
                connection = null;
                if (!closed) {
                    LOG.log(System.Logger.Level.DEBUG, "scenario library listener: " + e.getMessage());
                    try {
                        Thread.sleep(POLL_MILLIS);
                    } catch (InterruptedException stop) {
                        break;
                    }
                }
            }
        }
        closeQuietly(connection);
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // already broken
            }
        }
    }

    /**
     * Copies the folder into an empty library: published scenarios and test plans, and from the studio's
     * folder every draft and saved version. Runs once per database; later starts skip it.
     */
    static boolean importFolder(Database db, ScenarioLibrary library, Clock clock) {
        Path folder = library.folder();
        StudioStore files = new StudioStore(library, clock);
        return db.write("import the scenarios folder", c -> {
            if (lock(c) != null) {
                return false;
            }
            long now = clock.millis();
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO scenario_files (name, text, updated_at) VALUES (?, ?, ?) ON CONFLICT (name) DO NOTHING")) {
                for (Path f : publishedFiles(folder)) {
                    p.setString(1, f.getFileName().toString());
                    p.setString(2, Files.readString(f, StandardCharsets.UTF_8));
                    p.setLong(3, Files.getLastModifiedTime(f).toMillis());
                    p.executeUpdate();
                }
            } catch (IOException e) {
                throw new UncheckedIOException("import " + folder + ": " + e.getMessage(), e);
            }
            for (String id : files.ids()) {
                StudioStore.Current current = files.current(id).orElse(null);
                if (current != null && current.draft()) {
                    DatabaseStudioStore.putDraft(c, id, current.text(), current.updatedAt().toEpochMilli());
                }
            }
            // every history: current scenarios', their plans' ('<id>.test') and deleted scenarios' (kept for a comeback)
            for (String key : files.versionKeys()) {
                for (StudioStore.VersionInfo v : files.versions(key)) {
                    String text = files.versionText(key, v.number()).orElse(null);
                    if (text != null) {
                        DatabaseStudioStore.insertVersion(c, key, v.number(), text, v.savedAt().toEpochMilli(), v.savedById(),
                                v.savedByName(), v.draft(), v.valid());
                    }
                }
            }
            try (PreparedStatement p = c.prepareStatement(
                    "UPDATE scenario_library SET imported_at = ?, generation = generation + 1 WHERE singleton = 1")) {
                p.setLong(1, now);
                p.executeUpdate();
            }
            return true;
        });
    }

    private static List<Path> publishedFiles(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(folder)) {
            // never through a symbolic link: the folder's files only, as the library reads them
            return s.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS))
                    .filter(f -> ScenarioLoader.isScenarioFile(f) || ScenarioLoader.isPlanFile(f)).sorted().toList();
        }
    }

    /**
     * Writes the library in the database back to a folder: every published file as {@code <name>}, and every
     * draft as {@code .studio/drafts/<id>.json} (where the folder-based studio keeps drafts). Returns how many
     * files it wrote. Versions stay in the database.
     */
    public static int export(Database db, Path folder) throws IOException {
        Map<String, String> published = new LinkedHashMap<>();
        Map<String, String> drafts = new LinkedHashMap<>();
        db.read("export the scenario library", c -> {
            try (Statement s = c.createStatement()) {
                try (ResultSet r = s.executeQuery("SELECT name, text FROM scenario_files ORDER BY name")) {
                    while (r.next()) {
                        published.put(r.getString(1), r.getString(2));
                    }
                }
                try (ResultSet r = s.executeQuery("SELECT id, text FROM scenario_drafts ORDER BY id")) {
                    while (r.next()) {
                        drafts.put(r.getString(1), r.getString(2));
                    }
                }
            }
            return null;
        });
        Files.createDirectories(folder);
        for (Map.Entry<String, String> e : published.entrySet()) {
            write(folder.resolve(Path.of(e.getKey()).getFileName()), e.getValue());
        }
        if (!drafts.isEmpty()) {
            Path dir = Files.createDirectories(folder.resolve(".studio").resolve("drafts"));
            for (Map.Entry<String, String> e : drafts.entrySet()) {
                write(dir.resolve(e.getKey() + ".json"), e.getValue());
            }
        }
        return published.size() + drafts.size();
    }

    /** Beside the target under a name the library does not read, then moved over it. */
    private static void write(Path target, String text) throws IOException {
        Path tmp = target.resolveSibling("." + target.getFileName() + ".export-tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    @Override
    public void close() {
        closed = true;
        listener.interrupt();
        try {
            listener.join(3000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
