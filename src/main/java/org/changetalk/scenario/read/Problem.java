package org.changetalk.scenario.read;

import java.nio.file.Path;
import java.util.Comparator;

/** One thing wrong with a file, at the line and column where it is, as an author reads it. */
public record Problem(Path file, int line, int column, String message) {

    /** Orders problems the way they appear in the file. */
    public static final Comparator<Problem> IN_FILE_ORDER =
            Comparator.comparing((Problem p) -> p.file().toString())
                    .thenComparingInt(Problem::line)
                    .thenComparingInt(Problem::column);

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + message;
    }
}
