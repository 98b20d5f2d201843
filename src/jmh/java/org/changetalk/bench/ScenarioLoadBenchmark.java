package org.changetalk.bench;

import org.changetalk.scenario.library.ScenarioLibrary;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Loads a folder of 1,000 scenario files (copies of the model conversation and drill, renamed) the
 * way the app does: {@link ScenarioLibrary#open}, every file parsed and fully validated.
 * Target: under 2 s. Run: {@code mvn -Pbench package -DskipTests && java -jar target/benchmarks.jar ScenarioLoad}
 * (from the project folder, which holds {@code scenarios/}).
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
public class ScenarioLoadBenchmark {
    @Param("1000")
    int files;

    private Path dir;

    @Setup
    public void generate() throws IOException {
        Path source = Path.of(System.getProperty("changetalk.scenarios", "scenarios"));
        String conversation = Files.readString(source.resolve("teresa-alcohol-contemplation.json"));
        String drill = Files.readString(source.resolve("drill-complex-reflection.json"));
        dir = Files.createTempDirectory("changetalk-bench");
        for (int i = 0; i < files; i++) {
            boolean isDrill = i % 2 == 1;
            String id = (isDrill ? "drill-copy-" : "conversation-copy-") + i;
            String text = isDrill
                    ? drill.replace("id: 'drill-complex-reflection'", "id: '" + id + "'")
                    : conversation.replace("id: 'teresa-alcohol-contemplation'", "id: '" + id + "'");
            Files.writeString(dir.resolve(id + ".json"), text);
        }
        ScenarioLibrary check = ScenarioLibrary.open(dir);
        if (check.entries().size() != files || !check.skipped().isEmpty()) {
            throw new IllegalStateException("generated files did not all load: " + check.skipped());
        }
    }

    @TearDown
    public void delete() throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** Steady state: a server reloading its library. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    public ScenarioLibrary loadWarm() {
        return ScenarioLibrary.open(dir);
    }

    /** First load in a fresh JVM: what a user waits for when the app or a CLI command starts. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Fork(5)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public ScenarioLibrary loadCold() {
        return ScenarioLibrary.open(dir);
    }
}
