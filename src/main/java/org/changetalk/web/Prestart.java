package org.changetalk.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Work the server's start needs later, begun on the machine's other core before the command line is even read,
 * so the main thread (the start's critical path: the pool, Javalin and Jetty, one after the other)
 * finds it done:
 * <ul>
 * <li>the JDK's list of every locale: Jetty's MimeTypes, which every Jetty server loads, asks for it in its static
 * initialiser, about 11,000 language-tag parses and a tenth of a second of the main thread;</li>
 * <li>loading (reading from the jar and defining, not initialising) the library classes a start uses before it
 * is ready, about 1,100 of Jetty, Javalin, Jackson, HikariCP and the SQLite driver, listed in
 * {@value #CLASSES} in the order a start loads them (made by {@code src/jmh/sh/prestart-classes.sh}).</li>
 * </ul>
 * Nothing is initialised here: static initialisers of library classes run on the main thread as before, since
 * initialising classes from two threads at once can deadlock when their initialisers refer to each other.
 * Loading is safe to share: the class loader loads each class once, whichever thread asks first. A class in the
 * list that is not there (a dependency upgraded without making the list again) is skipped; the list only saves
 * time, it changes nothing that runs.
 * <p>
 * Beside them, a thread finds out which of SQLite's native libraries fits this machine ({@link
 * org.changetalk.storage.Database#lookAhead}): the driver runs {@code uname -o} in a child process for it, which
 * the main thread used to wait for.
 */
public final class Prestart {
    static final String CLASSES = "prestart-classes.txt";
    /** {@code -Dchangetalk.prestart=off}: nothing is loaded ahead (for the script that makes the list). */
    static final String SWITCH = "changetalk.prestart";

    private Prestart() {
    }

    /** Starts the work on a daemon thread. */
    public static void begin() {
        if ("off".equals(System.getProperty(SWITCH))) {
            return;
        }
        Thread t = new Thread(Prestart::run, "changetalk-prestart");
        t.setDaemon(true);
        t.start();
        // mostly waiting for a child process, so on a thread of its own beside the locale list
        Thread sqlite = new Thread(org.changetalk.storage.Database::lookAhead, "changetalk-prestart-sqlite");
        sqlite.setDaemon(true);
        sqlite.start();
    }

    private static void run() {
        Locale.getAvailableLocales();
        if (mapsApplicationArchive()) {
            return; // the listed classes are in it, parsed and verified: loading them ahead only adds work
        }
        ClassLoader loader = Prestart.class.getClassLoader();
        for (String name : classNames()) {
            try {
                Class.forName(name, false, loader);
            } catch (ClassNotFoundException | LinkageError stale) {
                // not in this build: nothing to gain, nothing lost
            }
        }
    }

    /**
     * Whether this JVM maps an application class-data archive (the build's {@code changetalk.jsa}, as the README
     * starts the server): one of the process's mapped files is a {@code .jsa} outside the JDK. The JVM maps an
     * archive only once it has accepted it (one made for another jar or JDK is refused and left unmapped). False
     * when it cannot tell (no /proc), so the classes are loaded ahead as before.
     */
    static boolean mapsApplicationArchive() {
        try (java.util.stream.Stream<String> maps = java.nio.file.Files.lines(java.nio.file.Path.of("/proc/self/maps"))) {
            java.nio.file.Path home = java.nio.file.Path.of(System.getProperty("java.home"));
            // the JDK's own archive, under java.home as given or as the file system resolves it (a linked JDK folder)
            String jdk = home.toString();
            String realJdk = home.toRealPath().toString();
            return maps.anyMatch(line -> line.endsWith(".jsa") && !line.contains(jdk) && !line.contains(realJdk));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The listed class names, without comments and blank lines; empty if the list is missing. */
    static List<String> classNames() {
        try (InputStream in = Prestart.class.getResourceAsStream(CLASSES)) {
            if (in == null) {
                return List.of();
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
