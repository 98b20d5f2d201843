package org.changetalk.storage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.zip.CRC32;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The driver's native library is copied once beside the database, checked at every start, and replaced when damaged. */
class SqliteNativeTest {
    @TempDir
    Path dir;

    @Test
    void theCopyIsMadeOnceAndKeptWhileItMatchesTheJar() throws Exception {
        Path folder = dir.resolve("native");
        Path copy = SqliteNative.keep(folder);

        assertThat(copy).isNotNull().exists().hasParent(folder);
        byte[] bytes = Files.readAllBytes(copy);
        CRC32 crc = new CRC32();
        crc.update(bytes);
        // named by the CRC the jar records for it, and it has that CRC
        assertThat(copy.getFileName().toString()).startsWith(String.format("%08x-", crc.getValue()));
        assertThat(folder).isDirectoryNotContaining("glob:**.part");

        FileTime old = FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(copy, old);
        assertThat(SqliteNative.keep(folder)).isEqualTo(copy);
        assertThat(Files.getLastModifiedTime(copy)).as("an intact copy is not written again").isEqualTo(old);
    }

    @Test
    void aDamagedOrTruncatedCopyIsExtractedAgain() throws Exception {
        Path folder = dir.resolve("native");
        Path copy = SqliteNative.keep(folder);
        byte[] good = Files.readAllBytes(copy);

        byte[] flipped = good.clone();
        flipped[flipped.length / 2] ^= 0x5A; // same size, different bytes
        Files.write(copy, flipped);
        assertThat(SqliteNative.intact(copy, good.length, crcOf(good))).isFalse();
        assertThat(SqliteNative.keep(folder)).isEqualTo(copy);
        assertThat(Files.readAllBytes(copy)).isEqualTo(good);

        Files.write(copy, new byte[] {1, 2, 3});
        SqliteNative.keep(folder);
        assertThat(Files.readAllBytes(copy)).isEqualTo(good);
    }

    @Test
    void aFolderThatCannotBeWrittenIsAnErrorTheDriverDoesNotSee() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("file"), "x");

        // keep() says why; useCopyIn() swallows it and leaves the driver's settings alone
        assertThatThrownBy(() -> SqliteNative.keep(notAFolder.resolve("native"))).isInstanceOf(java.io.IOException.class);
        String before = System.getProperty(SqliteNative.PATH);
        SqliteNative.useCopyIn(notAFolder.resolve("native"));
        assertThat(System.getProperty(SqliteNative.PATH)).isEqualTo(before);
    }

    private static long crcOf(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue();
    }
}
