package org.changetalk.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Several outputs of one run: each is written in full first, then all are committed, so a failure while
 * writing any of them leaves every target as it was. Closing removes whatever was not committed.
 */
final class Outputs implements AutoCloseable {
    /** What goes into one output. */
    interface Body {
        void writeTo(JsonLines lines) throws IOException;
    }

    private final OutputStream stdout;
    private final List<PendingOutput> pending = new ArrayList<>();

    Outputs(OutputStream stdout) {
        this.stdout = stdout;
    }

    void write(String name, Body body) throws OutputFailure {
        try {
            PendingOutput output = PendingOutput.open(name, stdout);
            pending.add(output);
            body.writeTo(new JsonLines(output.stream()));
        } catch (IOException e) {
            throw new OutputFailure(name, e);
        }
    }

    /** A plain-text output (the eval's confidence table), committed with the others. */
    void writeText(String name, String text) throws OutputFailure {
        try {
            PendingOutput output = PendingOutput.open(name, stdout);
            pending.add(output);
            output.stream().write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new OutputFailure(name, e);
        }
    }

    void commitAll() throws OutputFailure {
        for (PendingOutput output : pending) {
            try {
                output.commit();
            } catch (IOException e) {
                throw new OutputFailure(output.name(), e);
            }
        }
    }

    @Override
    public void close() {
        pending.forEach(PendingOutput::close);
    }
}
