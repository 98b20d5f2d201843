package org.changetalk.storage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every pooled SQLite connection runs in WAL mode with the chosen durability and foreign keys on; the log is copied
 * back into the database file by the checkpoint thread, not by the commits.
 */
class SqliteSettingsTest {
    @TempDir
    Path dir;

    private static String pragma(Database db, String name) {
        return db.read("pragma " + name, c -> {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA " + name)) {
                r.next();
                return r.getString(1);
            }
        });
    }

    @Test
    void walAndNormalByDefaultFullOnRequest() {
        try (Database db = Database.open(DatabaseUrl.sqlite(dir.resolve("a.db")))) {
            assertThat(pragma(db, "journal_mode")).isEqualToIgnoringCase("wal");
            assertThat(pragma(db, "synchronous")).isEqualTo("1"); // NORMAL
            assertThat(pragma(db, "foreign_keys")).isEqualTo("1");
            assertThat(Integer.parseInt(pragma(db, "busy_timeout"))).isGreaterThanOrEqualTo(5000);
            assertThat(pragma(db, "wal_autocheckpoint")).isEqualTo(Integer.toString(Checkpointer.SAFETY_NET_PAGES));
        }
        try (Database db = Database.open(DatabaseUrl.sqlite(dir.resolve("b.db")), Durability.POWER_LOSS)) {
            assertThat(pragma(db, "synchronous")).isEqualTo("2"); // FULL
        }
    }

    @Test
    void theCheckpointThreadCopiesCommittedPagesIntoTheDatabaseFile() throws Exception {
        Path file = dir.resolve("c.db");
        try (Database db = Database.open(DatabaseUrl.sqlite(file))) {
            db.write("table", c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("CREATE TABLE filler (b TEXT)");
                }
                return null;
            });
            long before = Files.size(file);
            // 100 commits of 4 KB: a few hundred pages, below even SQLite's default of 1,000, so only the thread copies them back
            for (int i = 0; i < 100; i++) {
                db.write("row", c -> {
                    try (var p = c.prepareStatement("INSERT INTO filler VALUES (?)")) {
                        p.setString(1, "x".repeat(4096));
                        p.executeUpdate();
                    }
                    return null;
                });
            }
            long deadline = System.nanoTime() + 20_000_000_000L;
            while (Files.size(file) < before + 100 * 4096L && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(Files.size(file)).as("copied back by the checkpoint thread").isGreaterThanOrEqualTo(before + 100 * 4096L);
        }
    }
}
