package org.changetalk.scenario.read;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;

/**
 * Reads files in the scenarios folder without following symbolic links. A link in the folder could point
 * anywhere the server can read (a key, another app's config); the library and the studio would then show
 * it to instructors as a scenario or a test plan. Opening with {@code NOFOLLOW_LINKS} refuses a link at the
 * moment of reading, so one swapped in after a check is refused too.
 */
public final class FolderFiles {
    /** Scenario files and plans are small; anything larger is not one. */
    static final long MAX_BYTES = 4L * 1024 * 1024;

    private FolderFiles() {
    }

    /** A regular file, not a link to one. */
    public static boolean isFile(Path p) {
        return Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS);
    }

    /** The file's bytes; an IOException for a link, a folder or a file over 4 MiB. */
    public static byte[] read(Path p) throws IOException {
        if (Files.isSymbolicLink(p)) {
            throw new IOException("is a symbolic link; scenario files must be real files in the folder");
        }
        try (SeekableByteChannel ch = Files.newByteChannel(p, Set.of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS))) {
            long size = ch.size();
            if (size > MAX_BYTES) {
                throw new IOException("is larger than " + MAX_BYTES / (1024 * 1024) + " MiB");
            }
            ByteBuffer b = ByteBuffer.allocate((int) size);
            while (b.hasRemaining() && ch.read(b) >= 0) {
                // read it all
            }
            return b.array();
        }
    }

    public static String readString(Path p) throws IOException {
        return new String(read(p), StandardCharsets.UTF_8);
    }
}
