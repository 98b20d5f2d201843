package org.changetalk.transcript;

import java.util.List;

/**
 * The input could not be read as a transcript. Carries every problem found (up to the reader's cap) so the
 * user can fix them all in one go rather than one run per mistake.
 */
public final class BadInputException extends Exception {
    private final transient List<InputError> errors;
    private final boolean truncated;

    public BadInputException(List<InputError> errors, boolean truncated) {
        super(errors.isEmpty() ? "bad input" : errors.get(0).toString());
        this.errors = List.copyOf(errors);
        this.truncated = truncated;
    }

    public List<InputError> errors() {
        return errors;
    }

    /** True when reading stopped at the error cap, so later lines may hold more problems. */
    public boolean truncated() {
        return truncated;
    }
}
