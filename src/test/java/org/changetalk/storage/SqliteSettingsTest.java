package org.changetalk.storage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/** Every pooled SQLite connection runs in WAL mode with the chosen durability and foreign keys on. */
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
        }
        try (Database db = Database.open(DatabaseUrl.sqlite(dir.resolve("b.db")), Durability.POWER_LOSS)) {
            assertThat(pragma(db, "synchronous")).isEqualTo("2"); // FULL
        }
    }
}
