package org.changetalk.transcript;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads a whole transcript in one of the {@link InputFormat}s, or reports every problem found (up to a cap)
 * as {@code FILE:LINE: message}. Nothing is returned unless the whole input is good, so callers never code
 * half a file.
 */
public final class TranscriptReader {
    /** Longest accepted line: a longer one is almost certainly not a transcript line. */
    public static final int MAX_LINE_BYTES = 10 * 1024 * 1024;
    /** Errors reported before reading stops. */
    public static final int MAX_ERRORS = 20;

    private final int maxLineBytes;
    private final int maxErrors;

    public TranscriptReader() {
        this(MAX_LINE_BYTES, MAX_ERRORS);
    }

    public TranscriptReader(int maxLineBytes, int maxErrors) {
        if (maxLineBytes < 1 || maxErrors < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
        this.maxLineBytes = maxLineBytes;
        this.maxErrors = maxErrors;
    }

    /** Reads a file; a plain transcript's conversation id is the file name without its extension. */
    public List<InputTurn> read(Path file, InputFormat format) throws IOException, BadInputException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString(), format, baseName(file));
        }
    }

    /**
     * Reads a stream (not closed). {@code source} names it in error messages; {@code transcriptId} is the
     * conversation id given to a plain transcript's turns (the other formats carry their own).
     */
    public List<InputTurn> read(InputStream in, String source, InputFormat format, String transcriptId)
            throws IOException, BadInputException {
        ErrorLog errors = new ErrorLog(source, maxErrors);
        FormatParser parser = switch (format) {
            case JSONL -> new JsonlParser(errors);
            case CSV -> new CsvParser(errors);
            case TXT -> new TxtParser(transcriptId, errors);
        };
        LineReader lines = new LineReader(in, maxLineBytes, errors);
        long last = 0;
        for (Line line = lines.next(); line != null && !errors.isFull(); line = lines.next()) {
            parser.accept(line);
            last = line.number();
        }
        if (!errors.isFull()) {
            parser.finish(last);
        }
        if (!errors.isEmpty()) {
            throw errors.toException();
        }
        return List.copyOf(parser.turns());
    }

    static String baseName(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
