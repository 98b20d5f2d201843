package org.changetalk.practice;

import org.changetalk.session.Ending;
import org.changetalk.session.ClientLine;
import org.changetalk.coding.CounselorCoding;
import org.changetalk.coding.FlagKind;
import org.changetalk.coding.Turn;
import org.changetalk.scenario.Beat;
import org.changetalk.scenario.Category;
import org.changetalk.scenario.ClientState;
import org.changetalk.scenario.Conversation;
import org.changetalk.scenario.Deltas;
import org.changetalk.scenario.Endings;
import org.changetalk.scenario.Phrase;
import org.changetalk.scenario.Transition;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * A practice conversation: the client opens; each trainee response is coded, moves the client's
 * state, and picks the next beat (docs/scenario-format.md#one-turn-step-by-step). Deterministic for
 * a seed. Not thread-safe: one session belongs to one trainee.
 */
public final class PracticeSession {
    private final Conversation scenario;
    private final ResponseCoder coder;
    private final long seed;
    /** java.util.Random's algorithm is specified, so a seed replays the same variants on every JVM. */
    private final Random random;
    private final List<Turn> history = new ArrayList<>();
    private final List<PracticeTurn> turns = new ArrayList<>();
    private final ClientState startState;
    private final ClientLine opening;
    private Beat current;
    private ClientState state;
    private Category previous;
    private Ending ending;

    public PracticeSession(Conversation scenario, ResponseCoder coder, long seed) {
        this(scenario, coder, seed, scenario.start().beat(), scenario.startState());
    }

    /**
     * A session that opens at any beat with any starting state (the studio's playtest); the beat's own
     * stage, if it has one, still applies on entering it.
     */
    public PracticeSession(Conversation scenario, ResponseCoder coder, long seed, String fromBeat, ClientState start) {
        this.scenario = scenario;
        this.coder = coder;
        this.seed = seed;
        this.random = new Random(seed);
        this.startState = start;
        this.state = startState;
        this.opening = enter(scenario.beat(fromBeat), 0);
    }

    public ClientLine opening() {
        return opening;
    }

    public ClientState state() {
        return state;
    }

    public boolean isOver() {
        return ending != null;
    }

    public Optional<Ending> ending() {
        return Optional.ofNullable(ending);
    }

    public List<PracticeTurn> turns() {
        return List.copyOf(turns);
    }

    public Transcript transcript() {
        return new Transcript(scenario.id(), seed, startState, opening, turns, ending);
    }

    /** Codes the response, moves the state, and returns the client's reply with feedback. */
    public PracticeTurn respond(String text) {
        if (ending != null) {
            throw new IllegalStateException("the session has ended (" + ending.kind() + ")");
        }
        int number = turns.size() + 1;
        Beat answered = current;
        Turn response = Turn.counselor(text);
        CounselorCoding coding = coder.code(List.copyOf(history), response);
        Category category = Categorizer.categorize(coding, previous);
        state = state.plus(deltas(answered, category, coding));
        Beat next = scenario.beat(nextBeat(answered, category, text, number));
        history.add(response);
        ClientLine reply = enter(next, number);
        PracticeTurn turn = new PracticeTurn(number, text, coding, category, answered.id(), reply, state,
                FeedbackWriter.write(answered, category, coding));
        turns.add(turn);
        previous = category;
        return turn;
    }

    private Deltas deltas(Beat answered, Category category, CounselorCoding coding) {
        Deltas d = scenario.deltas().forCategory(category, answered.deltas());
        for (FlagKind flag : Categorizer.flagKinds(coding)) {
            d = d.plus(scenario.deltas().forFlag(flag));
        }
        return d;
    }

    private String nextBeat(Beat answered, Category category, String text, int number) {
        Endings endings = scenario.endings();
        if (endings.disengage().holds(state)) {
            return endings.disengage().beat();
        }
        if (number >= endings.naturalClose().afterTurns()) {
            return endings.naturalClose().beat();
        }
        List<String> words = Phrase.wordsOf(text);
        for (Transition rule : answered.next()) {
            if (rule.matches(category, words, state)) {
                return rule.to();
            }
        }
        return answered.fallback();
    }

    private ClientLine enter(Beat beat, int number) {
        current = beat;
        String text = beat.say().get(random.nextInt(beat.say().size()));
        if (beat.stage() != null) {
            state = state.withStage(beat.stage());
        }
        if (beat.isTerminal()) {
            ending = new Ending(beat.end(), beat.id(), number);
        }
        history.add(Turn.client(text));
        return new ClientLine(beat.id(), text, beat.talk());
    }
}
