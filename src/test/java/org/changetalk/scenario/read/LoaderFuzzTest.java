package org.changetalk.scenario.read;

import org.changetalk.practice.DrillSession;
import org.changetalk.practice.FakeCoder;
import org.changetalk.practice.PracticeSession;
import org.changetalk.scenario.model.Conversation;
import org.changetalk.scenario.model.Drill;
import org.changetalk.scenario.model.Scenario;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mutates the real scenario files and test plans thousands of times (truncations, swapped brackets,
 * wrong types, huge numbers, deep nesting, invalid UTF-8, rewired ids…). Every mutant must end in
 * well-formed problems or a valid scenario — and a valid one must survive a few turns of practice.
 * A crash is written to target/fuzz-crashes/; keep it as a regression file under
 * src/test/resources/scenario/regressions/ once fixed.
 */
class LoaderFuzzTest {
    private static final long SEED = 20_261_126L;
    private static final int CASES = 5_200;
    private static final Path REGRESSIONS = Path.of("src/test/resources/scenario/regressions");
    private static final Path CRASHES = Path.of("target/fuzz-crashes");
    private static final String[] TOKENS = {",", ":", "{", "}", "[", "]", "'", "\"", "//", "/*", "*/", "#", "\n", "null",
            "true", "-", "1e999", "NaN", "Infinity", "+1", "0x10", "\\", "\\u00", "$schema", "id:", "end: 'disengaged'"};
    private static final String[] NUMBERS = {"1e999", "-1e999", "99999999999999999999999999", "-0", "1e-400",
            "12345678901234567890.5", "-1", "11", "0", "2.5", "1" + "0".repeat(1200), "007"};
    private static final String[] WRONG_TYPES = {"[]", "{}", "5", "true", "null", "''", "[[]]", "{a: 1}"};
    private static final Pattern NUMBER = Pattern.compile("(?<=[:\\[, ])-?\\d+(\\.\\d+)?");
    private static final Pattern QUOTED = Pattern.compile("'[^'\\n]*'|\"[^\"\\n]*\"");
    private static final Pattern ID = Pattern.compile("'([a-z0-9]+(-[a-z0-9]+)+)'");

    private final ScenarioLoader loader = new ScenarioLoader();
    /** The scenarios plans are checked against, parsed once. */
    private final java.util.Map<String, Scenario> targets = new java.util.concurrent.ConcurrentHashMap<>();

    private record Seed(Path file, byte[] bytes) {}

    @Test
    void thousandsOfMutantsEndInAClearErrorOrAValidScenario() throws IOException {
        List<Seed> seeds = seeds();
        List<String> crashes = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.atomic.AtomicInteger loaded = new java.util.concurrent.atomic.AtomicInteger();
        // one Random per case, seeded by its number, so the cases can run on every core (this test was a
        // seventh of the suite's time on one) and a saved crash still names a case that replays alone
        java.util.stream.IntStream.range(0, CASES).parallel().forEach(i -> {
            Random random = new Random(SEED * 31 + i);
            Seed seed = seeds.get(random.nextInt(seeds.size()));
            byte[] mutant = seed.bytes();
            int rounds = 1 + random.nextInt(3);
            for (int r = 0; r < rounds; r++) {
                mutant = mutate(mutant, random);
            }
            try {
                loaded.addAndGet(check(seed.file(), mutant) ? 1 : 0);
            } catch (Throwable t) {
                crashes.add(save(i, seed, mutant) + ": " + t);
            }
        });
        assertThat(crashes).as("crashes (inputs saved; keep them under " + REGRESSIONS + ")").isEmpty();
        // Some mutations (rewired ids, changed numbers) leave a valid scenario: those run the engine too.
        assertThat(loaded.get()).as("valid mutants").isGreaterThan(CASES / 50);
    }

    private static Path save(int i, Seed seed, byte[] mutant) {
        try {
            Files.createDirectories(CRASHES);
            return Files.write(CRASHES.resolve("case-" + i + "-" + seed.file().getFileName()), mutant);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @TestFactory
    Stream<DynamicTest> regressionFilesNeverCrashTheLoader() throws IOException {
        try (Stream<Path> s = Files.list(REGRESSIONS)) {
            List<Path> files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
            assertThat(files).isNotEmpty();
            return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(),
                    () -> check(f, Files.readAllBytes(f))));
        }
    }

    /** Loads a mutant; returns whether it was valid. Throws (an assertion or the loader's own crash) if anything is wrong. */
    private boolean check(Path file, byte[] bytes) {
        long lines = 1 + new String(bytes, StandardCharsets.ISO_8859_1).chars().filter(c -> c == '\n').count();
        LoadResult<?> result;
        if (ScenarioLoader.isPlanFile(file)) {
            Scenario target = targets.computeIfAbsent(file.getFileName().toString().replace(".test.json", ""), Fixtures::library);
            result = loader.readPlan(file, bytes, id -> id.equals(target.id()) ? target : null);
        } else {
            result = loader.readScenario(file, bytes);
        }
        if (result instanceof LoadResult.Rejected<?> r) {
            assertThat(r.problems()).isNotEmpty();
            for (Problem p : r.problems()) {
                assertThat(p.file()).isEqualTo(file);
                assertThat(p.line()).isBetween(1, (int) lines + 1);
                assertThat(p.column()).isPositive();
                assertThat(p.message()).isNotBlank().doesNotContain("Exception");
            }
            return false;
        }
        Object value = ((LoadResult.Loaded<?>) result).value();
        if (value instanceof Conversation c) {
            exercise(c);
        } else if (value instanceof Drill d) {
            DrillSession s = new DrillSession(d, new FakeCoder());
            for (int i = 0; i < 20 && !s.isMastered(); i++) {
                s.attempt(i % 3 == 0 ? "QUESTION/OPEN: what?" : "COMPLEX_REFLECTION: you feel it.");
            }
        }
        return true;
    }

    private static void exercise(Conversation c) {
        String[] responses = {"COMPLEX_REFLECTION: You feel torn.", "PERSUADE+RIGHTING_REFLEX: Stop.", "QUESTION/OPEN: What else?",
                "CONFRONT+LABELLING: Denial.", "EMPHASIZE_AUTONOMY: Your call.", "GIVING_INFORMATION: Facts."};
        PracticeSession s = new PracticeSession(c, new FakeCoder(), 7);
        for (int i = 0; i < 25 && !s.isOver(); i++) {
            s.respond(responses[i % responses.length]);
        }
    }

    private static List<Seed> seeds() throws IOException {
        List<Seed> seeds = new ArrayList<>();
        try (Stream<Path> s = Files.list(Fixtures.LIBRARY)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".json") && !p.toString().endsWith("schema.json")).sorted().toList()) {
                seeds.add(new Seed(Path.of(p.getFileName().toString()), Files.readAllBytes(p)));
            }
        }
        assertThat(seeds).hasSizeGreaterThanOrEqualTo(4);
        return seeds;
    }

    static byte[] mutate(byte[] in, Random r) {
        if (in.length == 0) {
            return "{".getBytes(StandardCharsets.UTF_8);
        }
        String text = new String(in, StandardCharsets.UTF_8);
        int at = r.nextInt(in.length);
        return switch (r.nextInt(13)) {
            case 0 -> Arrays.copyOf(in, at);                                                       // truncation
            case 1 -> replaceOne(in, r, "{}[]", "[]{}".charAt(r.nextInt(4)));                       // swapped bracket
            case 2 -> cut(in, at, Math.min(in.length, at + 1 + r.nextInt(40)));                    // deleted range
            case 3 -> splice(in, at, Arrays.copyOfRange(in, at, Math.min(in.length, at + 1 + r.nextInt(60)))); // duplicated
            case 4 -> splice(in, at, TOKENS[r.nextInt(TOKENS.length)].getBytes(StandardCharsets.UTF_8)); // stray token
            case 5 -> replaceMatch(text, NUMBER, r, NUMBERS[r.nextInt(NUMBERS.length)]);              // huge/odd numbers
            case 6 -> replaceMatch(text, QUOTED, r, WRONG_TYPES[r.nextInt(WRONG_TYPES.length)]);     // wrong types
            case 7 -> splice(in, at, nesting(r));                                                   // deep nesting
            case 8 -> splice(in, at, INVALID_UTF8[r.nextInt(INVALID_UTF8.length)]);                 // invalid UTF-8
            case 9 -> swapLines(text, r);
            case 10 -> rewireId(text, r);                                                           // valid-ish graphs
            case 11 -> dropLine(text, r);
            default -> flip(in, at, r);
        };
    }

    private static final byte[][] INVALID_UTF8 = {{(byte) 0xFF}, {(byte) 0xC0, (byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            {(byte) 0xE2, (byte) 0x82}, {(byte) 0x80}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}};

    private static byte[] nesting(Random r) {
        int depth = 10 + r.nextInt(3000);
        String open = r.nextBoolean() ? "[" : "{a:";
        String close = open.equals("[") ? "]" : "}";
        String s = open.repeat(depth) + (r.nextBoolean() ? close.repeat(depth) : "") + ",";
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] splice(byte[] in, int at, byte[] insert) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length + insert.length);
        out.write(in, 0, at);
        out.write(insert, 0, insert.length);
        out.write(in, at, in.length - at);
        return out.toByteArray();
    }

    private static byte[] cut(byte[] in, int from, int to) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        out.write(in, 0, from);
        out.write(in, to, in.length - to);
        return out.toByteArray();
    }

    private static byte[] flip(byte[] in, int at, Random r) {
        byte[] out = in.clone();
        out[at] = (byte) r.nextInt(256);
        return out;
    }

    private static byte[] replaceOne(byte[] in, Random r, String targets, char with) {
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < in.length; i++) {
            if (targets.indexOf(in[i]) >= 0) {
                positions.add(i);
            }
        }
        if (positions.isEmpty()) {
            return in;
        }
        byte[] out = in.clone();
        out[positions.get(r.nextInt(positions.size()))] = (byte) with;
        return out;
    }

    private static byte[] replaceMatch(String text, Pattern p, Random r, String with) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            spans.add(new int[]{m.start(), m.end()});
        }
        if (spans.isEmpty()) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        int[] s = spans.get(r.nextInt(spans.size()));
        return (text.substring(0, s[0]) + with + text.substring(s[1])).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] rewireId(String text, Random r) {
        List<String> ids = new ArrayList<>();
        Matcher m = ID.matcher(text);
        while (m.find()) {
            ids.add(m.group());
        }
        if (ids.size() < 2) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        return replaceMatch(text, ID, r, ids.get(r.nextInt(ids.size())));
    }

    private static byte[] swapLines(String text, Random r) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int a = r.nextInt(lines.size());
        int b = r.nextInt(lines.size());
        String t = lines.get(a);
        lines.set(a, lines.get(b));
        lines.set(b, t);
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] dropLine(String text, Random r) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        lines.remove(r.nextInt(lines.size()));
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }
}
