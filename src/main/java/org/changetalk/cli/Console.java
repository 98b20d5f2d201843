package org.changetalk.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The process's standard streams, passed in so tests can run commands in-process with their own.
 *
 * @param terminal whether a person is at a terminal (no stream redirected): only then is progress drawn
 */
record Console(InputStream in, OutputStream out, PrintWriter err, boolean terminal) {
    Console(InputStream in, OutputStream out, PrintWriter err) {
        this(in, out, err, false);
    }

    static Console system() {
        // stdout as a plain file stream: System.out is a PrintStream, which swallows write errors
        // (a closed pipe, a full disk), and the run must exit 1 on those rather than report success
        return new Console(System.in, new FileOutputStream(FileDescriptor.out),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true), System.console() != null);
    }
}
