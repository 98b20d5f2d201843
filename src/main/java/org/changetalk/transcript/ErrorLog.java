package org.changetalk.transcript;

import java.util.ArrayList;
import java.util.List;

/** Collects input errors for one source up to a cap; past the cap, reading stops (a broken file can have millions). */
final class ErrorLog {
    private final String source;
    private final int cap;
    private final List<InputError> errors = new ArrayList<>();

    ErrorLog(String source, int cap) {
        this.source = source;
        this.cap = cap;
    }

    void add(long line, String message) {
        if (errors.size() < cap) {
            errors.add(new InputError(source, line, message));
        }
    }

    boolean isFull() {
        return errors.size() >= cap;
    }

    boolean isEmpty() {
        return errors.isEmpty();
    }

    BadInputException toException() {
        return new BadInputException(errors, isFull());
    }
}
