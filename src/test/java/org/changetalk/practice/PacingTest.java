package org.changetalk.practice;

import org.changetalk.coding.Coder;
import org.changetalk.scenario.library.ScenarioLibrary;
import org.changetalk.scenario.model.Beat;
import org.changetalk.scenario.model.ClientState;
import org.changetalk.scenario.model.ClientTalk;
import org.changetalk.scenario.model.Conversation;
import org.changetalk.scenario.model.Deltas;
import org.changetalk.scenario.model.EndKind;
import org.changetalk.scenario.model.GoalKind;
import org.changetalk.scenario.model.Stage;
import org.changetalk.scenario.read.Fixtures;
import org.changetalk.session.Ending;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Stage pacing over whole scripted sessions (src/test/resources/practice/scripts-pacing, played on seeds 1-3, so on
 * several days): {@code any.*} against every conversation, {@code <scenario-id>.*} against that one. Session-level
 * expectations are header lines {@code #! key: value}: {@code no-plan-before: N} (no plan agreed before turn N),
 * {@code no-big-plan} (a client who walked in at precontemplation agrees to no plan of a big kind, pacing.txt),
 * {@code engagement-below: T V} (engagement under V after turn T), {@code outcome: skilled|poor} (as in
 * ScriptedSessionsTest).
 */
class PacingTest {
    private static final Path SCRIPTS = Path.of("src/test/resources/practice/scripts-pacing");
    private final ScenarioLibrary library = ScenarioLibrary.open(Fixtures.LIBRARY);
    private final Coder coder = new Coder();

    record Script(List<String> says, List<String[]> expect) {}

    @TestFactory
    Stream<DynamicTest> scriptedSessionsArePaced() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(SCRIPTS)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                String target = name.substring(0, name.indexOf('.'));
                Script script = read(file);
                library.entries().stream()
                        .filter(e -> e.scenario() instanceof Conversation)
                        .filter(e -> target.equals("any") || target.equals(e.scenario().id()))
                        .forEach(e -> tests.add(DynamicTest.dynamicTest(name + " × " + e.scenario().id(),
                                () -> play((Conversation) e.scenario(), script))));
            }
        }
        assertThat(tests).hasSizeGreaterThan(16);
        return tests.stream();
    }

    private void play(Conversation c, Script script) {
        for (long seed = 1; seed <= 3; seed++) {
            PracticeSession s = new PracticeSession(c, coder::codeCounselor, seed);
            Stage walkedIn = s.state().stage();
            String where = c.id() + " seed " + seed;
            boolean change = false;
            ClientTalk last = s.opening().talk();
            List<ClientState> after = new ArrayList<>();
            for (String say : script.says()) {
                if (s.isOver()) {
                    break;
                }
                PracticeTurn t = s.respond(say);
                after.add(t.after());
                change |= t.reply().talk() == ClientTalk.CHANGE;
                last = t.reply().talk();
            }
            Optional<Ending> outcome = s.outcome();
            boolean agreed = outcome.filter(e -> e.kind() == EndKind.PLAN_AGREED).isPresent();
            for (String[] x : script.expect()) {
                switch (x[0]) {
                    case "no-plan-before" -> assertThat(outcome.filter(e -> e.kind() == EndKind.PLAN_AGREED
                            && e.turn() < Integer.parseInt(x[1]))).as(where + ": a plan too soon").isEmpty();
                    case "no-big-plan" -> {
                        if (walkedIn == Stage.PRECONTEMPLATION && agreed) {
                            Beat plan = c.beat(outcome.get().beat());
                            GoalKind kind = c.persona().goals().stream().filter(g -> g.id().equals(plan.goal()))
                                    .map(g -> g.kind()).findFirst().orElse(GoalKind.OTHER);
                            assertThat(Pacing.DEFAULT.bigKinds()).as(where + ": a big plan from precontemplation: " + plan.id())
                                    .doesNotContain(kind);
                        }
                    }
                    case "engagement-below" -> {
                        String[] tv = x[1].split("\\s+");
                        int turn = Integer.parseInt(tv[0]);
                        if (after.size() >= turn) {
                            assertThat(after.get(turn - 1).engagement()).as(where + ": engagement at turn " + turn)
                                    .isLessThan(Double.parseDouble(tv[1]));
                        }
                    }
                    case "outcome" -> {
                        if (x[1].equals("skilled")) {
                            assertThat(agreed || last == ClientTalk.CHANGE).as(where + ": a skilled script ends agreed or with change talk")
                                    .isTrue();
                        } else {
                            assertThat(change).as(where + ": a poor script earned change talk").isFalse();
                            assertThat(agreed).as(where + ": a poor script got a plan").isFalse();
                        }
                    }
                    default -> throw new AssertionError("unknown expectation '" + x[0] + "' in a pacing script");
                }
            }
        }
    }

    @Test
    void engagementGainsShrinkNearTheTopButNeverStop() {
        Pacing p = Pacing.DEFAULT;
        Deltas good = new Deltas(1, 0, 0.5, 0.5);
        double low = p.soften(good, new ClientState(5, 0, 3, 3, Stage.CONTEMPLATION)).engagement();
        double high = p.soften(good, new ClientState(8, 0, 3, 3, Stage.CONTEMPLATION)).engagement();
        double top = p.soften(good, new ClientState(9.5, 0, 3, 3, Stage.CONTEMPLATION)).engagement();
        assertThat(low).isEqualTo(1);
        assertThat(high).isLessThan(low).isGreaterThan(top);
        assertThat(top).isGreaterThan(0);
        // a loss is never softened: a push near the top still costs in full
        assertThat(p.soften(new Deltas(-1, 1, 0, 0), new ClientState(9, 0, 3, 3, Stage.CONTEMPLATION)).engagement()).isEqualTo(-1);
    }

    @Test
    void theStageShownMovesWithTheStoryAndAPlanIsNotUndone() {
        Pacing p = Pacing.DEFAULT;
        ClientState weighing = new ClientState(6, 0, p.contemplationImportance(), 4, Stage.PRECONTEMPLATION);
        assertThat(p.shown(Stage.PRECONTEMPLATION, weighing, p.contemplationChangeReplies(), false)).isEqualTo(Stage.CONTEMPLATION);
        assertThat(p.shown(Stage.PRECONTEMPLATION, weighing, p.contemplationChangeReplies() - 1, false)).isEqualTo(Stage.PRECONTEMPLATION);
        assertThat(p.shown(Stage.CONTEMPLATION, weighing, 0, true)).isEqualTo(Stage.PREPARATION);
        assertThat(p.shown(Stage.ACTION, weighing, 0, true)).isEqualTo(Stage.ACTION);
    }

    @Test
    void aBadPacingFileSaysWhere() {
        assertThatThrownBy(() -> Pacing.read(List.of("# x", "engagement.soft_top")))
                .hasMessageContaining("pacing.txt:2:1");
        assertThatThrownBy(() -> Pacing.read(List.of("engagement.soft_top 6"))).hasMessageContaining("no '");
        assertThatThrownBy(() -> Mood.read(List.of("tired -0.5 0"))).hasMessageContaining("moods.txt:1:1");
    }

    private static Script read(Path file) throws IOException {
        List<String> says = new ArrayList<>();
        List<String[]> expect = new ArrayList<>();
        for (String raw : Files.readAllLines(file)) {
            String line = raw.strip();
            if (line.startsWith("#!")) {
                String[] kv = line.substring(2).split(":", 2);
                expect.add(new String[] {kv[0].strip(), kv.length > 1 ? kv[1].strip() : ""});
            } else if (!line.isEmpty() && !line.startsWith("#")) {
                says.add(line);
            }
        }
        return new Script(says, expect);
    }
}
