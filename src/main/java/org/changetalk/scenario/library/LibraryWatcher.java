package org.changetalk.scenario.library;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Watches a library's folder and reloads each changed scenario or test plan, telling the listener
 * what happened. Runs on its own daemon thread until closed.
 */
public final class LibraryWatcher implements AutoCloseable {
    /** Editors save in several steps (truncate, write, rename); wait this long to reload each file once. */
    private static final long SETTLE_MILLIS = 50;
    private static final System.Logger LOG = System.getLogger(LibraryWatcher.class.getName());

    private final ScenarioLibrary library;
    private final LibraryListener listener;
    private final WatchService watch;
    private final Thread thread;

    LibraryWatcher(ScenarioLibrary library, LibraryListener listener) throws IOException {
        this.library = library;
        this.listener = listener;
        Path folder = library.folder();
        this.watch = folder.getFileSystem().newWatchService();
        folder.register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                StandardWatchEventKinds.ENTRY_DELETE);
        this.thread = new Thread(this::run, "scenario-watcher " + folder);
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        try {
            while (true) {
                WatchKey key = watch.take();
                Set<Path> changed = new LinkedHashSet<>();
                boolean overflow = drain(key, changed);
                // Gather the rest of a multi-step save before reloading.
                for (WatchKey more = watch.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS); more != null;
                     more = watch.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS)) {
                    overflow |= drain(more, changed);
                }
                if (overflow) {
                    library.reloadAll().forEach(this::tell);
                } else {
                    changed.forEach(file -> library.reload(file).forEach(this::tell));
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: stop quietly
        }
    }

    /** Collects the changed JSON files of a key; true when events were lost and the whole folder needs reading. */
    private boolean drain(WatchKey key, Set<Path> changed) {
        boolean overflow = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                overflow = true;
            } else if (event.context() instanceof Path name && name.toString().endsWith(".json")) {
                changed.add(library.folder().resolve(name));
            }
        }
        key.reset();
        return overflow;
    }

    private void tell(LibraryEvent event) {
        try {
            listener.changed(event);
        } catch (RuntimeException e) {
            // A listener's bug must not stop reloading for everyone else.
            LOG.log(System.Logger.Level.WARNING, "scenario library listener failed on " + event.file(), e);
        }
    }

    @Override
    public void close() {
        try {
            watch.close();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "closing the scenario watcher", e);
        }
        thread.interrupt();
        try {
            thread.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
