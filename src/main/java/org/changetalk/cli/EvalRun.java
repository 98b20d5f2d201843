package org.changetalk.cli;

import org.changetalk.coding.ConversationCoder;
import org.changetalk.eval.EvalReport;
import org.changetalk.eval.Evaluation;
import org.changetalk.eval.GoldPart;
import org.changetalk.eval.GoldReader;
import org.changetalk.transcript.BadInputException;
import org.changetalk.transcript.TranscriptReader;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** {@code code --eval GOLD [--mistakes FILE] [--json]}: scores the coder against the hand-labelled gold set. */
final class EvalRun {
    private final Console console;
    private final ConversationCoder coder;
    private final TranscriptReader reader;

    EvalRun(Console console, ConversationCoder coder, TranscriptReader reader) {
        this.console = console;
        this.coder = coder;
        this.reader = reader;
    }

    /**
     * @param mistakes      null when no mistakes file is wanted
     * @param fitConfidence null, or where to write the confidence table fit on the tune part
     */
    int run(Path gold, String mistakes, boolean json, String fitConfidence) {
        List<GoldPart> parts;
        try {
            parts = new GoldReader(reader).read(gold);
        } catch (BadInputException e) {
            BatchRun.report(console, e);
            return ExitStatus.BAD_INPUT;
        } catch (IOException e) {
            console.err().println("changetalk: cannot read " + gold + ": " + IoErrors.describe(e));
            return ExitStatus.IO_ERROR;
        }
        if (parts.stream().allMatch(p -> p.size() == 0)) {
            console.err().println("changetalk: no gold items in " + gold + " (looked for *.jsonl)");
            return ExitStatus.BAD_INPUT;
        }
        EvalReport report = new Evaluation(coder).run(parts);
        if (fitConfidence != null) {
            try (Outputs outputs = new Outputs(console.out())) {
                outputs.writeText(fitConfidence, String.join("\n", report.confidenceTable()) + "\n");
                outputs.commitAll();
            } catch (OutputFailure | IllegalStateException e) {
                console.err().println("changetalk: " + e.getMessage());
                return ExitStatus.IO_ERROR;
            }
        }
        if (mistakes != null) {
            try (Outputs outputs = new Outputs(console.out())) {
                outputs.write(mistakes, lines -> {
                    for (var line : report.mistakeLines()) {
                        lines.write(line);
                    }
                });
                outputs.commitAll();
            } catch (OutputFailure e) {
                console.err().println("changetalk: " + e.getMessage());
                return ExitStatus.IO_ERROR;
            }
            if (report.holdoutMistakes() > 0) {
                console.err().println("changetalk: wrongly coded holdout items: " + report.holdoutMistakes()
                        + " (counted, not written to " + mistakes + ", so nobody tunes on them)");
            }
        }
        PrintWriter out = new PrintWriter(new OutputStreamWriter(console.out(), StandardCharsets.UTF_8));
        out.print(json ? report.json().toPrettyString() + System.lineSeparator() : report.text());
        out.flush();
        return out.checkError() ? ExitStatus.IO_ERROR : ExitStatus.OK;
    }
}
