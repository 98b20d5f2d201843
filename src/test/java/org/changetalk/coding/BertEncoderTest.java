package org.changetalk.coding;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lean encoder gives langchain4j's vectors to the bit, so that a reply read by meaning is the same whichever made
 * the turn's vector (and the build's stored vectors of the scenarios stay what they were). Compared on turn texts of
 * every register written for this project: the coder's cases (both speakers) and the trainee lines of the client's
 * regression scripts, with texts neither encoder takes lightly added (accents, emoji, chat spelling, a blank-like
 * turn, one longer than the model's window, which both cut to it alike). The whole shipped scenario library was compared once by rebuilding its
 * stored vectors (docs/benchmarks.md §36).
 */
class BertEncoderTest {
    private static final Path CASES = Path.of("src/test/resources/coding");
    private static final Path SCRIPTS = Path.of("src/test/resources/practice");

    @Test
    void givesLangchain4jsVectorsToTheBit() {
        MiniLmEmbedder.Loaded m = MiniLmEmbedder.load(() -> SentenceVectors.NONE);
        List<String> texts = texts();
        assertThat(texts).hasSizeGreaterThan(1800);
        int lean = 0;
        List<String> differ = new ArrayList<>();
        for (String t : texts) {
            float[] theirs = m.model().embed(t).content().vector();
            java.util.Optional<float[]> ours = m.lean().embed(t);
            lean += ours.isPresent() ? 1 : 0;
            if (!java.util.Arrays.equals(m.embed(t), theirs)) {
                differ.add(t);
            }
        }
        assertThat(differ).as("texts whose vector differs from langchain4j's").isEmpty();
        // (a test that passed by handing every text to langchain4j would show nothing: most must go the lean way)
        assertThat(lean).as("texts the lean encoder made of %d", texts.size()).isGreaterThan(texts.size() * 9 / 10);
    }

    private static List<String> texts() {
        Set<String> out = new LinkedHashSet<>(List.of("Café olé, naïve résumé", "ok 👍 lol", "ur rite tbh idk", ".",
                "I can't — won't — do it...", "Ｆｕｌｌ　ｗｉｄｔｈ", "$40 a week, 3-4 nights, 12oz cans", "word ".repeat(600)));
        try (Stream<Path> files = Stream.concat(Files.walk(CASES), Files.walk(SCRIPTS).filter(p -> p.toString().contains("scripts")))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                for (String line : Files.readAllLines(f)) {
                    String l = line.strip();
                    if (f.startsWith(CASES)) {
                        if (l.startsWith("counselor: ") || l.startsWith("client: ")) {
                            out.add(l.substring(l.indexOf(':') + 2));
                        }
                    } else if (!l.isEmpty() && !l.startsWith("#") && (l.hashCode() & 3) == 0) {
                        out.add(l); // (a quarter of the scripts' lines, fixed by their text: two model runs a text)
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(out);
    }
}
