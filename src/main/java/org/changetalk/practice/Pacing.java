package org.changetalk.practice;

import org.changetalk.scenario.model.Beat;
import org.changetalk.scenario.model.Category;
import org.changetalk.scenario.model.ClientState;
import org.changetalk.scenario.model.ClientTalk;
import org.changetalk.scenario.model.Conversation;
import org.changetalk.scenario.model.Deltas;
import org.changetalk.scenario.model.EndKind;
import org.changetalk.scenario.model.Goal;
import org.changetalk.scenario.model.GoalKind;
import org.changetalk.scenario.model.Stage;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Stage pacing as MI describes it (settings in pacing.txt): engagement with room at the top, a precontemplation
 * client who seldom leaves one session with a concrete plan, and a stage shown that moves with the story. The beat
 * graph says what the client talks about; this says how far one session can take them.
 */
record Pacing(double softTop, Set<GoalKind> bigKinds, int smallStepTurn, double smallStepImportance,
              int contemplationChangeReplies, double contemplationImportance) {
    static final Pacing DEFAULT = read(Resources.lines("pacing.txt"));

    /** A response's deltas with diminishing returns near the top of engagement, so later skill still changes things. */
    Deltas soften(Deltas d, ClientState s) {
        if (d.engagement() <= 0 || s.engagement() <= softTop) {
            return d;
        }
        double room = Math.max(0, (10 - s.engagement()) / (10 - softTop));
        return new Deltas(d.engagement() * room, d.discord(), d.importance(), d.confidence());
    }

    /**
     * Why a plan the client is about to agree to is too much for this session, or empty when it is not: a client
     * who walked in at precontemplation does not commit to a big plan (quitting, self-exclusion, treatment) in the
     * first session, and proposes a small step only once the session has run a while and it matters to them.
     */
    Optional<String> tooSoon(Beat plan, Conversation scenario, Stage walkedIn, ClientState state, int number) {
        if (plan.end() != EndKind.PLAN_AGREED || walkedIn != Stage.PRECONTEMPLATION || number <= 0) {
            return Optional.empty();
        }
        GoalKind kind = scenario.persona().goals().stream().filter(g -> g.id().equals(plan.goal())).map(Goal::kind)
                .findFirst().orElse(GoalKind.OTHER);
        if (bigKinds.contains(kind)) {
            return Optional.of("a big plan (" + kind.name().toLowerCase(Locale.ROOT) + ") in a first session from precontemplation");
        }
        if (number < smallStepTurn || state.importance() < smallStepImportance) {
            return Optional.of(String.format(Locale.ROOT, "a plan at turn %d with importance %.1f, from precontemplation",
                    number, state.importance()));
        }
        return Optional.empty();
    }

    /**
     * The held-back answer: "I'll think about it", staying where the story was. Change talk when the trainee's
     * response was MI-consistent (it is a step), never after a poor move, which earns no change talk.
     */
    Reply holdBack(Reply wanted, Beat answered, Category category, String line, String why) {
        ClientTalk talk = category.isMiInconsistent() ? ClientTalk.NEUTRAL : ClientTalk.CHANGE;
        return new Reply(answered, true, line, talk, wanted.move(), wanted.state(), "held back: " + why
                + "; success here is 'I'll think about it' (" + wanted.beat().id() + " not yet)");
    }

    /**
     * The stage shown after a turn: a precontemplation client weighing it once they have said change talk often
     * enough and it matters; after a plan, never back below preparation (the plan was theirs; a later line of the
     * story from before it does not undo it).
     */
    Stage shown(Stage stage, ClientState state, long changeReplies, boolean planAgreed) {
        if (planAgreed && stage.compareTo(Stage.PREPARATION) < 0) {
            return Stage.PREPARATION;
        }
        if (stage == Stage.PRECONTEMPLATION && changeReplies >= contemplationChangeReplies
                && state.importance() >= contemplationImportance) {
            return Stage.CONTEMPLATION;
        }
        return stage;
    }

    static Pacing read(List<String> lines) {
        Settings v = Settings.read("pacing.txt", lines);
        Set<GoalKind> big = EnumSet.noneOf(GoalKind.class);
        for (String k : v.text("plan.precontemplation.big_kinds").split(",")) {
            try {
                big.add(GoalKind.valueOf(k.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("pacing.txt: no goal kind '" + k.strip() + "'", e);
            }
        }
        return new Pacing(v.number("engagement.soft_top"), Set.copyOf(big), v.whole("plan.precontemplation.small_step_turn"),
                v.number("plan.precontemplation.small_step_importance"), v.whole("stage.contemplation.change_replies"),
                v.number("stage.contemplation.importance"));
    }
}
