package org.changetalk.scenario.library;

/** Told about each file the watcher reloaded; called on the watcher's thread. */
@FunctionalInterface
public interface LibraryListener {
    void changed(LibraryEvent event);
}
