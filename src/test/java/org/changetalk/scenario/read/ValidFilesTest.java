package org.changetalk.scenario.read;

import org.changetalk.scenario.model.Beat;
import org.changetalk.scenario.model.Category;
import org.changetalk.scenario.model.Conversation;
import org.changetalk.scenario.model.Deltas;
import org.changetalk.scenario.model.Drill;
import org.changetalk.scenario.model.Goal;
import org.changetalk.scenario.model.GoalKind;
import org.changetalk.scenario.model.Level;
import org.changetalk.scenario.model.Mastery;
import org.changetalk.scenario.model.Phrase;
import org.changetalk.scenario.model.Scenario;
import org.changetalk.scenario.model.Transition;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ValidFilesTest {
    private static final Path DIR = Path.of("src/test/resources/scenario/valid");
    private final ScenarioLoader loader = new ScenarioLoader();

    @Test
    void lenientSyntaxIsReadAsAuthorsMeanIt() {
        Conversation c = (Conversation) loaded(DIR.resolve("lenient-syntax.json"));
        assertThat(c.summary()).isEqualTo("A string that runs\nover two lines.");
        assertThat(c.persona().name()).isEqualTo("Zoë Ñúñez");
        assertThat(c.persona().background()).isEqualTo("She says \"hi\" and it's fine.");
        assertThat(c.persona().importance()).isEqualTo(7.5);
        assertThat(c.start().engagement()).isEqualTo(5);            // defaults
        assertThat(c.endings().disengage().discordAtLeast()).isEqualTo(8);
        assertThat(c.endings().disengage().engagementAtMost()).isEqualTo(1);
        Beat opening = c.beat("opening");
        assertThat(opening.next().get(0).words()).extracting(Phrase::text).containsExactly("sleep*", "doesn't help");
        assertThat(opening.deltas()).containsKey(Category.OTHER);
    }

    @Test
    void rulesFromAnyBeatComeFirstWhereTheyApplyAndReachTheirTarget() {
        Conversation c = (Conversation) loaded(DIR.resolve("from-any-beat.json"));
        Transition shared = c.fromAnyBeat().rules().get(0);
        assertThat(shared.on()).containsExactlyInAnyOrder(Category.INFORMATION_WITH_PERMISSION, Category.PERSUADE_WITH_PERMISSION);
        // 'opening' matches information only through mi_consistent: the shared rule is tried before it
        assertThat(c.rules(c.beat("opening"))).extracting(Transition::to).containsExactly("reacts", "asks");
        // 'asks' names information itself, and 'reacts' is the rule's own target: their own rules only
        assertThat(c.rules(c.beat("asks"))).extracting(Transition::to).containsExactly("close");
        assertThat(c.rules(c.beat("reacts"))).isEmpty();
        assertThat(c.rules(c.beat("close"))).isEmpty();
        Conversation teresa = Fixtures.teresa();
        assertThat(teresa.rules(teresa.beat("opening")).get(0).to()).isEqualTo("takes-in-info");
        assertThat(teresa.beat("opening").next()).extracting(Transition::to).doesNotContain("takes-in-info");
    }

    @Test
    void aByteOrderMarkIsIgnored() {
        Drill d = (Drill) loaded(DIR.resolve("bom-drill.json"));
        assertThat(d.items(Level.ADVANCED)).hasSize(5);
        assertThat(d.mastery()).isEqualTo(new Mastery(5, 4));
    }

    @Test
    void theModelScenariosLoadWithWhatTheirAuthorWrote() {
        Conversation teresa = Fixtures.teresa();
        assertThat(teresa.beats()).hasSizeGreaterThanOrEqualTo(12);
        assertThat(teresa.persona().goals()).extracting(Goal::kind)
                .contains(GoalKind.NO_DRIVING_AFTER_USE, GoalKind.MODERATION, GoalKind.ABSTINENCE);
        assertThat(teresa.beat("opening").next().get(1).on())
                .containsExactlyInAnyOrder(Category.COMPLEX_REFLECTION, Category.SIMPLE_REFLECTION,
                        Category.OPEN_QUESTION, Category.AUTONOMY, Category.AFFIRM);
        assertThat(teresa.deltas().forFlag(org.changetalk.coding.FlagKind.LABELLING))
                .isEqualTo(new Deltas(-1, 2, -0.25, 0));
        Drill drill = Fixtures.complexReflectionDrill();
        assertThat(drill.items(Level.BEGINNER).get(0).accept()).containsExactly(Category.COMPLEX_REFLECTION);
        assertThat(drill.items(Level.BEGINNER).get(1).exemplars().get(0).skill()).isEqualTo(Category.COMPLEX_REFLECTION);
    }

    private Scenario loaded(Path file) {
        LoadResult<Scenario> r = loader.loadScenario(file);
        assertThat(r).as(r.toString()).isInstanceOf(LoadResult.Loaded.class);
        return ((LoadResult.Loaded<Scenario>) r).value();
    }
}
