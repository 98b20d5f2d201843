package org.changetalk.coding;

/** A mistake in the bundled lexicon: a build defect, so it fails loudly with the line it is on. */
final class LexiconError extends RuntimeException {
    LexiconError(String source, int line, String message) {
        super(source + ":" + line + ": " + message);
    }
}
