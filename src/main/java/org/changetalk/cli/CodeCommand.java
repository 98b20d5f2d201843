package org.changetalk.cli;

import org.changetalk.coding.ConversationCoder;
import org.changetalk.transcript.InputFormat;
import org.changetalk.transcript.TranscriptReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** The {@code code} subcommand: batch coding of transcripts, or evaluation against the gold set. */
@Command(name = "code", sortOptions = false,
        description = {
                "Code counselor and client turns the way a MITI 4.2.1 coder would.",
                "  code --in FILE --out FILE [--summary FILE]",
                "  code --eval GOLD [--mistakes FILE] [--json] [--fit-confidence FILE]",
                "Formats by extension: .jsonl/.json/.ndjson, .csv (conversation,speaker,text)",
                "and .txt (Counselor: / Client: lines). '-' is stdin or stdout."},
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {"0:success", "1:a file could not be read or written", "2:bad input or usage"})
final class CodeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--in", paramLabel = "FILE", description = "Transcript to code; '-' reads stdin.")
    String in;

    @Option(names = "--out", paramLabel = "FILE", description = "One JSON line per turn; '-' writes stdout.")
    String out;

    @Option(names = "--summary", paramLabel = "FILE", description = "One JSON line per conversation (MITI summary).")
    String summary;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "Input format: ${COMPLETION-CANDIDATES}. Default: from the file extension; jsonl for stdin.")
    InputFormat format;

    @Option(names = "--eval", paramLabel = "GOLD",
            description = "Gold .jsonl file or directory (tune/ and holdout/ are reported apart).")
    Path eval;

    @Option(names = "--mistakes", paramLabel = "FILE",
            description = "With --eval: write every wrongly coded tune item as JSON lines.")
    String mistakes;

    @Option(names = "--json", description = "With --eval: print the scores as JSON.")
    boolean json;

    @Option(names = "--fit-confidence", paramLabel = "FILE",
            description = "With --eval: write the coder's confidence table, fit on the tune part (coding/confidence.txt).")
    String fitConfidence;

    private final Console console;
    private final ConversationCoder coder;
    private final TranscriptReader reader;

    CodeCommand(Console console, ConversationCoder coder, TranscriptReader reader) {
        this.console = console;
        this.coder = coder;
        this.reader = reader;
    }

    @Override
    public Integer call() {
        if (eval != null) {
            if (in != null || out != null || summary != null || format != null) {
                throw usage("--eval cannot be combined with --in, --out, --summary or --format");
            }
            if ("-".equals(mistakes)) {
                throw usage("--mistakes needs a file: stdout carries the report");
            }
            if ("-".equals(fitConfidence)) {
                throw usage("--fit-confidence needs a file: stdout carries the report");
            }
            return new EvalRun(console, coder, reader).run(eval, mistakes, json, fitConfidence);
        }
        if (mistakes != null || json || fitConfidence != null) {
            throw usage("--mistakes, --json and --fit-confidence only apply with --eval");
        }
        if (in == null || out == null) {
            throw usage("missing " + (in == null ? "--in FILE" : "--out FILE")
                    + " (usage: code --in FILE --out FILE [--summary FILE], or code --eval GOLD)");
        }
        if ("-".equals(out) && "-".equals(summary)) {
            throw usage("--out and --summary cannot both be '-' (stdout)");
        }
        return new BatchRun(console, coder, reader).run(in, inputFormat(), out, summary);
    }

    private InputFormat inputFormat() {
        if (format != null) {
            return format;
        }
        if ("-".equals(in)) {
            return InputFormat.JSONL;
        }
        return InputFormat.ofFileName(in).orElseThrow(() -> usage("cannot tell the format of '" + in
                + "' from its name: use .jsonl, .json, .ndjson, .csv or .txt, or give --format"));
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
