package org.changetalk.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class PendingOutputTest {
    @TempDir
    Path dir;

    private long files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.count();
        }
    }

    @Test
    void nothingIsVisibleUntilCommit() throws IOException {
        Path target = dir.resolve("out.jsonl");
        try (PendingOutput o = PendingOutput.open(target.toString(), new ByteArrayOutputStream())) {
            o.stream().write("new".getBytes(StandardCharsets.UTF_8));
            assertThat(target).doesNotExist();
            o.commit();
        }
        assertThat(target).hasContent("new");
        assertThat(files()).isEqualTo(1);
    }

    @Test
    void closingWithoutCommitKeepsTheOldTargetAndRemovesTheTempFile() throws IOException {
        Path target = Files.writeString(dir.resolve("out.jsonl"), "old");
        try (PendingOutput o = PendingOutput.open(target.toString(), new ByteArrayOutputStream())) {
            o.stream().write("half".getBytes(StandardCharsets.UTF_8));
            assertThat(files()).isEqualTo(2);
        }
        assertThat(target).hasContent("old");
        assertThat(files()).isEqualTo(1);
    }

    @Test
    void stdoutIsWrittenOnlyOnCommit() throws IOException {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        try (PendingOutput o = PendingOutput.open("-", stdout)) {
            o.stream().write("line\n".getBytes(StandardCharsets.UTF_8));
            assertThat(stdout.size()).isZero();
            o.commit();
        }
        assertThat(stdout.toString(StandardCharsets.UTF_8)).isEqualTo("line\n");
    }
}
