package org.changetalk.coding;

import java.util.Objects;

/** One uninterrupted stretch of talk by one speaker (a MITI "volley" when the speaker is the counselor). */
public record Turn(Speaker speaker, String text) {
    public Turn {
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(text, "text");
    }

    public static Turn counselor(String text) {
        return new Turn(Speaker.COUNSELOR, text);
    }

    public static Turn client(String text) {
        return new Turn(Speaker.CLIENT, text);
    }
}
