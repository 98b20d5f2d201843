package org.changetalk.practice;

import org.changetalk.coding.Coder;
import org.changetalk.scenario.library.ScenarioLibrary;
import org.changetalk.scenario.model.Conversation;
import org.changetalk.scenario.read.Fixtures;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A different seed is a different day (Mood): a script of plain listening (practice/scripts-days) played on seeds
 * 1-6 against every conversation. The same seed replays the same session word for word; different seeds open
 * differently, and on most conversations take different paths (beats and talk turn by turn), not only other words.
 */
class DayTest {
    private static final Path SCRIPT = Path.of("src/test/resources/practice/scripts-days/any.listening.txt");
    private static final int SEEDS = 6;
    private final ScenarioLibrary library = ScenarioLibrary.open(Fixtures.LIBRARY);
    private final Coder coder = new Coder();

    @Test
    void differentSeedsAreDifferentDaysAndOneSeedIsAlwaysTheSameDay() throws IOException {
        List<String> says = Files.readAllLines(SCRIPT).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        List<Conversation> conversations = library.entries().stream().map(e -> e.scenario())
                .filter(s -> s instanceof Conversation).map(s -> (Conversation) s).toList();
        int varied = 0;
        List<String> same = new ArrayList<>();
        for (Conversation c : conversations) {
            Set<String> openings = new HashSet<>();
            Set<List<String>> paths = new HashSet<>();
            Set<String> days = new HashSet<>();
            for (long seed = 1; seed <= SEEDS; seed++) {
                Transcript t = play(c, seed, says);
                assertThat(play(c, seed, says)).as(c.id() + " seed " + seed + " replayed").isEqualTo(t);
                openings.add(t.opening().text());
                days.add(Mood.of(c, seed).name() + "/" + Mood.of(c, seed).lead());
                paths.add(t.turns().stream().map(x -> x.reply().beat() + ":" + x.reply().talk() + ":" + x.after().stage()).toList());
            }
            assertThat(days).as(c.id() + ": the days of six seeds").hasSizeGreaterThan(2);
            assertThat(openings).as(c.id() + ": six seeds, one opening").hasSizeGreaterThan(1);
            if (paths.size() > 1) {
                varied++;
            } else {
                same.add(c.id());
            }
        }
        assertThat(varied).as("conversations whose six days take more than one path; the same on all: " + same)
                .isGreaterThanOrEqualTo(conversations.size() * 3 / 4);
    }

    private Transcript play(Conversation c, long seed, List<String> says) {
        PracticeSession s = new PracticeSession(c, coder::codeCounselor, seed);
        for (String say : says) {
            if (!s.isOver()) {
                s.respond(say);
            }
        }
        return s.transcript();
    }
}
