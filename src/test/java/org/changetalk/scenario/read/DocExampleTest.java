package org.changetalk.scenario.read;

import org.changetalk.coding.Coder;
import org.changetalk.practice.ResponseCoder;
import org.changetalk.practice.TestPlanRunner;
import org.changetalk.scenario.model.Scenario;
import org.changetalk.scenario.plan.TestPlan;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The complete small example in docs/scenario-format.md must stay valid, and its test plan must pass with the real coder. */
class DocExampleTest {
    private static final Path DOC = Path.of("docs/scenario-format.md");

    @Test
    void theDocumentedExampleAndItsPlanAreValidAndPass() {
        String doc = Fixtures.read(DOC);
        String example = doc.substring(doc.indexOf("## Complete small example"));
        List<String> blocks = new ArrayList<>();
        Matcher m = Pattern.compile("```js\\n(.*?)```", Pattern.DOTALL).matcher(example);
        while (m.find()) {
            blocks.add(m.group(1));
        }
        assertThat(blocks).hasSize(2);
        ScenarioLoader loader = new ScenarioLoader();
        LoadResult<Scenario> scenario = loader.readScenario(Path.of("sam-vaping-precontemplation.json"),
                blocks.get(0).getBytes(StandardCharsets.UTF_8));
        assertThat(scenario).as(scenario.toString()).isInstanceOf(LoadResult.Loaded.class);
        Scenario sam = ((LoadResult.Loaded<Scenario>) scenario).value();
        LoadResult<TestPlan> plan = loader.readPlan(Path.of("sam-vaping-precontemplation.test.json"),
                blocks.get(1).getBytes(StandardCharsets.UTF_8), id -> id.equals(sam.id()) ? sam : null);
        assertThat(plan).as(plan.toString()).isInstanceOf(LoadResult.Loaded.class);
        assertThat(new TestPlanRunner(ResponseCoder.of(new Coder())).run(sam, ((LoadResult.Loaded<TestPlan>) plan).value()))
                .isEmpty();
    }
}
