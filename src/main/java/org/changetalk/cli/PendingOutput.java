package org.changetalk.cli;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * An output that appears whole or not at all. A file is written to a hidden temp file in the target's
 * directory (so the final rename stays on one file system and is atomic) and moved over the target on
 * {@link #commit()}; closing without commit deletes the temp file and leaves any old target untouched.
 * "-" is stdout: buffered, and written only on commit.
 */
final class PendingOutput implements Closeable {
    private final String name;
    private final Path target;
    private final Path temp;
    private final OutputStream stdout;
    private final ByteArrayOutputStream buffer;
    private final OutputStream stream;
    private boolean done;

    private PendingOutput(String name, Path target, Path temp, OutputStream stdout, ByteArrayOutputStream buffer,
                          OutputStream stream) {
        this.name = name;
        this.target = target;
        this.temp = temp;
        this.stdout = stdout;
        this.buffer = buffer;
        this.stream = stream;
    }

    static PendingOutput open(String name, OutputStream stdout) throws IOException {
        if ("-".equals(name)) {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            return new PendingOutput(name, null, null, stdout, buffer, buffer);
        }
        Path target = Path.of(name).toAbsolutePath();
        if (Files.isDirectory(target)) {
            throw new IOException("is a directory");
        }
        Path dir = target.getParent();
        while (true) {
            // not Files.createTempFile: its 0600 mode would end up on the output; this gets the umask's mode
            Path temp = dir.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
            try {
                OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                return new PendingOutput(name, target, temp, null, null, new BufferedOutputStream(out, 1 << 16));
            } catch (FileAlreadyExistsException e) {
                // another run picked the same name: draw again
            }
        }
    }

    String name() {
        return name;
    }

    OutputStream stream() {
        return stream;
    }

    /** Makes the output visible: moves the temp file over the target, or writes the buffer to stdout. */
    void commit() throws IOException {
        stream.close();
        if (target == null) {
            buffer.writeTo(stdout);
            stdout.flush();
        } else {
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        done = true;
    }

    @Override
    public void close() {
        if (done) {
            return;
        }
        done = true;
        try {
            stream.close();
        } catch (IOException ignored) {
            // the run has already failed; the temp file is removed below either way
        }
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // best effort: a leftover hidden .tmp file is harmless
            }
        }
    }
}
