package org.changetalk.studio;

import org.changetalk.account.Role;
import org.changetalk.account.User;
import org.changetalk.scenario.library.LibraryEntry;
import org.changetalk.scenario.library.ScenarioLibrary;
import org.changetalk.scenario.read.ScenarioLoader;
import org.changetalk.storage.Database;
import org.changetalk.storage.DatabaseUrl;
import org.changetalk.storage.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The studio's library in PostgreSQL (issue 12, many instances): the folder is imported once, with its
 * drafts and versions; saves behave as in the folder (stale check, numbered versions, drafts kept out of
 * the library); a publish on one instance reaches another; export writes the folder back.
 */
class SharedLibraryTest {
    private static final Clock CLOCK = Clock.systemUTC();
    private static final User IRENE = new User("u-irene", "irene", "Irene", Role.INSTRUCTOR, null);
    private static final String TITLE = "Sam, 19: sent by mum";

    @TempDir
    Path dir;

    /**
     * A folder with the bundled scenarios, one scenario saved twice in the folder's studio and one draft, a
     * test plan saved from the studio and a deleted scenario (its versions kept).
     */
    private Path folder() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("scenarios"));
        try (Stream<Path> files = Files.list(Path.of("scenarios"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, folder.resolve(f.getFileName()));
            }
        }
        StudioStore files = new StudioStore(ScenarioLibrary.open(folder), CLOCK);
        String text = Templates.text(org.changetalk.scenario.model.ScenarioKind.CONVERSATION, org.changetalk.scenario.model.Stage.CONTEMPLATION, "sam-folder");
        String v1 = files.save("sam-folder", text, null, false, true, IRENE).version();
        files.save("sam-folder", text.replace(TITLE, "Sam, second save"), v1, false, true, IRENE);
        files.save("sam-draft", Templates.text(org.changetalk.scenario.model.ScenarioKind.CONVERSATION, org.changetalk.scenario.model.Stage.CONTEMPLATION, "sam-draft"), null, true, true, IRENE);
        String walt = "walt-gambling-precontemplation";
        files.savePlan(walt, files.plan(walt).orElseThrow().replace("seed: 1,", "seed: 2,"), IRENE);
        String gone = Templates.text(org.changetalk.scenario.model.ScenarioKind.CONVERSATION, org.changetalk.scenario.model.Stage.CONTEMPLATION, "sam-gone");
        files.delete("sam-gone", files.save("sam-gone", gone, null, false, true, IRENE).version(), IRENE);
        return folder;
    }

    private record Instance(Database db, ScenarioLibrary library, SharedLibrary shared, DatabaseStudioStore store)
            implements AutoCloseable {
        static Instance open(DatabaseUrl url, Path folder) {
            Database db = Database.open(url);
            ScenarioLibrary library = new ScenarioLibrary(folder, new ScenarioLoader());
            SharedLibrary shared = SharedLibrary.open(db, library, CLOCK);
            return new Instance(db, library, shared, new DatabaseStudioStore(db, shared, CLOCK));
        }

        String title(String id) {
            return library.find(id).map(LibraryEntry::scenario).map(s -> s.title()).orElse(null);
        }

        @Override
        public void close() {
            shared.close();
            db.close();
        }
    }

    @Test
    void theFolderIsImportedOnceWithItsDraftsAndVersions() throws IOException {
        Path folder = folder();
        DatabaseUrl url = TestDatabases.postgresql();
        ScenarioLibrary fromFolder = ScenarioLibrary.open(folder);
        try (Instance a = Instance.open(url, folder)) {
            assertThat(a.library().entries()).extracting(e -> e.scenario().id())
                    .isEqualTo(fromFolder.entries().stream().map(e -> e.scenario().id()).toList());
            assertThat(a.library().entries().stream().filter(e -> e.plan() != null).count())
                    .isEqualTo(fromFolder.entries().stream().filter(e -> e.plan() != null).count());
            assertThat(a.title("sam-folder")).isEqualTo("Sam, second save");
            assertThat(a.title("sam-draft")).as("a draft is not published").isNull();
            assertThat(a.store().current("sam-draft").orElseThrow().draft()).isTrue();
            assertThat(a.store().versions("sam-folder")).extracting(StudioStore.VersionInfo::number).containsExactly(2, 1);
            assertThat(a.store().versions("sam-folder").get(0).savedByName()).isEqualTo("irene");
            assertThat(a.store().versionText("sam-folder", 1).orElseThrow()).contains(TITLE);
            // a plan's versions and a deleted scenario's versions come along too
            assertThat(a.store().versions(ScenarioStore.planKey("walt-gambling-precontemplation"))).hasSize(2);
            assertThat(a.store().current("sam-gone")).isEmpty();
            assertThat(a.store().versions("sam-gone")).hasSize(1);
        }
        // a later start (or a second instance) does not import again: the database is the library now
        Files.delete(folder.resolve("sam-folder.json"));
        try (Instance b = Instance.open(url, folder)) {
            assertThat(b.title("sam-folder")).isEqualTo("Sam, second save");
        }
    }

    @Test
    void savesAreCheckedNumberedAndReachTheOtherInstance() throws IOException {
        Path folder = folder();
        DatabaseUrl url = TestDatabases.postgresql();
        try (Instance a = Instance.open(url, folder); Instance b = Instance.open(url, folder)) {
            String text = Templates.text(org.changetalk.scenario.model.ScenarioKind.CONVERSATION, org.changetalk.scenario.model.Stage.PRECONTEMPLATION, "new-one");
            StudioStore.Saved draft = a.store().save("new-one", text, null, true, true, IRENE);
            assertThat(draft.created()).isTrue();
            assertThat(b.shared().refresh()).as("a draft publishes nothing").isFalse();
            assertThat(b.title("new-one")).isNull();

            StudioStore.Saved published = a.store().save("new-one", text.replace(TITLE, "Published"), draft.version(), false, true, IRENE);
            assertThat(published.number()).isEqualTo(2);
            assertThat(a.title("new-one")).as("at once on the saving instance").isEqualTo("Published");
            b.shared().refresh(); // B's listener may have reloaded already; either way B has it now
            assertThat(b.title("new-one")).isEqualTo("Published");
            assertThat(b.store().current("new-one").orElseThrow().draft()).isFalse();

            // an author still on the draft's version is told it is stale, and nothing changes
            assertThatThrownBy(() -> b.store().save("new-one", text, draft.version(), false, true, IRENE))
                    .isInstanceOf(StudioStore.StaleException.class);
            assertThat(b.store().versions("new-one")).hasSize(2);
            assertThat(b.store().ids()).contains("new-one", "sam-draft", "sam-folder").doesNotContain("new-one.test");
        }
    }

    @Test
    void exportWritesTheLibraryBackToAFolderThatImportsTheSame() throws IOException {
        Path folder = folder();
        DatabaseUrl url = TestDatabases.postgresql();
        Path out = dir.resolve("exported");
        List<String> ids;
        try (Instance a = Instance.open(url, folder)) {
            String text = Templates.text(org.changetalk.scenario.model.ScenarioKind.CONVERSATION, org.changetalk.scenario.model.Stage.ACTION, "db-only");
            a.store().save("db-only", text, null, false, true, IRENE);
            ids = a.library().entries().stream().map(e -> e.scenario().id()).toList();
            int written = SharedLibrary.export(a.db(), out);
            assertThat(written).isEqualTo((int) Files.list(folder).filter(Files::isRegularFile)
                    .filter(f -> ScenarioLoader.isScenarioFile(f) || ScenarioLoader.isPlanFile(f)).count() + 1 + 1);
            assertThat(Files.readString(out.resolve("db-only.json"))).isEqualTo(text);
            assertThat(out.resolve(".studio/drafts/sam-draft.json")).exists();
        }
        assertThat(ScenarioLibrary.open(out).entries()).extracting(e -> e.scenario().id()).isEqualTo(ids);
    }
}
