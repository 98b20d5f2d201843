package org.changetalk.cli;

import org.changetalk.coding.ConversationCoder;
import org.changetalk.coding.SessionSummary;
import org.changetalk.transcript.BadInputException;
import org.changetalk.transcript.CodedTurnJson;
import org.changetalk.transcript.InputError;
import org.changetalk.transcript.InputFormat;
import org.changetalk.transcript.InputTurn;
import org.changetalk.transcript.SummaryJson;
import org.changetalk.transcript.TranscriptReader;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code code --in --out [--summary]}: read everything, code it, then write. Outputs are only touched once
 * the whole input has been read and found good, and appear whole or not at all (see {@link Outputs}).
 */
final class BatchRun {
    private final Console console;
    private final ConversationCoder coder;
    private final TranscriptReader reader;

    BatchRun(Console console, ConversationCoder coder, TranscriptReader reader) {
        this.console = console;
        this.coder = coder;
        this.reader = reader;
    }

    /** @param summary null when no summary is wanted */
    int run(String in, InputFormat format, String out, String summary) {
        List<InputTurn> turns;
        try {
            turns = "-".equals(in)
                    ? reader.read(console.in(), "<stdin>", format, "stdin")
                    : reader.read(Path.of(in), format);
        } catch (BadInputException e) {
            report(console, e);
            return ExitStatus.BAD_INPUT;
        } catch (IOException e) {
            console.err().println("changetalk: cannot read " + in + ": " + IoErrors.describe(e));
            return ExitStatus.IO_ERROR;
        }
        CodedInput coded = CodedInput.code(turns, coder, Progress.of(console, "coded turns:"));
        try (Outputs outputs = new Outputs(console.out())) {
            outputs.write(out, lines -> writeTurns(coded, lines));
            if (summary != null) {
                outputs.write(summary, lines -> writeSummaries(coded, lines));
            }
            outputs.commitAll();
            return ExitStatus.OK;
        } catch (OutputFailure e) {
            console.err().println("changetalk: " + e.getMessage());
            return ExitStatus.IO_ERROR;
        }
    }

    private static void writeTurns(CodedInput coded, JsonLines lines) throws IOException {
        for (int i = 0; i < coded.turns().size(); i++) {
            lines.write(CodedTurnJson.of(coded.turns().get(i).fields(), coded.coded().get(i)));
        }
    }

    private static void writeSummaries(CodedInput coded, JsonLines lines) throws IOException {
        for (var entry : coded.byConversation().entrySet()) {
            lines.write(SummaryJson.of(entry.getKey(), SessionSummary.of(entry.getValue())));
        }
    }

    static void report(Console console, BadInputException e) {
        for (InputError error : e.errors()) {
            console.err().println(error);
        }
        if (e.truncated()) {
            console.err().println("changetalk: stopped after " + e.errors().size() + " errors; fix these and run again");
        }
        console.err().flush();
    }
}
