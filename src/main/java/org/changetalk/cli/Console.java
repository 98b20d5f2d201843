package org.changetalk.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The process's standard streams, passed in so tests can run commands in-process with their own.
 *
 * @param terminal whether stderr goes to a terminal, where a person watches: only then is progress drawn
 */
record Console(InputStream in, OutputStream out, PrintWriter err, boolean terminal) {
    Console(InputStream in, OutputStream out, PrintWriter err) {
        this(in, out, err, false);
    }

    static Console system() {
        // stdout as a plain file stream: System.out is a PrintStream, which swallows write errors
        // (a closed pipe, a full disk), and the run must exit 1 on those rather than report success
        return new Console(System.in, new FileOutputStream(FileDescriptor.out),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true), stderrIsTerminal());
    }

    /**
     * Whether stderr is a terminal. {@code System.console()} is null as soon as stdin or stdout is redirected, so
     * {@code code big.txt > out.jsonl} (the usual way to run it on a big file) drew no progress though a person
     * was watching stderr; on Linux the descriptor itself says where it goes.
     */
    static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null; // no /proc: a console at least means nothing is redirected
        }
    }
}
