package org.changetalk.storage;

import org.changetalk.refusal.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * SQLite's writes share transactions (GroupCommit): in a batch, a write that fails is undone alone and its
 * caller gets its own failure, while the others commit; a write cannot start another; a closed writer refuses.
 */
class GroupCommitTest {
    private static final int WRITERS = 24;

    @TempDir
    Path dir;

    @Test
    void aFailingWriteInABatchIsUndoneAloneAndTheOthersCommit() throws Exception {
        try (Database db = Database.open(DatabaseUrl.sqlite(dir.resolve("g.db")))) {
            GroupCommit writer = new GroupCommit(() -> rawConnection(db));
            writer.write("table", c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("CREATE TABLE t (v TEXT NOT NULL UNIQUE)");
                }
                return null;
            });
            // the first write holds the writer until every other write is queued, so they commit as one batch
            CountDownLatch queued = new CountDownLatch(1);
            // the others are queued only once the first write holds the writer: queued earlier, some would join its
            // batch, never be counted as waiting, and the wait below would spin for ever (it hung a CI run)
            CountDownLatch holding = new CountDownLatch(1);
            ExecutorService threads = Executors.newFixedThreadPool(WRITERS + 1);
            Future<Object> first = threads.submit(() -> writer.write("first", c -> {
                holding.countDown();
                insert(c, "first");
                try {
                    queued.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return null;
            }));
            holding.await();
            List<Future<String>> rest = new ArrayList<>();
            for (int i = 0; i < WRITERS; i++) {
                int n = i;
                rest.add(threads.submit(() -> writer.write("write " + n, c -> {
                    insert(c, "v" + n);
                    if (n % 4 == 1) {
                        throw Refusal.conflict("refused " + n); // after its insert: the insert must be undone
                    }
                    if (n % 4 == 2) {
                        insert(c, "first"); // a broken statement (UNIQUE) after a good one
                    }
                    return "ok " + n;
                })));
            }
            while (writer.waiting() < WRITERS) {
                Thread.onSpinWait();
            }
            queued.countDown();
            first.get();
            List<String> expected = new ArrayList<>(List.of("first"));
            for (int i = 0; i < WRITERS; i++) {
                int n = i;
                if (n % 4 == 1) {
                    assertThatThrownBy(() -> rest.get(n).get()).hasCauseInstanceOf(Refusal.Conflict.class)
                            .hasMessageContaining("refused " + n);
                } else if (n % 4 == 2) {
                    assertThatThrownBy(() -> rest.get(n).get()).hasCauseInstanceOf(StorageException.class)
                            .hasMessageContaining("write " + n).hasMessageContaining("UNIQUE");
                } else {
                    assertThat(rest.get(n).get()).isEqualTo("ok " + n);
                    expected.add("v" + n);
                }
            }
            threads.shutdown();
            assertThat(values(db)).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @Test
    void aWriteCannotStartAnotherAndAClosedWriterRefuses() {
        try (Database db = Database.open(DatabaseUrl.sqlite(dir.resolve("n.db")))) {
            assertThatThrownBy(() -> db.write("outer", c -> db.write("inner", c2 -> null)))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("inner");
            db.close();
            assertThatThrownBy(() -> db.write("late", c -> null)).isInstanceOf(StorageException.class)
                    .hasMessageContaining("late").hasMessageContaining("closed");
        }
    }

    private static java.sql.Connection rawConnection(Database db) throws SQLException {
        return java.sql.DriverManager.getConnection(db.url().jdbcUrl());
    }

    private static void insert(java.sql.Connection c, String v) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO t (v) VALUES (?)")) {
            p.setString(1, v);
            p.executeUpdate();
        }
    }

    private static List<String> values(Database db) {
        return db.read("values", c -> {
            List<String> out = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT v FROM t")) {
                while (r.next()) {
                    out.add(r.getString(1));
                }
            }
            return out;
        });
    }
}
