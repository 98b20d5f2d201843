package org.changetalk.scenario.library;

import org.changetalk.scenario.model.Conversation;
import org.changetalk.scenario.model.Phrase;
import org.changetalk.scenario.model.ReplyKind;
import org.changetalk.scenario.model.Topics;
import org.changetalk.scenario.plan.PlanPath;
import org.changetalk.scenario.plan.PlanStep;
import org.changetalk.scenario.plan.TestPlan;
import org.changetalk.scenario.read.Fixtures;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11's library rule: each conversation's test plan covers the MI moves a trainee uses (a greeting, both rulers
 * with "why not lower?" or "what would take it higher?", the closing), a repair after a push, and a question on each
 * of the persona's own topics. The plans are played by {@code ScenarioTestPlansTest}; this checks they ask.
 */
class LibraryPlansTest {
    /** How a trainee owns a push, in the plans' own words ("I'm sorry, that was out of line"). */
    private static final Pattern APOLOGY = Pattern.compile("(?i)\\b(sorry|apologi[sz]e|my bad|out of line|too hard|got ahead)\\b");
    /** A step that asks: a question mark, or an open invitation without one ("Tell me about Bev."). */
    private static final Pattern ASKS = Pattern.compile("(?i)\\?|^\\s*(tell me|talk me through|walk me through)\\b");

    private final ScenarioLibrary library = ScenarioLibrary.open(Fixtures.LIBRARY);

    @TestFactory
    Stream<DynamicTest> everyConversationsPlanCoversTheMovesARepairAndEachOfItsTopics() {
        List<LibraryEntry> conversations = library.entries().stream()
                .filter(e -> e.scenario() instanceof Conversation).toList();
        assertThat(conversations).hasSizeGreaterThanOrEqualTo(15);
        return conversations.stream().map(e -> DynamicTest.dynamicTest(e.scenario().id(), () -> {
            Conversation c = (Conversation) e.scenario();
            TestPlan plan = e.plan();
            assertThat(plan).as("test plan").isNotNull();
            List<PlanStep> steps = plan.paths().stream().flatMap(p -> p.steps().stream()).toList();
            for (ReplyKind move : List.of(ReplyKind.GREETING, ReplyKind.RULER, ReplyKind.CLOSING)) {
                assertThat(steps).as("a step expecting " + move).anyMatch(s -> s.expect().move() == move);
            }
            assertThat(steps).as("a ruler's follow-up (why not lower / what would take it higher)")
                    .anyMatch(s -> s.expect().move() == ReplyKind.WHY_NOT_LOWER || s.expect().move() == ReplyKind.WOULD_HELP);
            assertThat(plan.paths()).as("a path where an apology after a push is checked").anyMatch(LibraryPlansTest::repairs);
            Topics words = Topics.of(c.persona().topics());
            for (Map.Entry<String, List<Phrase>> topic : c.persona().topics().entrySet()) {
                assertThat(steps).as("a question on the persona's topic '" + topic.getKey() + "'")
                        .anyMatch(s -> ASKS.matcher(s.say()).find() && words.in(Phrase.wordsOf(s.say())).contains(topic.getKey()));
            }
        }));
    }

    /** An apology that is not the path's first words, with what must follow it. */
    private static boolean repairs(PlanPath path) {
        List<PlanStep> steps = path.steps();
        for (int i = 1; i < steps.size(); i++) {
            PlanStep s = steps.get(i);
            boolean expects = s.expect().beat() != null || s.expect().talk() != null || !s.expect().says().isEmpty()
                    || s.expect().move() != null;
            if (APOLOGY.matcher(s.say()).find() && expects) {
                return true;
            }
        }
        return false;
    }
}
