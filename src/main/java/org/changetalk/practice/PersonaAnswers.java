package org.changetalk.practice;

import org.changetalk.scenario.model.ClientState;
import org.changetalk.scenario.model.Conversation;
import org.changetalk.scenario.model.Goal;
import org.changetalk.scenario.model.Persona;
import org.changetalk.scenario.model.Stage;
import org.changetalk.scenario.model.Terms;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A short, honest answer built from the persona's own fields when no line of the story answers a question: how
 * much (the first measure in {@code drug}), what it gives (a {@code reason}), what worries them ({@code concerns}),
 * a plan (a goal that came up, once they are preparing), or plainly that they have nothing on it. Never another
 * story; nothing the persona does not hold.
 */
final class PersonaAnswers {
    /** Fields are written about the client ("it gets her to sleep"): a clause with a third person is not theirs to say. */
    private static final Pattern THIRD_PERSON = Pattern.compile("\\b(she|her|hers|he|him|his|they|them|their|the client)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MEASURE = Pattern.compile(
            "\\d|\\b(once|twice|one|two|three|four|five|six|seven|eight|nine|ten|half|pack|bottle|cartridge|gram|grams|a day|a week|every|most)\\b",
            Pattern.CASE_INSENSITIVE);

    /** "Fourteen months, gone": a success named to say it was lost is no ground to stand on. */
    private static final Pattern LOST = Pattern.compile("\\b(gone|lost|reset|resets|blew|wasted|ago)\\b", Pattern.CASE_INSENSITIVE);

    private final Persona persona;
    private final ClientMemory memory;
    private final Voice voice;

    PersonaAnswers(Conversation scenario, ClientMemory memory, Voice voice) {
        this.persona = scenario.persona();
        this.memory = memory;
        this.voice = voice;
    }

    Optional<String> answer(QuestionIntent intent, ClientState state) {
        return switch (intent.name()) {
            case "quantity" -> measure().map(this::fresh);
            case "gives" -> firstPerson(persona.reasons()).map(r -> voice.stock("persona.gives", Map.of("reason", r)));
            case "worries" -> worries();
            case "worked" -> Optional.of(managed(intent).orElseGet(() -> voice.stock("persona.worked.none", Map.of())));
            case "plans" -> Optional.of(plan(state));
            case "safety" -> Optional.of(voice.stock("persona.safety.none", Map.of()));
            case "feelings" -> Optional.of(voice.stock("persona.feelings.none", Map.of()));
            default -> Optional.empty();
        };
    }

    /** An answer from the persona's fields that competes with the story's lines: how much (their measure of use). */
    Optional<String> measured(QuestionIntent intent) {
        return switch (intent.name()) {
            case "quantity" -> measure().filter(l -> !memory.said(l));
            default -> Optional.empty();
        };
    }

    /** "Wine: half to a whole bottle at home most evenings…" → "Wine. Half to a whole bottle at home most evenings…" */
    private Optional<String> measure() {
        String drug = persona.drug() == null ? "" : persona.drug();
        for (String clause : drug.split("(?<=[.;])\\s+|;\\s*")) {
            // "1 mg at bedtime every night for twelve years, plus an extra 0.5 mg from her handbag": up to the comma
            // before a clause about the client in the third person.
            StringBuilder kept = new StringBuilder();
            for (String part : clause.split(",\\s+")) {
                if (THIRD_PERSON.matcher(part).find()) {
                    break;
                }
                kept.append(kept.length() == 0 ? "" : ", ").append(part);
            }
            if (kept.length() > 0 && MEASURE.matcher(kept).find()) {
                String c = kept.toString().strip().replaceAll("[.;,]+$", "").replaceAll("\\s*\\([^)]*$", "");
                int colon = c.indexOf(':');
                if (colon > 0 && colon + 2 < c.length()) {
                    // "Wine: half a bottle" → "Wine. Half a bottle"; "For the past year: two drinks" → "For the past year, two drinks"
                    boolean name = c.substring(0, colon).split("\\s+").length <= 2;
                    c = c.substring(0, colon) + (name ? ". " + Character.toUpperCase(c.charAt(colon + 2)) : ", " + c.charAt(colon + 2))
                            + c.substring(colon + 3);
                }
                return Optional.of(sentence(c));
            }
        }
        return Optional.empty();
    }

    private String fresh(String line) {
        return memory.said(line) ? voice.recallOf(line) : line;
    }

    private Optional<String> firstPerson(List<String> fields) {
        for (String f : fields) {
            if (!THIRD_PERSON.matcher(f).find()) {
                String s = Character.toUpperCase(f.charAt(0)) + f.substring(1).replaceAll("[.]+$", "");
                if (memory.saidLines().stream().noneMatch(l -> l.contains(s))) {
                    return Optional.of(s);
                }
            }
        }
        return Optional.empty();
    }

    /** Something they said, as change talk, that they managed ("Sunday morning I took my film"), referred back to. */
    private Optional<String> managed(QuestionIntent intent) {
        List<String> said = memory.changeTalkLines();
        for (int i = said.size() - 1; i >= 0; i--) {
            String line = said.get(i);
            for (String sentence : Sentences.of(line)) {
                if ((MoveCues.has("client-strength", sentence) || intent.answeredBy(sentence)) && !LOST.matcher(sentence).find()) {
                    return Optional.of(voice.recallOf(sentence.replaceFirst("^(And|But|So|Then|Or|Actually),?\\s+", "")));
                }
            }
        }
        return Optional.empty();
    }

    private Optional<String> worries() {
        List<String> concerns = persona.concerns();
        if (concerns.size() < 2) {
            return Optional.empty();
        }
        String a = Character.toUpperCase(concerns.get(0).charAt(0)) + concerns.get(0).substring(1);
        return Optional.of(voice.stock("persona.worries", Map.of("concern", a, "concern2", concerns.get(1))));
    }

    /** A plan needs the stage for one: before preparation, "I haven't got that far"; after, a goal that came up. */
    private String plan(ClientState state) {
        if (state.stage().compareTo(Stage.PREPARATION) < 0 || persona.goals().isEmpty()) {
            return voice.stock("persona.plans.not-yet", Map.of());
        }
        Goal goal = persona.goals().stream()
                .filter(g -> Terms.of(g.text()).stream().anyMatch(memory::cameUp)).findFirst()
                .orElse(persona.goals().get(0));
        return voice.stock("persona.plans.goal", Map.of("goal", Voice.withStop(goal.text())));
    }

    private static String sentence(String s) {
        String t = s.strip();
        t = Character.toUpperCase(t.charAt(0)) + t.substring(1);
        return Voice.withStop(t);
    }
}
