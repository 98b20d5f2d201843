package org.changetalk.cli;

import org.changetalk.coding.MiniLmEmbedder;
import org.changetalk.coding.SentenceVectors;
import org.changetalk.practice.MeaningWarmUp;
import org.changetalk.scenario.library.LibraryEntry;
import org.changetalk.scenario.library.ScenarioLibrary;
import org.changetalk.scenario.model.Conversation;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Embeds the shipped scenarios' texts at build time ({@code mvn process-classes} runs it, see pom.xml) into
 * {@code target/classes/org/changetalk/coding/sentence-vectors.bin}, which the jar carries: a fresh server reads
 * them instead of spending its first half-minute of one core embedding them while the first trainees arrive
 * (docs/benchmarks.md §25, §26). Only what the previous file lacks is embedded (a scenario edited, the model
 * changed), so a rebuild costs seconds; the file written holds exactly today's texts.
 * <p>
 * {@code java -cp CLASSES:DEPENDENCIES org.changetalk.cli.SentenceVectorsBuild FILE SCENARIOS}; exit status 1 when a
 * step fails (the build fails: a server without the file would be right, only slower, but a build that silently
 * lost it would not be noticed).
 */
public final class SentenceVectorsBuild {
    private SentenceVectorsBuild() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: java -cp CLASSES " + SentenceVectorsBuild.class.getName() + " FILE SCENARIOS");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        try {
            long start = System.nanoTime();
            MiniLmEmbedder embedder = new MiniLmEmbedder(() -> previous(file));
            Map<String, float[]> texts = embed(ScenarioLibrary.open(Path.of(args[1])), embedder);
            write(file, embedder.modelId(), texts);
            System.out.printf("changetalk: %d scenario texts' sentence vectors in %s (%d embedded, the rest kept), %d ms%n",
                    texts.size(), file, embedder.computed(), (System.nanoTime() - start) / 1_000_000);
        } catch (IOException | RuntimeException e) {
            System.err.println("changetalk: the sentence vectors " + file + " were not made: " + e);
            System.exit(1);
        }
        // ONNX Runtime's threads are not daemons everywhere: the build's JVM must end here
        System.exit(0);
    }

    /** Every conversation's texts with their vectors (from the previous file when it has them). */
    static Map<String, float[]> embed(ScenarioLibrary library, MiniLmEmbedder embedder) {
        Set<String> wanted = new LinkedHashSet<>();
        for (LibraryEntry entry : library.entries()) {
            if (entry.scenario() instanceof Conversation c) {
                wanted.addAll(MeaningWarmUp.texts(c));
            }
        }
        // On every core: a fresh clone embeds all ten thousand texts, half a minute of one core in the test command
        // (the model runs one text on one thread, and the embedder is shared by the server's threads anyway). The
        // file keeps the texts' order, so the build is the same however the work was split.
        Map<String, float[]> vectors = new ConcurrentHashMap<>();
        wanted.parallelStream().forEach(t -> vectors.put(t, embedder.embed(t)));
        Map<String, float[]> texts = new LinkedHashMap<>();
        wanted.forEach(t -> texts.put(t, vectors.get(t)));
        return texts;
    }

    /** The file a previous build made, so that only new texts are embedded (none: everything is). */
    private static SentenceVectors previous(Path file) {
        if (!Files.isRegularFile(file)) {
            return SentenceVectors.NONE;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return SentenceVectors.read(in);
        } catch (IOException e) {
            return SentenceVectors.NONE; // a broken file is made again from nothing
        }
    }

    /** Written beside the file and renamed over it once whole: a build stopped halfway leaves the old file or none. */
    static void write(Path file, String modelId, Map<String, float[]> texts) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path part = file.resolveSibling(file.getFileName() + ".part");
        try (OutputStream out = Files.newOutputStream(part)) {
            SentenceVectors.write(out, modelId, texts);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
