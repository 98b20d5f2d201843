package org.changetalk.coding;

import java.util.Locale;
import java.util.Optional;

/** Who is talking. Transcripts name the counselor in several ways; all mean the same role. */
public enum Speaker {
    COUNSELOR, CLIENT;

    /** Parses a speaker label as written in transcripts ("Counselor", "therapist", "clinician", "client"). */
    public static Optional<Speaker> parse(String label) {
        if (label == null) return Optional.empty();
        return switch (label.strip().toLowerCase(Locale.ROOT)) {
            case "counselor", "counsellor", "therapist", "clinician" -> Optional.of(COUNSELOR);
            case "client" -> Optional.of(CLIENT);
            default -> Optional.empty();
        };
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
