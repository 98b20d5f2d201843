package org.changetalk.scenario.library;

import org.changetalk.scenario.read.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/** The watcher with real files in a real folder: new, changed, broken and deleted scenarios reach the listener. */
class LibraryWatcherTest {
    private static final long WAIT_SECONDS = 10;

    @TempDir
    Path dir;

    private final BlockingQueue<LibraryEvent> events = new LinkedBlockingQueue<>();

    @Test
    void reloadsChangedFilesWithoutARestart() throws Exception {
        ScenarioLibrary library = ScenarioLibrary.open(dir);
        Path file = dir.resolve("small.json");
        try (LibraryWatcher watcher = library.watch(events::add)) {
            Files.writeString(file, Fixtures.smallConversation("small", "", ""));
            await(e -> e instanceof LibraryEvent.Loaded l && l.file().equals(file));
            assertThat(library.find("small")).isPresent();

            Files.writeString(file, Fixtures.smallConversation("small", "", "").replace("title: 'Small'", "title: 'Renamed'"));
            await(e -> e instanceof LibraryEvent.Loaded l && l.file().equals(file)
                    && library.find("small").map(x -> x.scenario().title()).orElse("").equals("Renamed"));

            Files.writeString(file, "{ format: 1, id: 'small', kind: 'conversation' ");
            LibraryEvent rejected = await(e -> e instanceof LibraryEvent.Rejected r && r.file().equals(file));
            assertThat(((LibraryEvent.Rejected) rejected).problems()).isNotEmpty();
            assertThat(library.find("small")).isEmpty();
            assertThat(library.skipped()).containsKey(file);

            Files.delete(file);
            await(e -> e instanceof LibraryEvent.Removed r && r.file().equals(file));
            assertThat(library.skipped()).doesNotContainKey(file);
        }
    }

    @Test
    void aFailingListenerDoesNotStopTheWatcher() throws Exception {
        ScenarioLibrary library = ScenarioLibrary.open(dir);
        try (LibraryWatcher watcher = library.watch(e -> {
            events.add(e);
            throw new IllegalStateException("listener bug");
        })) {
            Files.writeString(dir.resolve("one.json"), Fixtures.smallConversation("one", "", ""));
            await(e -> e.file().getFileName().toString().equals("one.json"));
            Files.writeString(dir.resolve("two.json"), Fixtures.smallConversation("two", "", ""));
            await(e -> e.file().getFileName().toString().equals("two.json"));
            assertThat(library.entries()).hasSize(2);
        }
    }

    /** Takes events until one matches (earlier ones, like a half-written save, are skipped). */
    private LibraryEvent await(Predicate<LibraryEvent> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (System.nanoTime() < deadline) {
            LibraryEvent e = events.poll(100, TimeUnit.MILLISECONDS);
            if (e != null && wanted.test(e)) {
                return e;
            }
        }
        throw new AssertionError("no matching library event within " + WAIT_SECONDS + " s; left: " + events);
    }
}
