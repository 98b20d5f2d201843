package org.changetalk.cli;

import org.changetalk.practice.FakeCoder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Usage errors exit 2; files that cannot be read or written exit 1. */
class MainUsageTest {
    @TempDir
    Path dir;

    private Path in;

    private CliRun run(String... args) {
        return CliRun.run(new FakeCoder(), "", args);
    }

    private Path input() throws IOException {
        if (in == null) {
            in = Files.writeString(dir.resolve("s.jsonl"), "{\"conversation\":\"c\",\"speaker\":\"client\",\"text\":\"x\"}\n");
        }
        return in;
    }

    private void assertUsageError(CliRun r, String message) {
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains(message);
        assertThat(r.out()).isEmpty();
    }

    @Test
    void missingInOrOut() throws IOException {
        assertUsageError(run("code", "--in", input().toString()), "missing --out FILE");
        assertUsageError(run("code", "--out", "x.jsonl"), "missing --in FILE");
    }

    @Test
    void unknownExtensionWithoutFormat() throws IOException {
        Path tsv = Files.writeString(dir.resolve("s.tsv"), "x");

        assertUsageError(run("code", "--in", tsv.toString(), "--out", "-"), "cannot tell the format of");
        assertThat(run("code", "--in", input().toString(), "--format", "jsonl", "--out", "-").status()).isZero();
    }

    @Test
    void optionsThatDoNotGoTogether() throws IOException {
        assertUsageError(run("code", "--eval", dir.toString(), "--in", input().toString()), "--eval cannot be combined");
        assertUsageError(run("code", "--in", input().toString(), "--out", "-", "--json"), "only apply with --eval");
        assertUsageError(run("code", "--in", input().toString(), "--out", "-", "--summary", "-"), "cannot both be '-'");
        assertUsageError(run("code", "--eval", dir.toString(), "--mistakes", "-"), "--mistakes needs a file");
    }

    @Test
    void unknownOptionsAndValues() {
        assertUsageError(run("code", "--inn", "x"), "Unknown option");
        assertUsageError(run("code", "--in", "-", "--out", "-", "--format", "xml"), "--format");
    }

    @Test
    void anUnreadableInputExitsOne() {
        CliRun r = run("code", "--in", dir.resolve("missing.jsonl").toString(), "--out", dir.resolve("o.jsonl").toString());

        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).contains("cannot read").contains("missing.jsonl").contains("no such file");
        assertThat(dir.resolve("o.jsonl")).doesNotExist();
    }

    @Test
    void anUnwritableOutputExitsOneAndLeavesNothing() throws IOException {
        Path out = dir.resolve("o.jsonl");
        Path summary = dir.resolve("no-such-dir/summary.jsonl");

        CliRun r = run("code", "--in", input().toString(), "--out", out.toString(), "--summary", summary.toString());

        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).contains("cannot write " + summary);
        // the turns were written in full before the summary failed, but never moved into place
        assertThat(out).doesNotExist();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(input());
        }
    }

    @Test
    void anOutputThatIsADirectoryExitsOne() throws IOException {
        Path out = Files.createDirectory(dir.resolve("o.jsonl"));

        CliRun r = run("code", "--in", input().toString(), "--out", out.toString());

        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).contains("is a directory");
        assertThat(out).isEmptyDirectory();
    }

    @Test
    void helpPrintsUsage() {
        // with no subcommand the jar serves the web app (tested in web/ServeCommandTest), so usage is --help
        CliRun help = run("code", "--help");
        CliRun top = run("--help");

        assertThat(help.status()).isZero();
        assertThat(help.out()).contains("--in=FILE", "--eval=GOLD", "Exit status:");
        assertThat(top.status()).isZero();
        assertThat(top.out()).contains("Usage: changetalk", "code", "serve");
    }
}
