package org.changetalk.web;

import org.changetalk.practice.GuidedChoice;
import org.changetalk.practice.PracticeSession;
import org.changetalk.practice.PracticeTurn;
import org.changetalk.practice.ResponseCoder;
import org.changetalk.practice.TurnResult;
import org.changetalk.scenario.model.Conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Practice turns played once the server is ready, on sessions of its own that live only here: the engine, the
 * coder and the turn's JSON, so the JIT has compiled a turn's code before the first trainees' turns need it.
 *
 * <p>Why: a cold server runs a turn's code interpreted or half-compiled, and the compiler threads take the same two
 * cores; with 500 trainees arriving at once after a start that put the first 10–30 s of turns at p99 of 0.3–1 s
 * (docs/benchmarks.md, sections 14, 18 and 19). A few thousand turns played first take that off the trainees.
 *
 * <p>What it does not touch: the database, the sessions and counts anyone can see, the scenario files. Each session
 * is a {@link PracticeSession} held only by this method and dropped at its end; the responses are each beat's own
 * guided-mode choices (the scenario's exemplars and pitfalls: good and poor turns, as trainees type them), drawn
 * with a generator of its own. Engines are deterministic and keep nothing between sessions, so no trainee's
 * session plays differently for it (the regression transcripts are played on servers that did not warm up).
 * A conversation that fails to play is skipped: the trainee who opens it meets the same failure and sees it.
 */
final class TurnWarmUp {
    /** Turns at most a session plays before the next one starts (what a trainee's session is). */
    private static final int TURNS_A_SESSION = 40;

    private TurnWarmUp() {
    }

    /**
     * Plays up to {@code turns} turns over the conversations in turn, stopping early once {@code nanos} have passed.
     * Returns the turns played.
     */
    static int play(List<Conversation> conversations, ResponseCoder coder, int turns, long nanos) {
        if (conversations.isEmpty() || turns <= 0) {
            return 0;
        }
        long start = System.nanoTime();
        Random random = new Random(1);
        List<Conversation> playable = new ArrayList<>(conversations);
        int played = 0;
        int next = 0;
        while (played < turns && !playable.isEmpty() && System.nanoTime() - start < nanos) {
            Conversation c = playable.get(next++ % playable.size());
            try {
                played += session(c, coder, random, Math.min(TURNS_A_SESSION, turns - played));
            } catch (RuntimeException e) {
                playable.remove(c);
            }
        }
        return played;
    }

    private static int session(Conversation c, ResponseCoder coder, Random random, int turns) {
        PracticeSession session = new PracticeSession(c, coder, random.nextLong());
        int played = 0;
        while (played < turns && !session.isOver()) {
            List<GuidedChoice> choices = session.choices();
            if (choices.isEmpty()) {
                break;
            }
            PracticeTurn turn = session.respond(choices.get(random.nextInt(choices.size())).text());
            TurnResult result = new TurnResult(turn.stored(), false, session.ending().orElse(null));
            // the answer's JSON, written as the turn's route writes it
            if (PracticeJson.turnResult(result).toString().isEmpty()) {
                throw new IllegalStateException(c.id() + ": a turn with no JSON");
            }
            played++;
        }
        if (played == 0) {
            throw new IllegalStateException(c.id() + ": no beat offers a response to play");
        }
        return played;
    }
}
