package org.changetalk.scenario.library;

import org.changetalk.scenario.read.Problem;

import java.nio.file.Path;
import java.util.List;

/** What happened to one file when the library reloaded it. */
public sealed interface LibraryEvent {
    Path file();

    /** The file (a scenario or a test plan) loaded and is in use; {@code id} is the scenario it belongs to. */
    record Loaded(Path file, String id) implements LibraryEvent {}

    /** The file has problems and is skipped (a scenario that was in use is withdrawn). */
    record Rejected(Path file, List<Problem> problems) implements LibraryEvent {
        public Rejected {
            problems = List.copyOf(problems);
        }
    }

    /** The file is gone. */
    record Removed(Path file) implements LibraryEvent {}
}
