package org.changetalk.practice;

import org.changetalk.session.Ending;
import org.changetalk.session.ClientLine;
import org.changetalk.coding.CounselorCoding;
import org.changetalk.coding.FlagKind;
import org.changetalk.coding.Turn;
import org.changetalk.scenario.model.Beat;
import org.changetalk.scenario.model.Category;
import org.changetalk.scenario.model.ClientTalk;
import org.changetalk.scenario.model.ClientState;
import org.changetalk.scenario.model.Conversation;
import org.changetalk.scenario.model.Deltas;
import org.changetalk.scenario.model.EndKind;
import org.changetalk.scenario.model.Stage;

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
    private final ClientMind mind;
    /** The day the client walked in on: it bends every turn's deltas. */
    private final Mood mood;
    private final Pacing pacing = Pacing.DEFAULT;
    private Beat current;
    private ClientState state;
    private Category previous;
    private Ending ending;
    /** The plan the client agreed to, while the session goes on: a client never ends the hour, the trainee does. */
    private Ending agreed;
    /** The last beat the session stood at that ends nothing: where the hour goes on from after a plan. */
    private Beat lastOpen;

    public PracticeSession(Conversation scenario, ResponseCoder coder, long seed) {
        this(scenario, coder, seed, scenario.start().beat(), scenario.startState(), Mood.of(scenario, seed));
    }

    /**
     * A session that opens at any beat with any starting state (the studio's playtest); the beat's own
     * stage, if it has one, still applies on entering it.
     */
    public PracticeSession(Conversation scenario, ResponseCoder coder, long seed, String fromBeat, ClientState start) {
        this(scenario, coder, seed, fromBeat, start, Mood.STEADY);
    }

    /** A session on a given day ({@link Mood}): its start state nudged, its lead concern breaking ties. */
    public PracticeSession(Conversation scenario, ResponseCoder coder, long seed, String fromBeat, ClientState start,
                           Mood mood) {
        start = mood.apply(start);
        this.mood = mood;
        this.scenario = scenario;
        this.coder = coder;
        this.seed = seed;
        this.random = new Random(seed);
        this.mind = new ClientMind(scenario, scenario.lines(), random, mood,
                coder.embedder().map(e -> new Meanings(scenario, e)).orElse(Meanings.NONE));
        this.startState = start;
        this.state = startState;
        this.opening = say(mind.open(scenario.beat(fromBeat), startState), 0);
        this.lastOpen = current;
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

    /**
     * The session's outcome so far: its ending once over, else the plan the client agreed to while it goes on
     * (a test plan's path may stop right after the plan).
     */
    public Optional<Ending> outcome() {
        return Optional.ofNullable(ending != null ? ending : agreed);
    }

    public List<PracticeTurn> turns() {
        return List.copyOf(turns);
    }

    public Transcript transcript() {
        return new Transcript(scenario.id(), seed, startState, opening, turns, ending);
    }

    /**
     * Guided mode: three or four responses to what the client just said, from the beat's exemplars (at most two)
     * and pitfalls (the rest), shuffled. Drawn from a generator of their own, seeded by the session's seed and the
     * turn, so offering them never changes the client's words and a replay offers the same. Empty once ended.
     */
    public List<GuidedChoice> choices() {
        if (ending != null) {
            return List.of();
        }
        Random r = new Random(seed * 31 + turns.size() + 1);
        List<GuidedChoice> good = new ArrayList<>();
        current.exemplars().forEach(e -> good.add(new GuidedChoice(e.text(), GuidedChoice.EXEMPLAR)));
        List<GuidedChoice> bad = new ArrayList<>();
        current.pitfalls().forEach(p -> bad.add(new GuidedChoice(p.text(), GuidedChoice.PITFALL)));
        java.util.Collections.shuffle(good, r);
        java.util.Collections.shuffle(bad, r);
        List<GuidedChoice> out = new ArrayList<>(good.subList(0, Math.min(2, good.size())));
        // At least one mistake to tell apart, and three or four in all when the beat has them.
        for (GuidedChoice c : bad) {
            if (out.size() >= 4 || out.size() >= 3 && out.stream().anyMatch(x -> x.source().equals(GuidedChoice.PITFALL))) {
                break;
            }
            out.add(c);
        }
        for (GuidedChoice c : good.subList(Math.min(2, good.size()), good.size())) {
            if (out.size() >= 3) {
                break;
            }
            out.add(c);
        }
        java.util.Collections.shuffle(out, r);
        return List.copyOf(out);
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
        state = state.plus(deltas(answered, category, coding, text));
        history.add(response);
        ClientLine reply = say(paced(mind.respond(answered, text, coding, category, state, number), answered, category, number),
                number);
        if (ending == null && current.isTerminal()) {
            // The plan is said, and the hour goes on from where the client was: the trainee closes the session
            // (or it reaches its length), and the plan stays its outcome.
            current = answered.isTerminal() ? lastOpen : answered;
        } else if (!current.isTerminal()) {
            lastOpen = current;
        }
        PracticeTurn turn = new PracticeTurn(number, text, coding, category, answered.id(), reply, state,
                FeedbackWriter.write(answered, category, coding));
        turns.add(turn);
        previous = category;
        return turn;
    }

    private Deltas deltas(Beat answered, Category category, CounselorCoding coding, String text) {
        Deltas d = scenario.deltas().forCategory(category, answered.deltas());
        for (FlagKind flag : Categorizer.flagKinds(coding)) {
            d = d.plus(scenario.deltas().forFlag(flag));
        }
        // Today's mood bends the turn (a talkative day warms faster, a raw one takes a push harder), and engagement
        // grows more slowly near the top, so a good turn 12 still counts and the ceiling is earned.
        d = pacing.soften(mood.bend(d), state);
        if (category.isMiInconsistent()) {
            // Severity follows the offence: a nudging question costs less than a label (Offences.severity).
            double f = Offences.severity(Offences.offence(text, coding, category), coding);
            d = new Deltas(d.engagement() * f, d.discord() * f, d.importance(), d.confidence());
        }
        return d;
    }

    /**
     * The client's decision, paced: a plan too big or too soon for a client who walked in at precontemplation is
     * held back as "I'll think about it" (Pacing), staying where the story was.
     */
    private Reply paced(Reply r, Beat answered, Category category, int number) {
        if (r.stay()) {
            return r;
        }
        return pacing.tooSoon(r.beat(), scenario, startState.stage(), r.state(), number)
                .map(why -> pacing.holdBack(r, answered, category, mind.stock("plan.think-about-it"), why))
                .orElse(r);
    }

    /** Makes the client's decision happen: the state it leaves, the beat it enters (or stays at), the ending. */
    private ClientLine say(Reply reply, int number) {
        state = reply.state();
        Beat beat = reply.beat();
        current = beat;
        mind.remember(reply);
        if (!reply.stay()) {
            if (beat.stage() != null) {
                state = state.withStage(beat.stage());
            } else if (beat.end() == EndKind.PLAN_AGREED && !state.stage().isAfter(Stage.CONTEMPLATION)) {
                // A client who chose a plan is preparing, whatever stage they walked in at: the stage shown moves with the story.
                state = state.withStage(Stage.PREPARATION);
            }
            if (beat.end() == EndKind.PLAN_AGREED && number > 0) {
                // The client does not end the hour on its own plan: remembered, and the session goes on.
                agreed = agreed != null ? agreed : new Ending(beat.end(), beat.id(), number);
            } else if (beat.isTerminal()) {
                // A plan agreed earlier is still the session's outcome when the trainee closes it.
                boolean closedOnPlan = agreed != null && beat.end() == EndKind.NATURAL_CLOSE;
                ending = closedOnPlan ? new Ending(EndKind.PLAN_AGREED, beat.id(), number) : new Ending(beat.end(), beat.id(), number);
            }
        }
        if (number > 0) {
            // The stage shown moves with the story (Pacing): change talk said often enough, a plan never undone by a line.
            long change = turns.stream().filter(t -> t.reply().talk() == ClientTalk.CHANGE).count()
                    + (reply.talk() == ClientTalk.CHANGE ? 1 : 0);
            state = state.withStage(pacing.shown(state.stage(), state, change, agreed != null));
        }
        history.add(Turn.client(reply.text()));
        return new ClientLine(beat.id(), reply.text(), reply.talk(), reply.move(), reply.why());
    }
}
