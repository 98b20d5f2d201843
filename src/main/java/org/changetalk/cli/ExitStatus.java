package org.changetalk.cli;

/** The exit statuses scripts rely on (picocli also uses 2 for usage errors). */
final class ExitStatus {
    static final int OK = 0;
    /** A file could not be read or written. */
    static final int IO_ERROR = 1;
    /** The input or the command line is wrong. */
    static final int BAD_INPUT = 2;

    private ExitStatus() {
    }
}
