package org.changetalk.transcript;

/** One problem with the input, where it happened: prints as {@code FILE:LINE: message}, the form editors jump to. */
public record InputError(String source, long line, String message) {
    @Override
    public String toString() {
        return source + ":" + line + ": " + message;
    }
}
