package org.changetalk.scenario.read;

import org.changetalk.scenario.model.Conversation;
import org.changetalk.scenario.model.Drill;
import org.changetalk.scenario.model.Scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Builds scenarios for tests from small lenient-JSON texts and from the real library. */
public final class Fixtures {
    public static final Path LIBRARY = Path.of("scenarios");
    public static final String TERESA = "teresa-alcohol-contemplation";
    public static final String DRILL = "drill-complex-reflection";

    private Fixtures() {
    }

    /** Loads a scenario text as if it were the file {@code <id>.json}; fails the test with every problem if invalid. */
    public static Scenario scenario(String id, String text) {
        LoadResult<Scenario> r = new ScenarioLoader().readScenario(Path.of(id + ".json"), text.getBytes(StandardCharsets.UTF_8));
        if (r instanceof LoadResult.Rejected<Scenario> rejected) {
            throw new AssertionError("fixture " + id + " is invalid:\n" + String.join("\n",
                    rejected.problems().stream().map(Problem::toString).toList()));
        }
        return ((LoadResult.Loaded<Scenario>) r).value();
    }

    public static List<Problem> problems(String fileName, String text) {
        LoadResult<Scenario> r = new ScenarioLoader().readScenario(Path.of(fileName), text.getBytes(StandardCharsets.UTF_8));
        return r instanceof LoadResult.Rejected<Scenario> rejected ? rejected.problems() : List.of();
    }

    public static Conversation teresa() {
        return (Conversation) library(TERESA);
    }

    public static Drill complexReflectionDrill() {
        return (Drill) library(DRILL);
    }

    public static Scenario library(String id) {
        LoadResult<Scenario> r = new ScenarioLoader().loadScenario(LIBRARY.resolve(id + ".json"));
        if (r instanceof LoadResult.Loaded<Scenario> loaded) {
            return loaded.value();
        }
        throw new AssertionError("library scenario " + id + " is invalid: " + r);
    }

    public static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * A small valid conversation: opening (neutral) -> warm (change, guarded on importance) or
     * cold (sustain); discord beat; plan (plan_agreed); leaves; close. Each {@code %s} slot of
     * {@code extra} is spliced into the opening beat so tests can add rules or deltas.
     */
    public static String smallConversation(String id, String openingExtra, String scenarioExtra) {
        return """
                {
                  format: 1, id: '%s', kind: 'conversation', title: 'Small', summary: 'A small test conversation.',
                  persona: {
                    name: 'Robin Test', age: 30, pronouns: 'they/them', background: 'b', behaviour: 'cannabis',
                    drug: 'd', set: 's', setting: 'st', reasons: ['r'], values: ['v'], stage: 'contemplation',
                    importance: 4, confidence: 4, goals: [{ id: 'less', kind: 'moderation', text: 'smoke less' }],
                  },
                  start: { beat: 'opening', engagement: 5, discord: 0 },
                  %s
                  endings: {
                    disengage: { discord_at_least: 6, engagement_at_most: 1, beat: 'leaves' },
                    natural_close: { after_turns: 6, beat: 'close' },
                  },
                  beats: [
                    { id: 'opening', talk: 'neutral', say: ['Hello A.', 'Hello B.', 'Hello C.'],
                      next: [
                        { on: 'mi_inconsistent', to: 'cold' },
                        %s
                        { on: 'mi_consistent', to: 'warm' },
                      ],
                      fallback: 'opening',
                      exemplars: [{ skill: 'complex_reflection', text: 'You feel torn.', why: 'Reflect the ambivalence.' },
                                  { skill: 'open_question', text: 'What brings you here?', why: 'Invite the story.' }],
                      pitfalls: [{ kind: 'righting_reflex', category: 'persuade', text: 'Just stop.', why: 'Pushing makes them push back.' },
                                 { kind: 'labelling', text: "You're an addict.", why: 'Labels end conversations.' }],
                    },
                    { id: 'warm', talk: 'change', darn_cat: 'desire', say: ['I do want to cut down.', 'Maybe I want less.'],
                      next: [
                        { on: 'mi_inconsistent', to: 'cold' },
                        { on: ['autonomy', 'collaboration'], when: { importance: { min: 5 } }, to: 'plan' },
                        { on: 'mi_consistent', to: 'ready' },
                      ],
                      fallback: 'warm',
                      exemplars: [{ skill: 'autonomy', text: 'It is your call.', why: 'Autonomy.' }],
                      pitfalls: [{ kind: 'premature_advice', category: 'persuade', text: 'Quit now.', why: 'Too soon.' }],
                    },
                    { id: 'ready', talk: 'change', darn_cat: 'activation', stage: 'preparation', say: ['I am ready to try something.'],
                      next: [{ on: 'mi_consistent', to: 'plan' }, { on: 'mi_inconsistent', to: 'cold' }],
                      fallback: 'ready',
                      exemplars: [{ skill: 'collaboration', text: 'Shall we plan?', why: 'Share the work.' }],
                      pitfalls: [{ kind: 'premature_focus', text: 'Set a quit date.', why: 'Their plan, not yours.' }],
                    },
                    { id: 'cold', talk: 'sustain', darn_cat: 'reason', say: ['It helps me relax.'],
                      next: [{ on: 'any_reflection', to: 'opening' }, { on: 'mi_inconsistent', to: 'angry' }],
                      fallback: 'cold',
                      deltas: { complex_reflection: { discord: -3 } },
                      exemplars: [{ skill: 'complex_reflection', text: 'It is how you unwind.', why: 'Reflect sustain talk.' }],
                      pitfalls: [{ kind: 'confrontation', category: 'confront', text: 'That is denial.', why: 'Confronting sustain talk hardens it.' }],
                    },
                    { id: 'angry', talk: 'discord', say: ['Back off.'],
                      next: [{ on: ['any_reflection', 'autonomy'], to: 'opening' }],
                      fallback: 'leaves',
                      exemplars: [{ skill: 'autonomy', text: 'It is up to you.', why: 'Hand back control.' }],
                      pitfalls: [{ kind: 'confrontation', category: 'confront', text: 'Calm down.', why: 'Escalates.' }],
                    },
                    { id: 'plan', talk: 'change', darn_cat: 'commitment', end: 'plan_agreed', goal: 'less', say: ['Weekends only, then.'] },
                    { id: 'leaves', talk: 'discord', end: 'disengaged', say: ['I am leaving.'] },
                    { id: 'close', talk: 'neutral', end: 'natural_close', say: ['Time is up.'] },
                  ],
                }
                """.formatted(id, scenarioExtra, openingExtra);
    }

    public static Conversation small() {
        return (Conversation) scenario("small", smallConversation("small", "", ""));
    }
}
