package org.changetalk.practice;

import org.changetalk.coding.Coder;
import org.changetalk.coding.SentenceEmbedder;
import org.changetalk.scenario.library.ScenarioLibrary;
import org.changetalk.scenario.model.Category;
import org.changetalk.scenario.model.Conversation;
import org.changetalk.scenario.read.Fixtures;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A guard on how much work a practice turn does, counted rather than timed (a timed test fails on a busy machine and
 * passes a regression on a quiet one). The web turn's p99 at 500 trainees went from 95 to 1,452 ms when a second
 * embedding a turn came in (round 11), and to 409–709 ms when every session re-read the whole story (round 10):
 * both would have shown here as a count over its budget.
 * <ul>
 * <li>Once a conversation's texts are embedded (the server primes them), a turn embeds at most its own words: a
 *     session at most one text a turn, and no turn more than two. Counted through a fake embedder. Why two: an apology
 *     then a question whose question-only reading is declined is read again whole, two texts embedded — found when
 *     this was counted turn by turn (speed12, round 13), there before, left for a change that may alter replies.</li>
 * <li>A reflection whose words decide its reply is not embedded: over these turns, fewer reflections embedded than
 *     reflections (speed12, round 13: every one of the 45 here was, when a reflection whose graph allows no other line
 *     its meaning could pick still paid a model run, most of a web turn's CPU on 2 cores).</li>
 * <li>A turn of a session on a conversation whose other sessions have run allocates at most {@link #BYTES_A_TURN}
 *     (the mean over every shipped conversation): per-turn scans over every line, sentence or fact of a persona,
 *     re-reading the story in each session and regular expressions compiled per turn all allocate in proportion to
 *     the story, and show here long before they show in a latency. Counted by the JVM for this thread.</li>
 * </ul>
 */
class PerTurnWorkTest {
    /**
     * The budget for a turn's allocation (a mean over these turns, in a JVM whose JIT has barely started, where a
     * turn allocates the most): 187 kB when it was set (speed11, round 12; 217 kB before that round's caches), so
     * about 1.7 times: room for new rules, not for a scan of the story on every turn.
     */
    private static final long BYTES_A_TURN = 320 * 1024;

    /** Turns of every kind the client answers differently: questions, reflections, a ruler, a push, an apology, a closing. */
    private static final List<String> TURNS = List.of(
            "Hi, thanks for making time today. Where would you like to start?",
            "What has the last month been like for you?",
            "So it has been a heavy few weeks, and you are tired of it.",
            "How does it fit in with the rest of your day?",
            "You sound like part of you wants something to change.",
            "On a scale of 0 to 10, how important is changing this for you?",
            "Why that number and not a lower one?",
            "What would need to happen for it to go up a point?",
            "Honestly you just need to stop, it is wrecking your health.",
            "Sorry, that came out wrong. What matters most to you in all this?",
            "Who in your life has noticed?",
            "So nobody at home has said anything about it.",
            "May I share what some people in your spot have tried?",
            "It takes guts to talk about this.",
            "What might a first small step look like?",
            "We are nearly out of time. What will you take away from today?");

    /** The turns whose gist may go by meaning. */
    private static final java.util.Set<Category> REFLECTIONS = java.util.EnumSet.of(Category.SIMPLE_REFLECTION,
            Category.COMPLEX_REFLECTION);

    private final Coder coder = new Coder();

    @Test
    void aTurnEmbedsAtMostItsOwnWordsAndStaysWithinItsAllocationBudget() {
        AtomicInteger embedded = new AtomicInteger();
        SentenceEmbedder counting = text -> {
            embedded.incrementAndGet();
            return vectorOf(text);
        };
        ResponseCoder responses = ResponseCoder.of(coder, counting);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long bytes = 0;
        int turns = 0;
        Work work = new Work();
        for (Conversation c : conversations()) {
            new Meanings(c, counting).prime();
            play(c, responses, 1, embedded, new Work()); // the conversation's own first reading (what a server does once per scenario)
            long before = threads.getCurrentThreadAllocatedBytes();
            int played = play(c, responses, 2, embedded, work);
            bytes += threads.getCurrentThreadAllocatedBytes() - before;
            turns += played;
        }
        assertThat(work.over).as("a turn embeds its own words once, nothing else (the conversation's texts are primed)").isEmpty();
        assertThat(turns).isGreaterThan(100);
        System.out.printf("PerTurnWorkTest: %d turns, %.1f kB a turn, %d embeddings; %d of %d reflections embedded%n",
                turns, bytes / 1024.0 / turns, work.embeddings, work.reflectionsEmbedded, work.reflections);
        assertThat(work.reflectionsEmbedded).as("reflections embedded of %d: one whose words decide is not", work.reflections)
                .isLessThan(work.reflections);
        assertThat(bytes / turns).as("bytes allocated a turn (mean over %d turns)", turns).isLessThanOrEqualTo(BYTES_A_TURN);
    }

    /** What the turns played cost in embeddings: turns over the budget, the embeddings, reflections and those embedded. */
    private static final class Work {
        final List<String> over = new ArrayList<>();
        int embeddings;
        int reflections;
        int reflectionsEmbedded;
    }

    private static int play(Conversation c, ResponseCoder responses, long seed, AtomicInteger embedded, Work work) {
        PracticeSession s = new PracticeSession(c, responses, seed);
        int played = 0;
        int sessionEmbeddings = 0;
        for (String turn : TURNS) {
            if (s.isOver()) {
                break;
            }
            embedded.set(0);
            PracticeTurn t = s.respond(turn);
            played++;
            work.embeddings += embedded.get();
            sessionEmbeddings += embedded.get();
            if (REFLECTIONS.contains(t.category())) {
                work.reflections++;
                work.reflectionsEmbedded += embedded.get() > 0 ? 1 : 0;
            }
            if (embedded.get() > 2) {
                work.over.add(c.id() + " turn " + played + " (" + turn + "): " + embedded.get() + " embeddings");
            }
        }
        if (sessionEmbeddings > played) {
            work.over.add(c.id() + ": " + sessionEmbeddings + " embeddings in " + played + " turns");
        }
        return played;
    }

    /** A unit vector made from the text's characters: the same text, the same vector; different texts, different ones. */
    private static float[] vectorOf(String text) {
        float[] v = new float[384];
        java.util.Random r = new java.util.Random(text.hashCode());
        double norm = 0;
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) r.nextGaussian();
            norm += v[i] * v[i];
        }
        for (int i = 0; i < v.length; i++) {
            v[i] /= (float) Math.sqrt(norm);
        }
        return v;
    }

    private static List<Conversation> conversations() {
        return ScenarioLibrary.open(Fixtures.LIBRARY).entries().stream().map(e -> e.scenario())
                .filter(Conversation.class::isInstance).map(Conversation.class::cast).toList();
    }
}
