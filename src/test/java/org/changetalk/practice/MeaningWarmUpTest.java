package org.changetalk.practice;

import org.changetalk.coding.MiniLmEmbedder;
import org.changetalk.coding.SentenceVectors;
import org.changetalk.scenario.library.ScenarioLibrary;
import org.changetalk.scenario.model.Beat;
import org.changetalk.scenario.model.Conversation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The build embeds the shipped scenarios' texts (SentenceVectorsBuild, in process-classes): a server, which makes its
 * embedder as {@code new MiniLmEmbedder()}, reads them from the class path and runs the model on none of them; a text
 * edited since is embedded again; and a stored vector is bit for bit the one the model gives, so no reply changes.
 * Loads the real model (about a second).
 */
class MeaningWarmUpTest {
    private static final Path SCENARIOS = Path.of("scenarios");
    private static final String TERESA = "teresa-alcohol-contemplation";

    @Test
    void theShippedScenariosTextsAreReadFromTheBuildNotEmbedded() {
        MiniLmEmbedder embedder = new MiniLmEmbedder();
        List<Conversation> shipped = conversations(SCENARIOS);
        int texts = 0;
        for (Conversation c : shipped) {
            MeaningWarmUp.prime(c, embedder);
            texts += MeaningWarmUp.texts(c).size();
        }
        assertThat(shipped).hasSizeGreaterThan(10);
        assertThat(texts).isGreaterThan(1000);
        assertThat(embedder.computed())
                .as("texts the model ran on although the build stored them (target/classes/org/changetalk/coding/%s: "
                        + "built with -Dchangetalk.vectors.skip?)", MiniLmEmbedder.SHIPPED)
                .isZero();
        // a turn is not a scenario text: it is embedded
        embedder.embed("So what would a good Saturday night look like for you these days, honestly?");
        assertThat(embedder.computed()).isEqualTo(1);
    }

    @Test
    void aStoredVectorIsTheModelsOwnBitForBit() {
        MiniLmEmbedder stored = new MiniLmEmbedder();
        MiniLmEmbedder model = new MiniLmEmbedder(() -> SentenceVectors.NONE);
        Conversation teresa = conversation(SCENARIOS, TERESA);
        List<String> texts = MeaningWarmUp.texts(teresa);
        for (int i = 0; i < texts.size(); i += Math.max(1, texts.size() / 12)) {
            assertThat(stored.embed(texts.get(i))).as(texts.get(i)).containsExactly(model.embed(texts.get(i)));
        }
        assertThat(stored.computed()).isZero();
        assertThat(model.computed()).isPositive();
    }

    @Test
    void aTextEditedSinceTheBuildIsEmbeddedAgain(@TempDir Path dir) throws IOException {
        Conversation shipped = conversation(SCENARIOS, TERESA);
        String source = Files.readString(SCENARIOS.resolve(TERESA + ".json"), StandardCharsets.UTF_8);
        // a beat's one-sentence line, written plainly in the file, edited as the studio would
        String line = shipped.beats().values().stream().map(Beat::say).flatMap(List::stream)
                .filter(s -> Sentences.of(s).length == 1 && source.indexOf(s) >= 0 && source.indexOf(s) == source.lastIndexOf(s))
                .findFirst().orElseThrow();
        String edited = line.substring(0, line.length() - 1) + ", to be honest" + line.charAt(line.length() - 1);
        Files.writeString(dir.resolve(TERESA + ".json"), source.replace(line, edited), StandardCharsets.UTF_8);
        Conversation studio = conversation(dir, TERESA);
        assertThat(MeaningWarmUp.texts(studio)).contains(edited).doesNotContain(line);

        MiniLmEmbedder embedder = new MiniLmEmbedder();
        MeaningWarmUp.prime(studio, embedder);
        assertThat(embedder.computed()).as("only the edited line is embedded").isEqualTo(1);
        assertThat(studio.lines().vector(edited, t -> null))
                .containsExactly(new MiniLmEmbedder(() -> SentenceVectors.NONE).embed(edited));
    }

    private static Conversation conversation(Path folder, String id) {
        return (Conversation) ScenarioLibrary.open(folder).find(id).orElseThrow().scenario();
    }

    private static List<Conversation> conversations(Path folder) {
        return ScenarioLibrary.open(folder).entries().stream().map(e -> e.scenario())
                .filter(Conversation.class::isInstance).map(Conversation.class::cast).toList();
    }
}
