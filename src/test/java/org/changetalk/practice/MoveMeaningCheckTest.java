package org.changetalk.practice;

import org.changetalk.coding.MiniLmEmbedder;
import org.changetalk.scenario.model.Measure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The MI moves read by words alone against words and meaning (MoveMeaning), on trainee turns tagged with their move in
 * situation: the check set (practice/moves/check-moves.txt, written before the examples and never tuned on), round 12's
 * judged script lines tagged `#@` (seen, the tune set), and each example left out of the examples in turn. Printed
 * for docs/practice.md; asserted: meaning adds moves heard and no more than a few false ones. Loads the real model.
 */
class MoveMeaningCheckTest {
    /** A turn tagged with its move, in its situation (fresh, imp: importance 6 answered, conf: then confidence 4). */
    record Tagged(String situation, String move, String text) {}

    /** Moves heard right, moves read wrong (another move, or one where none was meant), out of how many. */
    record Score(int right, int moves, int wrong, int falseOnNone, int nones) {
        String line() {
            return String.format("recall %d/%d (%.0f%%), wrong move %d, false move on none %d/%d", right, moves,
                    100.0 * right / Math.max(1, moves), wrong, falseOnNone, nones);
        }
    }

    private static MiniLmEmbedder embedder;
    private static final Map<String, float[]> VECTORS = new HashMap<>();

    @BeforeAll
    static void model() {
        embedder = new MiniLmEmbedder();
    }

    @Test
    void theCheckSetIsHeardBetterByMeaningThanByWordsAlone() throws IOException {
        List<Tagged> check = read(Path.of("src/test/resources/practice/moves/check-moves.txt"));
        assertThat(check).hasSizeGreaterThanOrEqualTo(150);
        Score words = score(check, MoveMeaning.DEFAULT, false, "check/words");
        Score meant = score(check, MoveMeaning.DEFAULT, true, "check/meaning");
        System.out.println("moves by meaning, check set: words only " + words.line() + "; words + meaning " + meant.line());
        assertThat(meant.right()).isGreaterThan(words.right() + check.size() / 10);
        assertThat(meant.falseOnNone()).isLessThanOrEqualTo(words.falseOnNone() + meant.nones() / 10);
    }

    @Test
    void roundTwelvesJudgedMovesTheTuneSet() throws IOException {
        List<Tagged> tune = judged(Path.of("src/test/resources/practice/judged/round12"));
        Score words = score(tune, MoveMeaning.DEFAULT, false, "tune/words");
        Score meant = score(tune, MoveMeaning.DEFAULT, true, "tune/meaning");
        System.out.println("moves by meaning, round 12 #@ lines: words only " + words.line() + "; words + meaning " + meant.line());
        assertThat(meant.right()).isGreaterThanOrEqualTo(words.right());
        assertThat(meant.falseOnNone()).isLessThanOrEqualTo(words.falseOnNone() + meant.nones() / 20);
    }

    @Test
    void eachExampleLeftOutIsReadAsItsMove() {
        List<MoveMeaning.Example> all = MoveMeaning.EXAMPLES;
        int right = 0, moves = 0, falseOnNone = 0, nones = 0;
        for (int i = 0; i < all.size(); i++) {
            List<MoveMeaning.Example> rest = new ArrayList<>(all);
            MoveMeaning.Example out = rest.remove(i);
            Optional<MoveMeaning.Reading> r = new MoveMeaning(rest, MoveMeaning.TUNING)
                    .read(closeness(out.text()), MoveMeaning.Situation.of(out.text(), true, 10));
            if (out.move().equals(MoveMeaning.NONE)) {
                nones++;
                falseOnNone += r.isPresent() ? 1 : 0;
            } else {
                moves++;
                right += r.map(x -> x.move().equals(out.move())).orElse(false) ? 1 : 0;
            }
        }
        System.out.printf("moves by meaning, examples left out one at a time: recall %d/%d, false move on none %d/%d%n",
                right, moves, falseOnNone, nones);
        assertThat(right).isGreaterThan(moves / 2);
    }


    private static Score score(List<Tagged> items, MoveMeaning reader, boolean meaning, String label) {
        int right = 0, moves = 0, wrong = 0, falseOnNone = 0, nones = 0;
        for (Tagged t : items) {
            String text = Texting.read(t.text());
            Map<Measure, Integer> given = new EnumMap<>(Measure.class);
            Optional<Measure> last = Optional.empty();
            if (!t.situation().equals("fresh")) {
                given.put(Measure.IMPORTANCE, 6);
                last = Optional.of(Measure.IMPORTANCE);
            }
            if (t.situation().equals("conf")) {
                given.put(Measure.CONFIDENCE, 4);
                last = Optional.of(Measure.CONFIDENCE);
            }
            java.util.Set<String> cues = ClientMind.offerAsked(MoveCues.in(text), text);
            Optional<String> read = MoveMeaning.byWords(text, cues, given, last);
            if (read.isEmpty() && meaning) {
                String asked = AskingPart.of(text, Relevance.DEFAULT, PlainWords.DEFAULT);
                read = reader.read(closeness(asked), MoveMeaning.Situation.of(text, !given.isEmpty(), 10))
                        .map(MoveMeaning.Reading::move);
            }
            String got = read.map(m -> m.equals("why-number") ? MoveMeaning.WHY_NOT_LOWER : m).orElse(MoveMeaning.NONE);
            if (t.move().equals(MoveMeaning.NONE)) {
                nones++;
                if (!got.equals(MoveMeaning.NONE)) {
                    falseOnNone++;
                    System.out.println("  " + label + " false " + got + " <- " + t.text());
                }
            } else {
                moves++;
                if (got.equals(t.move())) {
                    right++;
                } else {
                    wrong += got.equals(MoveMeaning.NONE) ? 0 : 1;
                    System.out.println("  " + label + " missed " + t.move() + " (got " + got + ") <- " + t.text());
                }
            }
        }
        return new Score(right, moves, wrong, falseOnNone, nones);
    }

    private static ToDoubleFunction<String> closeness(String turn) {
        float[] v = vector(turn);
        return s -> Meanings.cosine(v, vector(s));
    }

    private static float[] vector(String s) {
        return VECTORS.computeIfAbsent(s, embedder::embed);
    }


    private static List<Tagged> read(Path file) throws IOException {
        List<Tagged> out = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\\s*\\|\\s*", 3);
            out.add(new Tagged(f[0].strip(), f[1].strip(), f[2].strip()));
        }
        return out;
    }

    /** Round 12's scripts, each line under its `#@` tag; the situation follows the script's rulers. */
    private static List<Tagged> judged(Path folder) throws IOException {
        Map<String, String> moveOf = Map.of("ruler:imp", MoveMeaning.RULER_IMPORTANCE, "ruler:conf", MoveMeaning.RULER_CONFIDENCE,
                "wnl", MoveMeaning.WHY_NOT_LOWER, "higher", MoveMeaning.WHAT_HIGHER, "perm", MoveMeaning.PERMISSION,
                "close", MoveMeaning.CLOSING);
        List<Tagged> out = new ArrayList<>();
        List<Path> scripts;
        try (Stream<Path> s = Files.list(folder)) {
            scripts = s.filter(p -> p.toString().endsWith(".txt") && !p.getFileName().toString().startsWith("verdicts")
                    && !p.getFileName().toString().startsWith("seen")).sorted().toList();
        }
        for (Path p : scripts) {
            String situation = "fresh";
            String tag = null;
            for (String line : Files.readAllLines(p)) {
                if (line.startsWith("#@")) {
                    tag = line.substring(2).strip();
                    continue;
                }
                if (line.isBlank() || line.startsWith("#") || tag == null) {
                    continue;
                }
                String move = moveOf.getOrDefault(tag, MoveMeaning.NONE);
                out.add(new Tagged(situation, move, line.strip()));
                if (move.equals(MoveMeaning.RULER_IMPORTANCE)) {
                    situation = situation.equals("conf") ? "conf" : "imp";
                } else if (move.equals(MoveMeaning.RULER_CONFIDENCE)) {
                    situation = "conf";
                }
                tag = null;
            }
        }
        return out;
    }
}
