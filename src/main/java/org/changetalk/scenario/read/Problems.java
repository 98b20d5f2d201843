package org.changetalk.scenario.read;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects every problem found in one file, so an author sees them all in one run. Warnings are kept apart: they
 * say what a file lacks (a beat with no prompts) without refusing it, so a file saved before the rule still loads.
 */
final class Problems {
    private final Path file;
    private final List<Problem> found = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();

    Problems(Path file) {
        this.file = file;
    }

    void at(Pos pos, String message) {
        found.add(new Problem(file, pos.line(), pos.column(), message));
    }

    void warnAt(Pos pos, String message) {
        warnings.add(new Problem(file, pos.line(), pos.column(), message));
    }

    boolean any() {
        return !found.isEmpty();
    }

    List<Problem> sorted() {
        return found.stream().distinct().sorted(Problem.IN_FILE_ORDER).toList();
    }

    List<Problem> sortedWarnings() {
        return warnings.stream().distinct().sorted(Problem.IN_FILE_ORDER).toList();
    }
}
