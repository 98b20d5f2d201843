package org.changetalk.eval;

import org.changetalk.coding.Code;
import org.changetalk.coding.Talk;
import org.changetalk.transcript.BadInputException;
import org.changetalk.transcript.InputError;
import org.changetalk.transcript.TranscriptReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.changetalk.eval.GoldFiles.counselorItem;
import static org.changetalk.eval.GoldFiles.write;

class GoldReaderTest {
    @TempDir
    Path dir;

    private final GoldReader reader = new GoldReader(new TranscriptReader());

    @Test
    void aDirectoryWithTuneAndHoldoutGivesThreeParts() throws Exception {
        List<GoldPart> parts = reader.read(GoldFiles.splitGoldSet(dir));

        assertThat(parts).extracting(GoldPart::name).containsExactly("tune", "holdout", "all");
        assertThat(parts).extracting(GoldPart::size).containsExactly(3, 1, 4);
        assertThat(parts.get(0).items()).noneMatch(GoldItem::holdout);
        assertThat(parts.get(1).items()).allMatch(GoldItem::holdout);
    }

    @Test
    void readsTheLabelledTurnAndItsContext() throws Exception {
        write(dir.resolve("g.jsonl"), counselorItem("a", "AFFIRM", "complex_reflection"),
                GoldFiles.clientItem("b", "change", "sustain"));

        List<GoldPart> parts = reader.read(dir);

        assertThat(parts).singleElement().extracting(GoldPart::name).isEqualTo("all");
        GoldItem first = parts.get(0).items().get(0);
        assertThat(first.turns()).hasSize(2);
        assertThat(first.labelled()).isEqualTo(1);
        assertThat(first.line()).isEqualTo(2);
        assertThat(first.gold()).isEqualTo(new CounselorGold(Code.COMPLEX_REFLECTION, null, null, false));
        assertThat(parts.get(0).items().get(1).gold()).isEqualTo(new ClientGold(Talk.SUSTAIN, null));
    }

    @Test
    void aSingleFileIsOnePart() throws Exception {
        Path file = write(dir.resolve("x/holdout/one.jsonl"), counselorItem("a", "AFFIRM", "AFFIRM"));

        List<GoldPart> parts = reader.read(file);

        assertThat(parts).singleElement().satisfies(p -> assertThat(p.size()).isEqualTo(1));
        assertThat(parts.get(0).items().get(0).holdout()).as("file under a holdout directory").isTrue();
    }

    @Test
    void aWholeLabelledSessionGivesOneItemPerLabelledTurnWithTheTurnsBeforeIt() throws Exception {
        Path file = write(dir.resolve("session.jsonl"),
                "{\"conversation\":\"s\",\"speaker\":\"counselor\",\"text\":\"Hi.\",\"gold\":{\"primary\":\"NO_CODE\"}}\n",
                "{\"conversation\":\"s\",\"speaker\":\"client\",\"text\":\"Hi.\",\"gold\":{\"talk\":\"neutral\"}}\n",
                "{\"conversation\":\"s\",\"speaker\":\"counselor\",\"text\":\"What brings you in?\",\"gold\":{\"primary\":\"QUESTION\",\"question\":\"open\"}}\n");

        List<GoldItem> items = reader.read(file).get(0).items();

        assertThat(items).extracting(GoldItem::labelled).containsExactly(0, 1, 2);
        assertThat(items).extracting(i -> i.turns().size()).containsExactly(1, 2, 3);
    }

    @Test
    void reportsEveryBadItemAcrossFilesWithFileAndLine() {
        Path a = write(dir.resolve("a.jsonl"),
                "{\"conversation\":\"n\",\"speaker\":\"client\",\"text\":\"no label anywhere\"}\n",
                counselorItem("two", "AFFIRM", "AFFIRM"),
                "{\"conversation\":\"two\",\"speaker\":\"counselor\",\"text\":\"x\",\"gold\":{\"primary\":\"HUG\"}}\n");
        Path b = write(dir.resolve("b.jsonl"),
                "{\"conversation\":\"c\",\"speaker\":\"counselor\",\"text\":\"x\",\"gold\":{\"primary\":\"HUG\"}}\n",
                "{\"conversation\":\"d\",\"speaker\":\"client\",\"text\":\"x\",\"gold\":{\"kind\":\"DESIRE\"}}\n",
                "{\"conversation\":\"e\",\"speaker\":\"counselor\",\"text\":\"x\",\"gold\":{\"primary\":\"QUESTION\","
                        + "\"question\":\"wide\",\"asQuestion\":\"yes\"}}\n");

        BadInputException e = catchThrowableOfType(BadInputException.class, () -> reader.read(dir));

        assertThat(e.errors()).extracting(InputError::toString).containsExactly(
                a + ":1: item 'n' has no turn with a gold label",
                a + ":4: gold: 'primary' must be one of [GIVING_INFORMATION, PERSUADE, PERSUADE_WITH_PERMISSION, "
                        + "QUESTION, SIMPLE_REFLECTION, COMPLEX_REFLECTION, AFFIRM, SEEKING_COLLABORATION, "
                        + "EMPHASIZE_AUTONOMY, CONFRONT, NO_CODE], found \"HUG\"",
                b + ":1: gold: 'primary' must be one of [GIVING_INFORMATION, PERSUADE, PERSUADE_WITH_PERMISSION, "
                        + "QUESTION, SIMPLE_REFLECTION, COMPLEX_REFLECTION, AFFIRM, SEEKING_COLLABORATION, "
                        + "EMPHASIZE_AUTONOMY, CONFRONT, NO_CODE], found \"HUG\"",
                b + ":2: gold: missing 'talk'",
                b + ":3: gold: 'question' must be one of [open, closed], found \"wide\"",
                b + ":3: gold: 'asQuestion' must be true or false");
    }

    private Path write(Path file, String... items) {
        try {
            return GoldFiles.write(file, items);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
