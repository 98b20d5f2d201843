package org.changetalk.scenario.library;

import org.changetalk.scenario.model.Conversation;
import org.changetalk.scenario.read.Fixtures;
import org.changetalk.scenario.read.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ScenarioLibraryTest {
    @TempDir
    Path dir;

    private void copy(String id) throws IOException {
        Files.copy(Fixtures.LIBRARY.resolve(id + ".json"), dir.resolve(id + ".json"));
        Files.copy(Fixtures.LIBRARY.resolve(id + ".test.json"), dir.resolve(id + ".test.json"));
    }

    @Test
    void aBadFileIsSkippedWithItsReasonsAndTheOthersLoad() throws IOException {
        copy(Fixtures.TERESA);
        copy(Fixtures.DRILL);
        Files.writeString(dir.resolve("broken.json"), "{ format: 1, id: 'broken', kind: 'conversation', title: 't' ");
        Files.writeString(dir.resolve("notes.txt"), "not a scenario");
        Files.copy(Path.of("scenarios/schema.json"), dir.resolve("schema.json"));

        ScenarioLibrary library = ScenarioLibrary.open(dir);

        assertThat(library.entries()).extracting(e -> e.scenario().id())
                .containsExactly(Fixtures.DRILL, Fixtures.TERESA);
        assertThat(library.entries()).allMatch(e -> e.plan() != null);
        Map<Path, List<Problem>> skipped = library.skipped();
        assertThat(skipped).containsOnlyKeys(dir.resolve("broken.json"));
        assertThat(skipped.get(dir.resolve("broken.json"))).singleElement().asString()
                .startsWith(dir.resolve("broken.json") + ":1:").contains("the file ends before");
        assertThat(library.fileCount()).isEqualTo(5);
    }

    @Test
    void aLibraryReadInTheBackgroundMakesItsReadersWaitForAllOfIt() throws Exception {
        copy(Fixtures.TERESA);
        copy(Fixtures.DRILL);
        ScenarioLibrary library = new ScenarioLibrary(dir, new org.changetalk.scenario.read.ScenarioLoader());
        java.util.concurrent.atomic.AtomicReference<Runnable> held = new java.util.concurrent.atomic.AtomicReference<>();
        java.util.concurrent.CompletableFuture<Void> read = library.loadInBackground(held::set);
        java.util.concurrent.CompletableFuture<List<String>> reader = java.util.concurrent.CompletableFuture.supplyAsync(() ->
                library.entries().stream().map(e -> e.scenario().id() + (e.plan() == null ? "" : "+plan")).toList());

        Thread.sleep(100); // the reader has had time to look: it must still be waiting, not see an empty library
        assertThat(reader).isNotDone();
        assertThat(read).isNotDone();
        held.get().run();

        assertThat(read).succeedsWithin(java.time.Duration.ofSeconds(10));
        assertThat(reader.get(10, java.util.concurrent.TimeUnit.SECONDS)).containsExactly(Fixtures.DRILL + "+plan", Fixtures.TERESA + "+plan");
        assertThat(library.fileCount()).isEqualTo(4);
    }

    @Test
    void aBackgroundReadingThatFailsIsWhatEveryReaderIsTold() throws IOException {
        copy(Fixtures.TERESA);
        ScenarioLibrary library = new ScenarioLibrary(dir, new org.changetalk.scenario.read.ScenarioLoader());

        library.loadInBackground(task -> {
            throw new java.util.concurrent.RejectedExecutionException("no threads left");
        });

        org.assertj.core.api.Assertions.assertThatThrownBy(library::entries).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("could not be read").hasMessageContaining("no threads left");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> library.find(Fixtures.TERESA)).isInstanceOf(IllegalStateException.class);
        // a later whole reading (the watcher's, after an overflow) puts it right
        library.reloadAll();
        assertThat(library.find(Fixtures.TERESA)).isPresent();
    }

    @Test
    void aPlanForAnInvalidScenarioIsSkippedTooAndSaysWhy() throws IOException {
        copy(Fixtures.TERESA);
        Files.writeString(dir.resolve(Fixtures.TERESA + ".json"), "{ format: 1 }");
        ScenarioLibrary library = ScenarioLibrary.open(dir);
        assertThat(library.entries()).isEmpty();
        assertThat(library.skipped().get(dir.resolve(Fixtures.TERESA + ".test.json"))).singleElement().asString()
                .contains("no valid scenario 'teresa-alcohol-contemplation' to test");
    }

    @Test
    void reloadingAChangedScenarioRechecksItsPlan() throws IOException {
        copy(Fixtures.TERESA);
        ScenarioLibrary library = ScenarioLibrary.open(dir);
        assertThat(library.find(Fixtures.TERESA)).isPresent();

        Path file = dir.resolve(Fixtures.TERESA + ".json");
        Files.writeString(file, Fixtures.read(file).replace("id: 'the-cost'", "id: 'the-price'")
                .replace("'the-cost'", "'the-price'"));
        List<LibraryEvent> events = library.reload(file);

        assertThat(events).hasSize(2);
        assertThat(events.get(0)).isEqualTo(new LibraryEvent.Loaded(file, Fixtures.TERESA));
        assertThat(events.get(1)).isInstanceOf(LibraryEvent.Rejected.class); // its plan names the old beat
        assertThat(((LibraryEvent.Rejected) events.get(1)).problems()).anyMatch(p -> p.message().contains("unknown beat 'the-cost'"));
        assertThat(library.find(Fixtures.TERESA).orElseThrow().plan()).isNull();
        assertThat(((Conversation) library.find(Fixtures.TERESA).orElseThrow().scenario()).beats()).containsKey("the-price");

        Files.delete(file);
        assertThat(library.reload(file)).first().isEqualTo(new LibraryEvent.Removed(file));
        assertThat(library.find(Fixtures.TERESA)).isEmpty();
    }

    @Test
    void aMissingFolderIsReportedNotThrown() {
        ScenarioLibrary library = ScenarioLibrary.open(dir.resolve("nope"));
        assertThat(library.entries()).isEmpty();
        assertThat(library.skipped().values()).singleElement().asString().contains("no such scenarios folder");
    }

    /** The database-backed library (many instances on PostgreSQL) loads texts, not files: same checks, same locations. */
    @Test
    void textsReplaceTheLibraryAsIfTheyWereTheFolder() throws IOException {
        copy(Fixtures.TERESA);
        ScenarioLibrary library = ScenarioLibrary.open(dir);
        String drill = Files.readString(Fixtures.LIBRARY.resolve(Fixtures.DRILL + ".json"));
        String plan = Files.readString(Fixtures.LIBRARY.resolve(Fixtures.DRILL + ".test.json"));

        library.replaceAll(Map.of(Fixtures.DRILL + ".json", drill, Fixtures.DRILL + ".test.json", plan,
                "broken.json", "{ format: 1, id: 'broken', kind: 'conversation', title: 't' "));

        assertThat(library.entries()).extracting(e -> e.scenario().id()).containsExactly(Fixtures.DRILL);
        assertThat(library.entries().get(0).plan()).isNotNull();
        assertThat(library.skipped().get(dir.resolve("broken.json"))).singleElement().asString()
                .startsWith(dir.resolve("broken.json") + ":1:");
        assertThat(library.find(Fixtures.TERESA)).as("gone: it is not among the texts").isEmpty();
    }
}
