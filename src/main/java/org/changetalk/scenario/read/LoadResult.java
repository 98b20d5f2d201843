package org.changetalk.scenario.read;

import java.nio.file.Path;
import java.util.List;

/** What loading one file gave: its content, or every problem that kept it out. */
public sealed interface LoadResult<T> {
    Path file();

    record Loaded<T>(Path file, T value) implements LoadResult<T> {}

    record Rejected<T>(Path file, List<Problem> problems) implements LoadResult<T> {
        public Rejected {
            problems = List.copyOf(problems);
        }
    }
}
