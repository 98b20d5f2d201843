package org.changetalk.cli;

import org.changetalk.coding.ConversationCoder;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Runs the command line in-process with captured streams. */
record CliRun(int status, String out, String err) {

    static CliRun run(ConversationCoder coder, String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        Console console = new Console(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), out,
                new PrintWriter(err, true));
        int status = Main.run(console, coder, args);
        return new CliRun(status, out.toString(StandardCharsets.UTF_8), err.toString());
    }

    List<String> outLines() {
        return out.lines().toList();
    }

    List<String> errLines() {
        return err.lines().toList();
    }
}
