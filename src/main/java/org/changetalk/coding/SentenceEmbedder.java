package org.changetalk.coding;

/**
 * Turns a text into a sentence embedding (a unit-length vector; texts that mean alike lie close). The client coder
 * reads one for the turns its word-level layer is unsure of; {@link MiniLmEmbedder} is the real one, tests pass a
 * fake so that they never load a neural model.
 */
@FunctionalInterface
public interface SentenceEmbedder {
    float[] embed(String text);
}
