package org.changetalk.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A few runs in a child JVM, to check the real exit status and standard streams of {@code main}. */
class MainProcessTest {
    @TempDir
    Path dir;

    private record Exit(int status, String out, String err) {}

    private Exit java(String stdin, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Path out = dir.resolve("stdout"), err = dir.resolve("stderr");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("finished").isTrue();
        return new Exit(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    @Test
    void codesStdinToStdoutAndExitsZero() throws Exception {
        Exit e = java("{\"conversation\":\"c\",\"speaker\":\"client\",\"text\":\"I want to stop.\"}\n"
                + "{\"conversation\":\"c\",\"speaker\":\"counselor\",\"text\":\"You want to stop.\"}\n",
                "code", "--in", "-", "--out", "-");

        assertThat(e.status()).isZero();
        assertThat(e.err()).isEmpty();
        assertThat(MainTest.json(e.out())).hasSize(2)
                .allSatisfy(n -> assertThat(n.fieldNames()).toIterable().containsAll(MainTest.CODING_FIELDS));
    }

    @Test
    void badInputExitsTwoWithTheLineAndNoOutputFile() throws Exception {
        Path in = Files.writeString(dir.resolve("s.csv"), "conversation,speaker,text\nc,client,\"unclosed\n");
        Path out = dir.resolve("o.jsonl");

        Exit e = java("", "code", "--in", in.toString(), "--out", out.toString());

        assertThat(e.status()).isEqualTo(2);
        assertThat(e.err()).startsWith(in + ":2: unbalanced quotes");
        assertThat(e.out()).isEmpty();
        assertThat(out).doesNotExist();
    }

    @Test
    void aMissingInputExitsOne() throws Exception {
        Exit e = java("", "code", "--in", dir.resolve("none.jsonl").toString(), "--out", dir.resolve("o.jsonl").toString());

        assertThat(e.status()).isEqualTo(1);
        assertThat(e.err()).contains("cannot read");
    }

    @Test
    void aUsageErrorExitsTwo() throws Exception {
        Exit e = java("", "code", "--in", "-");

        assertThat(e.status()).isEqualTo(2);
        assertThat(e.err()).contains("missing --out FILE");
    }
}
