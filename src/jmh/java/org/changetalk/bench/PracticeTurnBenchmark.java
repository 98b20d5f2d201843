package org.changetalk.bench;

import org.changetalk.coding.Coder;
import org.changetalk.practice.PracticeSession;
import org.changetalk.practice.PracticeTurn;
import org.changetalk.scenario.model.Conversation;
import org.changetalk.scenario.library.LibraryEntry;
import org.changetalk.scenario.library.ScenarioLibrary;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One practice turn in the engine (issue 11): the coder, the category, the state, and the client's
 * decision — relevance over the scenario's lines, facts, memory, moves — across every conversation in
 * scenarios/ with a mix of skilled, novice, ruler and lecturing responses. Sample mode, so the score
 * has percentiles (p99 is the target's measure). A session starts (relevance index built) whenever the
 * last one ended or ran 18 turns, so session start-up is in the mix as it is in the web app.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Thread)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms256m", "-Xmx256m"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class PracticeTurnBenchmark {
    private static final List<String> RESPONSES = List.of(
            "Thanks for coming in. What would you like to talk about today?",
            "It sounds like this has been weighing on you more than you let on.",
            "What does it do for you?",
            "Are you still in touch with your family?",
            "On a scale from 0 to 10, how important is it to you to make a change?",
            "And why not a zero?",
            "What would it take to get you to a higher number?",
            "You should really think about quitting.",
            "I'm sorry, I got ahead of myself. What matters most to you right now?",
            "Part of you wants things to stay as they are, and part of you is worried about where this is going.",
            "How much do you use in a week?",
            "Would it be okay if I shared something about that?",
            "You've already made some real changes, and that takes strength.",
            "Whatever you decide, it's your call.",
            "What would you like to do?",
            "We're almost out of time. What would you like to take away from today?");

    private Coder coder;
    private List<Conversation> conversations;
    private PracticeSession session;
    private int next;
    private int sessions;

    @Setup
    public void load() {
        coder = new Coder();
        conversations = ScenarioLibrary.open(Path.of("scenarios")).entries().stream().map(LibraryEntry::scenario)
                .filter(s -> s instanceof Conversation).map(s -> (Conversation) s).toList();
        if (conversations.isEmpty()) {
            throw new IllegalStateException("run from the project folder: no conversations in scenarios/");
        }
    }

    @Benchmark
    public PracticeTurn practiceTurn() {
        if (session == null || session.isOver() || session.turns().size() >= 18) {
            Conversation c = conversations.get(sessions % conversations.size());
            session = new PracticeSession(c, coder::codeCounselor, sessions++);
        }
        return session.respond(RESPONSES.get(next++ % RESPONSES.size()));
    }
}
