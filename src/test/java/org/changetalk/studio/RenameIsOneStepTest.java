package org.changetalk.studio;

import org.changetalk.account.Role;
import org.changetalk.account.User;
import org.changetalk.scenario.library.ScenarioLibrary;
import org.changetalk.scenario.model.ScenarioKind;
import org.changetalk.scenario.model.Stage;
import org.changetalk.scenario.read.ScenarioLoader;
import org.changetalk.storage.Database;
import org.changetalk.storage.Dialect;
import org.changetalk.storage.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A studio rename and the sessions and drill places that name the scenario move as one step, in both stores:
 * when moving the uses fails, the scenario, its plan and its versions are where they were, under the old id,
 * and nothing is under the new one. (The API test StudioLifecycleApiTest covers the rename that succeeds, with
 * real sessions, on SQLite and PostgreSQL.)
 */
class RenameIsOneStepTest {
    private static final Clock CLOCK = Clock.systemUTC();
    private static final User IRENE = new User("u-irene", "irene", "Irene", Role.INSTRUCTOR, null);

    @TempDir
    Path dir;

    private static String template(String id) {
        return Templates.text(ScenarioKind.CONVERSATION, Stage.CONTEMPLATION, id);
    }

    /** Uses that record what they were asked to move, or fail as a database that went away does. */
    private static final class Uses implements ScenarioStore.Uses {
        final List<String> moved = new ArrayList<>();
        final boolean fail;

        Uses(boolean fail) {
            this.fail = fail;
        }

        @Override
        public void move(Connection c, String from, String to) throws SQLException {
            // a write on the rename's own connection: it must go back with the rest when the step fails
            try (PreparedStatement p = c.prepareStatement("INSERT INTO rename_probe (what) VALUES (?)")) {
                p.setString(1, from + " -> " + to);
                p.executeUpdate();
            }
            if (fail) {
                throw new SQLException("the database went away");
            }
            moved.add(from + " -> " + to);
        }

        @Override
        public void moveCommitted(String from, String to) {
            if (fail) {
                throw new IllegalStateException("the database went away");
            }
            moved.add(from + " -> " + to);
        }
    }

    @Test
    void inTheFolderAFailedMoveOfTheUsesLeavesTheScenarioItsPlanAndItsVersionsUnderTheOldId() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("scenarios"));
        StudioStore store = new StudioStore(ScenarioLibrary.open(folder), CLOCK);
        String v1 = store.save("sam-old", template("sam-old"), null, false, true, IRENE).version();
        String v2 = store.save("sam-old", template("sam-old").replace("Sam, 19", "Sam, 20"), v1, true, true, IRENE).version();
        int versions = store.versions("sam-old").size();

        assertThatThrownBy(() -> store.rename("sam-old", "sam-new", v2, IRENE, new Uses(true)))
                .hasMessageContaining("the database went away");
        assertThat(store.current("sam-old")).get().satisfies(c -> {
            assertThat(c.version()).isEqualTo(v2);
            assertThat(c.draft()).isTrue();
        });
        assertThat(store.published("sam-old")).isPresent();
        assertThat(store.versions("sam-old")).hasSize(versions);
        assertThat(store.current("sam-new")).isEmpty();
        assertThat(store.published("sam-new")).isEmpty();
        assertThat(store.versions("sam-new")).isEmpty();
        assertThat(store.ids()).containsExactly("sam-old");

        // and once the uses can move, the same rename goes through, the uses with it
        Uses uses = new Uses(false);
        ScenarioStore.Renamed renamed = store.rename("sam-old", "sam-new", v2, IRENE, uses);
        assertThat(uses.moved).containsExactly("sam-old -> sam-new");
        assertThat(store.ids()).containsExactly("sam-new");
        assertThat(store.versions("sam-new")).hasSize(versions + 1).first().satisfies(v -> assertThat(v.number()).isEqualTo(renamed.number()));
    }

    @Test
    void inTheDatabaseTheRowsAndTheUsesAreOneTransaction() throws IOException, SQLException {
        Path folder = Files.createDirectories(dir.resolve("scenarios"));
        try (Database db = Database.open(TestDatabases.fresh(Dialect.POSTGRESQL, dir))) {
            db.write("make the probe table", c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("CREATE TABLE rename_probe (what TEXT NOT NULL)");
                }
                return null;
            });
            ScenarioLibrary library = new ScenarioLibrary(folder, new ScenarioLoader());
            try (SharedLibrary shared = SharedLibrary.open(db, library, CLOCK)) {
                DatabaseStudioStore store = new DatabaseStudioStore(db, shared, CLOCK);
                String v1 = store.save("sam-old", template("sam-old"), null, false, true, IRENE).version();
                store.savePlan("sam-old", "{scenario: \"sam-old\", paths: []}", IRENE);
                int versions = store.versions("sam-old").size();

                assertThatThrownBy(() -> store.rename("sam-old", "sam-new", v1, IRENE, new Uses(true)))
                        .hasStackTraceContaining("the database went away");
                assertThat(store.current("sam-old")).get().satisfies(c -> assertThat(c.version()).isEqualTo(v1));
                assertThat(store.plan("sam-old")).isPresent();
                assertThat(store.versions("sam-old")).hasSize(versions);
                assertThat(store.current("sam-new")).isEmpty();
                assertThat(store.versions("sam-new")).isEmpty();
                assertThat(probes(db)).as("the uses' own write went back with the rows").isZero();

                Uses uses = new Uses(false);
                store.rename("sam-old", "sam-new", v1, IRENE, uses);
                assertThat(uses.moved).containsExactly("sam-old -> sam-new");
                assertThat(probes(db)).isEqualTo(1);
                assertThat(store.ids()).containsExactly("sam-new");
                assertThat(store.plan("sam-new")).isPresent();
                assertThat(library.find("sam-new")).isPresent();
            }
        }
    }

    private static int probes(Database db) {
        return db.read("count the probes", c -> {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM rename_probe")) {
                r.next();
                return r.getInt(1);
            }
        });
    }
}
