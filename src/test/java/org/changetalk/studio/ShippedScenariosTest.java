package org.changetalk.studio;

import org.changetalk.scenario.read.ScenarioLoader;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every scenario the project ships opens in the studio with no error and no warning: the model authors copy. */
class ShippedScenariosTest {
    @Test
    void everyShippedScenarioHasNoErrorOrWarningInTheStudio() throws IOException {
        StudioCheck check = new StudioCheck(new ScenarioLoader());
        List<String> findings = new ArrayList<>();
        int checked = 0;
        try (Stream<Path> files = Files.list(Path.of("scenarios"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json") && !ScenarioLoader.isPlanFile(p)
                    && !p.getFileName().toString().endsWith("schema.json")).sorted().toList()) {
                String id = f.getFileName().toString().replaceFirst("\\.json$", "");
                StudioCheck.Result r = check.check(Files.readString(f), id);
                r.findings().forEach(x -> findings.add(f + ":" + x.line() + ":" + x.column() + ": " + x.severity() + ": " + x.message()));
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(10);
        assertThat(findings).isEmpty();
    }
}
