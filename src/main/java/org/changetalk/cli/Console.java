package org.changetalk.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The process's standard streams, passed in so tests can run commands in-process with their own. */
record Console(InputStream in, OutputStream out, PrintWriter err) {
    static Console system() {
        return new Console(System.in, System.out,
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    }
}
