package org.changetalk.scenario.library;

import org.changetalk.scenario.model.Scenario;
import org.changetalk.scenario.plan.TestPlan;
import org.changetalk.scenario.read.FolderFiles;
import org.changetalk.scenario.read.LoadResult;
import org.changetalk.scenario.read.Problem;
import org.changetalk.scenario.read.ScenarioLoader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Every scenario in one folder. A bad file never stops the others: it is skipped, with its
 * problems kept for {@link #skipped()}. Reads see a consistent snapshot; reloads (from the
 * watcher or a caller) replace it, one at a time. A library read in the background
 * ({@link #loadInBackground}) makes its readers wait for the whole first reading: never half a library.
 */
public final class ScenarioLibrary {
    private static final CompletableFuture<Void> LOADED = CompletableFuture.completedFuture(null);

    private final Path folder;
    private final ScenarioLoader loader;
    private final AtomicReference<Snapshot> snapshot = new AtomicReference<>(Snapshot.EMPTY);
    /** Done unless a first reading in the background is still going on (or failed). */
    private volatile CompletableFuture<Void> firstLoad = LOADED;

    /** The library's state at one moment; never changed after it is built. */
    private record Snapshot(Map<Path, LoadResult<Scenario>> scenarios, Map<Path, LoadResult<TestPlan>> plans) {
        static final Snapshot EMPTY = new Snapshot(Map.of(), Map.of());

        Scenario scenario(String id) {
            return scenarios.values().stream()
                    .flatMap(r -> r instanceof LoadResult.Loaded<Scenario> l ? Stream.of(l.value()) : Stream.empty())
                    .filter(s -> s.id().equals(id)).findFirst().orElse(null);
        }
    }

    public ScenarioLibrary(Path folder, ScenarioLoader loader) {
        this.folder = folder;
        this.loader = loader;
    }

    /** Opens and loads a folder. A missing folder gives an empty library with one problem in {@link #skipped()}. */
    public static ScenarioLibrary open(Path folder) {
        ScenarioLibrary library = new ScenarioLibrary(folder, new ScenarioLoader());
        library.reloadAll();
        return library;
    }

    public Path folder() {
        return folder;
    }

    /**
     * Reads the folder on the given thread(s) instead of the caller's. Until that is done every read of the
     * library ({@link #entries()}, {@link #find}, {@link #skipped()}, {@link #fileCount()}) waits for it, so a
     * server can listen while its library is still being read and no request sees part of it. If the reading
     * fails, each read says so.
     *
     * @return done when the library is read
     */
    public CompletableFuture<Void> loadInBackground(Executor executor) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        firstLoad = done;
        try {
            executor.execute(() -> {
                try {
                    reloadAll();
                    done.complete(null);
                } catch (RuntimeException | Error e) {
                    done.completeExceptionally(e);
                }
            });
        } catch (RuntimeException e) { // the executor refused it
            done.completeExceptionally(e);
        }
        return done;
    }

    /** True once the first reading is done (successfully or not): a reader would not wait any more. */
    public boolean isRead() {
        return firstLoad.isDone();
    }

    /** The current snapshot, once the first reading (if one is going on in the background) is done. */
    private Snapshot snapshot() {
        CompletableFuture<Void> first = firstLoad;
        if (first != LOADED) {
            // join() waits whatever happens to the reader's thread: it gets the whole library or the reason why not
            Throwable failed = first.handle((v, e) -> e).join();
            if (failed != null) {
                Throwable why = failed instanceof CompletionException && failed.getCause() != null ? failed.getCause() : failed;
                throw new IllegalStateException("the scenario library in " + folder + " could not be read: " + why, why);
            }
        }
        return snapshot.get();
    }

    /** Reads the whole folder again. */
    public synchronized List<LibraryEvent> reloadAll() {
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(FolderFiles::isFile).sorted().toList(); // never through a link
        } catch (IOException e) {
            String why = e instanceof NoSuchFileException ? "no such scenarios folder" : "cannot read the scenarios folder: " + e.getMessage();
            LoadResult.Rejected<Scenario> unreadable = new LoadResult.Rejected<>(folder, List.of(new Problem(folder, 1, 1, why)));
            snapshot.set(new Snapshot(Map.of(folder, unreadable), Map.of()));
            firstLoad = LOADED; // a whole reading, if an empty one: readers need not wait (or fail) any more
            return List.of(new LibraryEvent.Rejected(folder, unreadable.problems()));
        }
        return load(files, loader::loadScenario, (f, byId) -> loader.loadPlan(f, byId::get));
    }

    /**
     * Replaces the whole library with these texts (file name → content), read as if they were the folder's
     * files: for a library kept somewhere else than the folder (the database, when instances share one).
     */
    public synchronized List<LibraryEvent> replaceAll(Map<String, String> texts) {
        Map<Path, byte[]> bytes = new HashMap<>();
        texts.forEach((name, text) -> bytes.put(folder.resolve(Path.of(name).getFileName()), text.getBytes(StandardCharsets.UTF_8)));
        List<Path> files = bytes.keySet().stream().sorted().toList();
        return load(files, f -> loader.readScenario(f, bytes.get(f)), (f, byId) -> loader.readPlan(f, bytes.get(f), byId::get));
    }

    private List<LibraryEvent> load(List<Path> files, Function<Path, LoadResult<Scenario>> scenario,
                                    BiFunction<Path, Map<String, Scenario>, LoadResult<TestPlan>> plan) {
        Map<Path, LoadResult<Scenario>> scenarios = new LinkedHashMap<>();
        // Files are independent and the loader is stateless: load them on every core, keep folder order.
        files.parallelStream().filter(ScenarioLoader::isScenarioFile).map(scenario).toList()
                .forEach(r -> scenarios.put(r.file(), r));
        Map<String, Scenario> byId = new HashMap<>();
        scenarios.values().forEach(r -> {
            if (r instanceof LoadResult.Loaded<Scenario> l) {
                byId.put(l.value().id(), l.value());
            }
        });
        Map<Path, LoadResult<TestPlan>> plans = new LinkedHashMap<>();
        files.parallelStream().filter(ScenarioLoader::isPlanFile).map(f -> plan.apply(f, byId)).toList()
                .forEach(r -> plans.put(r.file(), r));
        snapshot.set(new Snapshot(Map.copyOf(scenarios), Map.copyOf(plans)));
        firstLoad = LOADED; // a whole reading: readers need not wait (or fail) any more
        List<LibraryEvent> events = new ArrayList<>();
        scenarios.values().forEach(r -> events.add(event(r)));
        plans.values().forEach(r -> events.add(event(r)));
        return events;
    }

    /**
     * Reloads one file after it changed, appeared or disappeared. A scenario's test plan is checked
     * again too, since it refers to the scenario's beats.
     */
    public synchronized List<LibraryEvent> reload(Path file) {
        Path f = folder.resolve(file.getFileName());
        Snapshot old = snapshot.get();
        Map<Path, LoadResult<Scenario>> scenarios = new LinkedHashMap<>(old.scenarios());
        Map<Path, LoadResult<TestPlan>> plans = new LinkedHashMap<>(old.plans());
        List<LibraryEvent> events = new ArrayList<>();
        boolean exists = FolderFiles.isFile(f);
        if (ScenarioLoader.isScenarioFile(f)) {
            if (exists) {
                LoadResult<Scenario> result = loader.loadScenario(f);
                scenarios.put(f, result);
                events.add(event(result));
            } else if (scenarios.remove(f) != null) {
                events.add(new LibraryEvent.Removed(f));
            }
            Snapshot withScenarios = new Snapshot(Map.copyOf(scenarios), Map.of());
            Path plan = f.resolveSibling(f.getFileName().toString().replaceFirst("\\.json$", ScenarioLoader.PLAN_SUFFIX));
            if (FolderFiles.isFile(plan)) {
                LoadResult<TestPlan> result = loader.loadPlan(plan, withScenarios::scenario);
                plans.put(plan, result);
                events.add(event(result));
            }
        } else if (ScenarioLoader.isPlanFile(f)) {
            if (exists) {
                Snapshot withScenarios = new Snapshot(Map.copyOf(scenarios), Map.of());
                LoadResult<TestPlan> result = loader.loadPlan(f, withScenarios::scenario);
                plans.put(f, result);
                events.add(event(result));
            } else if (plans.remove(f) != null) {
                events.add(new LibraryEvent.Removed(f));
            }
        }
        snapshot.set(new Snapshot(Map.copyOf(scenarios), Map.copyOf(plans)));
        return events;
    }

    /** Valid scenarios, by id. */
    public List<LibraryEntry> entries() {
        Snapshot s = snapshot();
        Map<String, TestPlan> plans = new LinkedHashMap<>();
        s.plans().values().forEach(r -> {
            if (r instanceof LoadResult.Loaded<TestPlan> l) {
                plans.put(l.value().scenario(), l.value());
            }
        });
        List<LibraryEntry> out = new ArrayList<>();
        s.scenarios().values().forEach(r -> {
            if (r instanceof LoadResult.Loaded<Scenario> l) {
                out.add(new LibraryEntry(l.value(), l.file(), plans.get(l.value().id())));
            }
        });
        out.sort(Comparator.comparing(e -> e.scenario().id()));
        return out;
    }

    public Optional<LibraryEntry> find(String id) {
        return entries().stream().filter(e -> e.scenario().id().equals(id)).findFirst();
    }

    /** Files left out (scenarios and test plans) and every problem that kept each out, in file order. */
    public Map<Path, List<Problem>> skipped() {
        Snapshot s = snapshot();
        Map<Path, List<Problem>> out = new TreeMap<>();
        Stream.concat(s.scenarios().values().stream(), s.plans().values().stream()).forEach(r -> {
            if (r instanceof LoadResult.Rejected<?> rejected) {
                out.put(rejected.file(), rejected.problems());
            }
        });
        return out;
    }

    /** How many scenario and test-plan files the library looked at. */
    public int fileCount() {
        Snapshot s = snapshot();
        return s.scenarios().size() + s.plans().size();
    }

    /** Starts watching the folder; close the watcher to stop. */
    public LibraryWatcher watch(LibraryListener listener) throws IOException {
        return new LibraryWatcher(this, listener);
    }

    private static LibraryEvent event(LoadResult<?> result) {
        if (result instanceof LoadResult.Rejected<?> r) {
            return new LibraryEvent.Rejected(r.file(), r.problems());
        }
        Object value = ((LoadResult.Loaded<?>) result).value();
        String id = value instanceof Scenario s ? s.id() : ((TestPlan) value).scenario();
        return new LibraryEvent.Loaded(result.file(), id);
    }
}
