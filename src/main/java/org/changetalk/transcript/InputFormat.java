package org.changetalk.transcript;

import java.util.Locale;
import java.util.Optional;

/** The transcript formats the coder reads. */
public enum InputFormat {
    /** JSON Lines: one {"conversation", "speaker", "text", ...} object per line. */
    JSONL,
    /** RFC 4180 CSV with a header naming at least conversation, speaker and text. */
    CSV,
    /** A plain transcript: "Counselor: ..." / "Client: ..." lines, one conversation. */
    TXT;

    /** The format a file name's extension implies (.jsonl, .json, .ndjson, .csv, .txt; any case). */
    public static Optional<InputFormat> ofFileName(String name) {
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        return switch (name.substring(dot + 1).toLowerCase(Locale.ROOT)) {
            case "jsonl", "json", "ndjson" -> Optional.of(JSONL);
            case "csv" -> Optional.of(CSV);
            case "txt" -> Optional.of(TXT);
            default -> Optional.empty();
        };
    }
}
