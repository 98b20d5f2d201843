package org.changetalk.cli;

import org.changetalk.practice.FakeCoder;
import org.changetalk.transcript.TranscriptReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad input: every problem reported as FILE:LINE: message, exit status 2, and no output written or changed. */
class MainBadInputTest {
    private static final String GOOD = "{\"conversation\":\"c\",\"speaker\":\"client\",\"text\":\"fine\"}\n";

    @TempDir
    Path dir;

    private CliRun code(Path in, Path out, Path summary) {
        return CliRun.run(new FakeCoder(), "", "code", "--in", in.toString(), "--out", out.toString(),
                "--summary", summary.toString());
    }

    static Stream<Arguments> badInputs() {
        return Stream.of(
                Arguments.of("s.jsonl", GOOD + "{\"conversation\": \"c\", \"speaker\": \n", 2, "malformed JSON"),
                Arguments.of("s.jsonl", GOOD + GOOD + "{\"conversation\":\"c\",\"speaker\":\"client\"}\n", 3,
                        "missing field 'text'"),
                Arguments.of("s.ndjson", "{\"conversation\":\"c\",\"speaker\":\"doctor\",\"text\":\"x\"}\n", 1,
                        "unknown speaker 'doctor'"),
                Arguments.of("s.json", GOOD + "{\"conversation\":\"c\",\"speaker\":\"client\",\"text\":\"\"}\n", 2,
                        "empty text"),
                Arguments.of("s.csv", "conversation,speaker\nc,client\n", 1, "wrong CSV header"),
                Arguments.of("s.csv", "conversation,speaker,text\nc,client,ok\nc,client,\"open\nstill open\n", 3,
                        "unbalanced quotes"),
                Arguments.of("s.txt", "Hello there.\nCounselor: hi\n", 1, "text before any speaker"),
                Arguments.of("s.txt", "Counselor: hi\nNurse: hello\n", 2, "unknown speaker 'Nurse'"));
    }

    @ParameterizedTest(name = "{0} line {2}: {3}")
    @MethodSource("badInputs")
    void reportsTheLineExitsTwoAndWritesNothing(String name, String content, int line, String message) throws IOException {
        Path in = Files.writeString(dir.resolve(name), content);
        Path out = dir.resolve("out.jsonl");
        Path summary = dir.resolve("summary.jsonl");

        CliRun r = code(in, out, summary);

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).startsWith(in + ":" + line + ": ").contains(message);
        assertThat(out).doesNotExist();
        assertThat(summary).doesNotExist();
        assertThat(r.out()).isEmpty();
    }

    @Test
    void leavesAPreviousOutputUntouchedAndNoTemporaryFiles() throws IOException {
        Path in = Files.writeString(dir.resolve("s.jsonl"), GOOD + "oops\n");
        Path out = Files.writeString(dir.resolve("out.jsonl"), "previous run\n");
        Path summary = Files.writeString(dir.resolve("summary.jsonl"), "previous summary\n");

        assertThat(code(in, out, summary).status()).isEqualTo(2);

        assertThat(out).hasContent("previous run");
        assertThat(summary).hasContent("previous summary");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).hasSize(3);
        }
    }

    @Test
    void invalidUtf8NamesTheLine() throws IOException {
        byte[] latin1 = "{\"conversation\":\"c\",\"speaker\":\"client\",\"text\":\"caf\u00e9\"}\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        Path in = dir.resolve("s.jsonl");
        Files.write(in, (GOOD + GOOD).getBytes(StandardCharsets.UTF_8));
        Files.write(in, latin1, java.nio.file.StandardOpenOption.APPEND);

        CliRun r = code(in, dir.resolve("o.jsonl"), dir.resolve("s2.jsonl"));

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).startsWith(in + ":3: not valid UTF-8");
        assertThat(dir.resolve("o.jsonl")).doesNotExist();
    }

    @Test
    void aLineOverTenMegabytesIsRejectedByNumber() throws IOException {
        Path in = dir.resolve("big.jsonl");
        try (OutputStream o = Files.newOutputStream(in)) {
            o.write(GOOD.getBytes(StandardCharsets.UTF_8));
            byte[] block = "x".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i <= TranscriptReader.MAX_LINE_BYTES >> 20; i++) {
                o.write(block);
            }
            o.write(("\n" + GOOD).getBytes(StandardCharsets.UTF_8));
        }

        CliRun r = code(in, dir.resolve("o.jsonl"), dir.resolve("s.jsonl"));

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.errLines()).containsExactly(in + ":2: line is longer than 10 MB; not read");
        assertThat(dir.resolve("o.jsonl")).doesNotExist();
    }

    @Test
    void reportsEveryErrorNotJustTheFirst() throws IOException {
        Path in = Files.writeString(dir.resolve("s.jsonl"), "{\n" + GOOD + "[]\n"
                + "{\"conversation\":\"c\",\"speaker\":\"x\",\"text\":\"\"}\n");

        CliRun r = code(in, dir.resolve("o.jsonl"), dir.resolve("s2.jsonl"));

        assertThat(r.errLines()).hasSize(4).satisfiesExactly(
                e -> assertThat(e).startsWith(in + ":1: malformed JSON"),
                e -> assertThat(e).startsWith(in + ":3: expected a JSON object"),
                e -> assertThat(e).startsWith(in + ":4: unknown speaker"),
                e -> assertThat(e).startsWith(in + ":4: empty text"));
    }

    @Test
    void stopsAfterTwentyErrors() throws IOException {
        Path in = Files.writeString(dir.resolve("s.jsonl"), "x\n".repeat(50));

        CliRun r = code(in, dir.resolve("o.jsonl"), dir.resolve("s2.jsonl"));

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.errLines()).hasSize(TranscriptReader.MAX_ERRORS + 1)
                .last().asString().isEqualTo("changetalk: stopped after 20 errors; fix these and run again");
    }

    @Test
    void badStdinIsNamedStdinAndWritesNothingToStdout() {
        CliRun r = CliRun.run(new FakeCoder(), GOOD + "{bad\n", "code", "--in", "-", "--out", "-");

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).startsWith("<stdin>:2: malformed JSON");
        assertThat(r.out()).isEmpty();
    }
}
