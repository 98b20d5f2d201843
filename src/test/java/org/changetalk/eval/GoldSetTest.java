package org.changetalk.eval;

import org.changetalk.coding.CodedTurn;
import org.changetalk.coding.Coder;
import org.changetalk.coding.Turn;
import org.changetalk.transcript.TranscriptReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real coder against the committed gold set: a regression guard, so a rule change that costs accuracy
 * fails the build. The floors sit a little under the scores measured when they were set (docs/coder.md);
 * raise them when the coder improves, never lower them to make a change pass.
 * The score floors apply to the files they were measured on: gold files added later (the transcribed-speech
 * sessions and contrast pairs of issue 9: sessions-g*, sessions-h*, contrast-*) are harder by design and are
 * reported by {@code code --eval}, so adding data does not read as a regression of the coder. The size and
 * split checks cover every file.
 */
class GoldSetTest {
    /** The gold files the floors below were measured on (docs/coder.md, results of 2026-11-26). */
    private static final Set<String> FLOORED_FILES = Set.of("counselor-a.jsonl", "counselor-b.jsonl",
            "counselor-c.jsonl", "client-d.jsonl", "sessions-e.jsonl", "sessions-f.jsonl");

    private static PartScores tune;
    private static PartScores holdout;
    private static PartScores allTune;
    private static PartScores allHoldout;
    private static double heldConversations;

    @BeforeAll
    static void evaluate() throws Exception {
        List<GoldPart> parts = new GoldReader(new TranscriptReader()).read(Path.of("src/test/resources/gold"));
        // The floored files are scored a second time below, on items the first run has coded already: each
        // conversation (a prefix of turns) is coded once and its codes reused, as if coded again. The coder is a
        // function of the turns (no embedder here, no state between calls), so the scores are the same; coding the
        // floored items twice was about a quarter of this class's CPU (docs/benchmarks.md §33).
        Coder coder = new Coder();
        Map<List<Turn>, List<CodedTurn>> coded = new HashMap<>();
        Evaluation evaluation = new Evaluation(turns -> coded.computeIfAbsent(List.copyOf(turns), coder::code));
        EvalReport all = evaluation.run(parts);
        allTune = part(all, "tune");
        allHoldout = part(all, "holdout");
        long held = conversations(parts, "holdout"), kept = conversations(parts, "tune");
        heldConversations = (double) held / (held + kept);
        EvalReport floored = evaluation.run(parts.stream()
                .map(p -> new GoldPart(p.name(), p.items().stream()
                        .filter(i -> FLOORED_FILES.contains(Path.of(i.file()).getFileName().toString())).toList()))
                .toList());
        tune = part(floored, "tune");
        holdout = part(floored, "holdout");
    }

    /** Distinct conversations (file name + id) in a part: the unit split.py's hash assigns. */
    private static long conversations(List<GoldPart> parts, String name) {
        return parts.stream().filter(p -> p.name().equals(name)).flatMap(p -> p.items().stream())
                .map(i -> Path.of(i.file()).getFileName() + "#" + i.conversation()).distinct().count();
    }

    private static PartScores part(EvalReport report, String name) {
        return report.parts().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void goldSetIsLargeEnoughAndSplitSeventyThirty() {
        int counselor = allTune.counselorItems() + allHoldout.counselorItems();
        int client = allTune.clientItems() + allHoldout.clientItems();
        assertThat(counselor).isGreaterThanOrEqualTo(800);
        assertThat(client).isGreaterThanOrEqualTo(300);
        // the hash splits conversations, not items: a whole session is one conversation of 25-45 items, so the
        // share of items swings with which few sessions land where; the share of conversations is what 70/30 means
        assertThat(heldConversations).as("share of conversations held out").isBetween(0.25, 0.35);
    }

    @Test
    void counselorBehaviourOnTheHiddenCorpusMapping() {
        assertThat(tune.behaviour().macroF1()).as("tune 4-class macro-F1").isGreaterThanOrEqualTo(0.82);
        assertThat(holdout.behaviour().macroF1()).as("holdout 4-class macro-F1").isGreaterThanOrEqualTo(0.79);
    }

    @Test
    void counselorPrimaryCodes() {
        assertThat(tune.primary().macroF1()).as("tune code macro-F1").isGreaterThanOrEqualTo(0.67);
        assertThat(holdout.primary().macroF1()).as("holdout code macro-F1").isGreaterThanOrEqualTo(0.62);
        assertThat(tune.primary().kappa()).as("tune code kappa").isGreaterThanOrEqualTo(0.66);
    }

    @Test
    void clientTalk() {
        // Client talk is floored on every gold file (issue 9, 2026-12-06: tune 0.726, holdout 0.568; before 0.546 /
        // 0.530): the old files label most "Yeah." replies to a reflection neutral, while the transcribed-speech
        // sessions (like the hidden real ones) give them the direction of what was reflected, so the old files
        // alone would hold the coder to the convention it was changed to leave.
        assertThat(allTune.talk().macroF1()).as("tune client macro-F1, all files").isGreaterThanOrEqualTo(0.70);
        assertThat(allHoldout.talk().macroF1()).as("holdout client macro-F1, all files").isGreaterThanOrEqualTo(0.55);
    }
}
