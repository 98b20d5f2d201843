package org.changetalk.coding;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The real embedding model, loaded once here (about a second): it runs from the jar and places meaning, not words. */
class MiniLmEmbedderTest {

    @Test
    void textsThatMeanAlikeLieCloserThanTextsThatShareWords() {
        MiniLmEmbedder embedder = new MiniLmEmbedder().warmInBackground();

        float[] quit = embedder.embed("I really want to stop drinking.");
        float[] done = embedder.embed("I'm ready to give up the booze.");
        float[] bar = embedder.embed("The bar on my street really stopped serving food.");

        assertThat(quit).hasSize(384);
        assertThat(dot(quit, quit)).isCloseTo(1.0, within(1e-3));
        assertThat(dot(quit, done)).isGreaterThan(dot(quit, bar) + 0.1);
        assertThat(embedder.embed("")).as("a blank turn still embeds").hasSize(384);
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }
}
