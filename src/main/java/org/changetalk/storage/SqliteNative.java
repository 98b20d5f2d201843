package org.changetalk.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.jar.JarEntry;
import java.util.zip.CRC32;

/**
 * sqlite-jdbc's native library, kept as a copy of our own beside the database instead of extracted anew at
 * every start. Left to itself, the driver copies the library out of the jar into the temporary folder under a
 * fresh name on every start, reads it back to compare it byte for byte with the jar's, and deletes it at exit:
 * about a tenth of a second of CPU on the way to serving. The copy here is named by the CRC-32 the jar records
 * for the library, and checked against it (size and CRC of the file's bytes) before each use, so a changed
 * driver or a damaged copy is extracted again; anything that goes wrong leaves the driver to its own way.
 */
final class SqliteNative {
    private static final System.Logger LOG = System.getLogger(SqliteNative.class.getName());
    /** The driver's own settings: where its library is, and which folder it extracts to (and cleans up). */
    static final String PATH = "org.sqlite.lib.path";
    static final String NAME = "org.sqlite.lib.name";
    static final String TMPDIR = "org.sqlite.tmpdir";

    private SqliteNative() {
    }

    /**
     * Points the driver at a checked copy in {@code folder}, extracting it there first if needed. Does nothing
     * when the operator set the driver's library path, when the library is not in a jar, or once the driver's
     * library is loaded (the settings are read once per JVM; a later call only keeps its copy up to date).
     *
     * @return the copy the driver is pointed at, or null if it was left to extract its own
     */
    static Path useCopyIn(Path folder) {
        if (System.getProperty(PATH) != null) {
            return null;
        }
        try {
            Path copy = keep(folder);
            if (copy == null) {
                return null;
            }
            System.setProperty(TMPDIR, folder.toString());
            System.setProperty(NAME, copy.getFileName().toString());
            System.setProperty(PATH, folder.toString());
            return copy;
        } catch (IOException | RuntimeException e) {
            // a read-only folder, a full disk: the driver extracts to the temporary folder as it always did
            LOG.log(System.Logger.Level.DEBUG, "SQLite's native library not kept in " + folder + ": " + e);
            return null;
        }
    }

    /**
     * The checked copy of the driver's library for this machine in {@code folder}, extracted if it is missing
     * or does not match the jar's; null when the library is not in a jar (nothing to copy).
     */
    static Path keep(Path folder) throws IOException {
        String machine = ThisMachine.FOLDER;
        if (machine == null) {
            return null;
        }
        String resource = "/org/sqlite/native/" + machine + "/" + System.mapLibraryName("sqlitejdbc");
        URL url = org.sqlite.JDBC.class.getResource(resource);
        if (url == null) {
            return null;
        }
        URLConnection connection = url.openConnection();
        if (!(connection instanceof JarURLConnection jar)) {
            return null; // an unpacked class path: the driver loads it from there without copying
        }
        connection.setUseCaches(true); // the class loader's open jar, not a second read of its directory
        JarEntry entry = jar.getJarEntry();
        if (entry.getCrc() < 0 || entry.getSize() < 0) {
            return null;
        }
        Path copy = folder.resolve(String.format("%08x-%s", entry.getCrc(), System.mapLibraryName("sqlitejdbc")));
        if (!intact(copy, entry.getSize(), entry.getCrc())) {
            extract(jar, copy, entry.getSize(), entry.getCrc());
        }
        return copy;
    }

    /** The driver's folder for this machine ({@code Linux/x86_64}…), asked once per JVM; null if it cannot say. */
    static final class ThisMachine {
        static final String FOLDER = folder();

        private ThisMachine() {
        }

        /**
         * Finds out which of the driver's libraries is this machine's, on the calling thread, so that a start can
         * ask early on another core: the driver's {@code OSInfo} runs {@code uname -o} in a child process to tell
         * Termux from other Linux systems, tens of milliseconds the start's main thread otherwise waits for
         * (docs/benchmarks.md §22). Initialises this class only, not SqliteNative (and its logger).
         */
        static String ask() {
            return FOLDER;
        }

        private static String folder() {
            try {
                return org.sqlite.util.OSInfo.getNativeLibFolderPathForCurrentOS();
            } catch (RuntimeException | LinkageError e) {
                return null; // the driver finds its library its own way, as when anything else here fails
            }
        }
    }

    /** Whether the file has the jar entry's size and CRC-32. */
    static boolean intact(Path file, long size, long crc) throws IOException {
        if (!Files.isRegularFile(file) || Files.size(file) != size) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return crc(in, OutputStream.nullOutputStream()) == crc;
        }
    }

    /** Writes the library beside its final name and moves it there only once its bytes check out. */
    private static void extract(JarURLConnection jar, Path copy, long size, long crc) throws IOException {
        Files.createDirectories(copy.getParent());
        Path partial = Files.createTempFile(copy.getParent(), copy.getFileName().toString(), ".part");
        try {
            long written;
            try (InputStream in = jar.getJarFile().getInputStream(jar.getJarEntry());
                 OutputStream out = Files.newOutputStream(partial)) {
                written = crc(in, out);
            }
            if (written != crc || Files.size(partial) != size) {
                throw new IOException("the copy of " + jar.getEntryName() + " does not match the jar's");
            }
            Files.move(partial, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** Copies in to out and returns the CRC-32 of what passed. */
    private static long crc(InputStream in, OutputStream out) throws IOException {
        CRC32 crc = new CRC32();
        byte[] buffer = new byte[64 * 1024];
        for (int n; (n = in.read(buffer)) > 0; ) {
            crc.update(buffer, 0, n);
            out.write(buffer, 0, n);
        }
        return crc.getValue();
    }
}
