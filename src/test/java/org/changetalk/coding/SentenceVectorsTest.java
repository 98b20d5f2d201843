package org.changetalk.coding;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A vectors file gives back exactly what was stored, and only for the same text and the same model. */
class SentenceVectorsTest {
    private static final String MODEL = SentenceVectors.id("model bytes".getBytes(), "tokenizer".getBytes());

    @Test
    void aStoredTextComesBackBitForBitUnderItsModelOnly() throws IOException {
        Map<String, float[]> texts = new LinkedHashMap<>();
        texts.put("What brings you in today?", new float[]{0.1f, -0.25f, Float.MIN_VALUE, 1f / 3});
        texts.put("Lucía just got her permit.", new float[]{-1f, 0f, 0.5f, 2e-9f});
        SentenceVectors read = roundTrip(MODEL, texts);

        assertThat(read.size()).isEqualTo(2);
        assertThat(read.modelId()).isEqualTo(MODEL);
        assertThat(read.find(MODEL, "What brings you in today?")).hasValueSatisfying(v -> assertThat(v).containsExactly(texts.get("What brings you in today?")));
        assertThat(read.find(MODEL, "Lucía just got her permit.")).hasValueSatisfying(v -> assertThat(v).containsExactly(texts.get("Lucía just got her permit.")));
        // an edited text, or one another model made, is not found: it is embedded again
        assertThat(read.find(MODEL, "What brings you in today? ")).isEmpty();
        assertThat(read.find(MODEL, "what brings you in today?")).isEmpty();
        assertThat(read.find(SentenceVectors.id("other model".getBytes()), "What brings you in today?")).isEmpty();
        assertThat(SentenceVectors.NONE.find(MODEL, "What brings you in today?")).isEmpty();
    }

    @Test
    void aCallerCannotChangeTheStoredVector() throws IOException {
        SentenceVectors read = roundTrip(MODEL, Map.of("Yeah.", new float[]{0.5f, 0.5f}));
        read.find(MODEL, "Yeah.").orElseThrow()[0] = 9f;
        assertThat(read.find(MODEL, "Yeah.").orElseThrow()).containsExactly(0.5f, 0.5f);
    }

    @Test
    void aFileThatIsNotOneIsRefusedAndOneOfAnotherVersionReadsAsNone() throws IOException {
        assertThatThrownBy(() -> SentenceVectors.read(new ByteArrayInputStream("not vectors at all".getBytes())))
                .hasMessageContaining("CTSV");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SentenceVectors.write(out, MODEL, Map.of("Yeah.", new float[]{1f}));
        byte[] bytes = out.toByteArray();
        bytes[7] = 99; // the version
        assertThat(SentenceVectors.read(new ByteArrayInputStream(bytes)).size()).isZero();
        assertThatThrownBy(() -> SentenceVectors.write(new ByteArrayOutputStream(), MODEL,
                new LinkedHashMap<>(Map.of("a", new float[]{1f}, "b", new float[]{1f, 2f}))))
                .hasMessageContaining("dimensions");
    }

    private static SentenceVectors roundTrip(String model, Map<String, float[]> texts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SentenceVectors.write(out, model, texts);
        return SentenceVectors.read(new ByteArrayInputStream(out.toByteArray()));
    }
}
