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

/**
 * The class-data archive {@code mvn package} makes beside the jar (ClassDataTraining), used as the README's run
 * command uses it: the jar's classes come from it, and an archive that does not fit (another jar, or none at all)
 * only means a slower start, with nothing printed. Runs the built jar, so it is a failsafe test.
 */
class ClassDataArchiveProcessTest {
    private static final Path JAR = Path.of("target/changetalk.jar");
    private static final Path ARCHIVE = Path.of("target/changetalk.jsa");
    private static final String QUIET = "-Xlog:cds=off,cds+dynamic=off";

    @TempDir
    Path dir;

    @Test
    void theBuildMakesAWholeArchiveThatTheReadmeCommandMapsTheJarsClassesFrom() throws Exception {
        assertThat(ARCHIVE).as("made by mvn package unless -Dchangetalk.archive.skip").isRegularFile();
        assertThat(ARCHIVE.resolveSibling("changetalk.jsa.part")).doesNotExist();
        Result r = java("-XX:SharedArchiveFile=" + ARCHIVE, QUIET, "-Xlog:class+load", "-jar", JAR.toString(), "--version");
        assertThat(r.status).as(r.output()).isZero();
        assertThat(r.lines).as("the entry point and the server's classes come from the archive")
                .anyMatch(l -> l.contains(" org.changetalk.cli.Main source: shared objects file (top)"))
                .anyMatch(l -> l.contains(" org.changetalk.cli.ServeCommand source: shared objects file (top)")
                        || l.contains(" org.changetalk.web.WebServer source: shared objects file (top)"));
    }

    @Test
    void anArchiveThatDoesNotFitTheJarOrIsMissingIsIgnoredInSilence() throws Exception {
        Path other = Files.copy(JAR, dir.resolve("changetalk.jar")); // another path and time: not the archive's jar
        for (String archive : List.of(ARCHIVE.toAbsolutePath().toString(), dir.resolve("missing.jsa").toString())) {
            Result r = java("-XX:SharedArchiveFile=" + archive, QUIET, "-jar", other.toString(), "--version");
            assertThat(r.status).as(r.output()).isZero();
            assertThat(r.lines).as("with %s", archive).hasSize(2).allMatch(l -> l.startsWith("changetalk ") || l.startsWith("Java "));
        }
        // and the option that quiets it is needed: without it the JVM says why it refused the archive
        Result loud = java("-XX:SharedArchiveFile=" + ARCHIVE.toAbsolutePath(), "-jar", other.toString(), "--version");
        assertThat(loud.output()).contains("[warning][cds");
    }

    private record Result(int status, List<String> lines) {
        String output() {
            return String.join("\n", lines);
        }
    }

    private Result java(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(dir, "out", ".txt");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("%s finished", command).isTrue();
        return new Result(p.exitValue(), Files.readAllLines(out, StandardCharsets.UTF_8));
    }
}
