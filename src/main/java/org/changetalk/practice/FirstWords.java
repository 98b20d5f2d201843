package org.changetalk.practice;

import org.changetalk.scenario.model.ClientState;
import org.changetalk.scenario.model.ClientTalk;
import org.changetalk.scenario.model.Stage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first words of a session answered as such: a greeting back in kind ("Morning."), how they are today (by
 * the mood they walked in with), why they came and how they feel about being here (persona moves.being_here,
 * else a line for their stage), thanks for coming, a courtesy. The client has already opened, so the trainee's
 * first line is usually one of these, and a real person answers it before telling their story. A first line that
 * also asks something else gets only the greeting back, before the answer to that.
 */
final class FirstWords {
    /** The first moves are answered as such only early on: "how are you feeling?" at turn 9 asks about feelings. */
    private static final int EARLY = 3;
    private static final Pattern GREETING = Pattern.compile(
            "^\\W*(hi+|hello|hey+|heya|hiya|yo|howdy|good (morning|afternoon|evening)|morning|afternoon|evening)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FIRST_SENTENCE = Pattern.compile("^[^.!?]*[.!?]\\s+");
    private static final Set<String> ANSWERED = Set.of("how-are-you", "why-here", "feel-here", "mandate", "reassure",
            "thanks-coming", "courtesy");

    private final Voice voice;
    private final Mood mood;
    private final boolean ownBeingHere;

    FirstWords(Voice voice, Mood mood, boolean ownBeingHere) {
        this.voice = voice;
        this.mood = mood;
        this.ownBeingHere = ownBeingHere;
    }

    /**
     * The whole reply when the turn is only first words (a greeting, "how are you?", "what brings you in?", who
     * sent them, thanks, a courtesy), else empty. {@code opening} is what the client opened with, and its talk.
     */
    Optional<String> answer(String text, Set<String> cues, int number, ClientState state, String opening,
                            ClientTalk openingTalk) {
        // "Nine months, and a new residency. Congratulations.": taken before anything else, in place of thanks back.
        boolean congrats = number <= 2 && MoveCues.has("congrats", text);
        if (number > EARLY || cues.stream().noneMatch(ANSWERED::contains) && !congrats || asksElse(text)) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        boolean how = cues.contains("how-are-you") && number <= 2;
        boolean here = cues.contains("why-here") || cues.contains("feel-here") || cues.contains("mandate") && number <= 2;
        if (!how && !here && (cues.contains("open-floor") || cues.contains("invitation"))) {
            return Optional.empty(); // "Thanks for coming in. What would you like to talk about?": the story, after thanks
        }
        if (how) {
            // A client who opened defending themselves is not having a good day.
            boolean low = openingTalk == ClientTalk.SUSTAIN || openingTalk == ClientTalk.DISCORD;
            String day = low ? "guarded" : mood.name();
            parts.add(voice.stock("greeting.how." + day, Map.of()));
        }
        if (here) {
            if (cues.contains("why-here") && !ownBeingHere && !cues.contains("feel-here")) {
                // "What brings you in?" after they opened with it: what they said, referred back to.
                parts.add(voice.recallOf(opening));
            } else {
                parts.add(voice.stock("being-here." + state.stage().name().toLowerCase(Locale.ROOT), Map.of()));
            }
        } else if (cues.contains("reassure")) {
            parts.add(voice.stock(state.discord() >= 3 || state.engagement() < 4 ? "reassure.guarded" : "reassure", Map.of()));
        } else if (!how && congrats) {
            parts.add(voice.stock("congratulated", Map.of()));
        } else if (!how && cues.contains("thanks-coming") && number <= 2) {
            parts.add(voice.stock(state.stage() == Stage.PRECONTEMPLATION ? "greeting.thanks.mandated" : "greeting.thanks", Map.of()));
        } else if (!how && cues.contains("courtesy") && number <= 2) {
            parts.add(voice.stock("courtesy", Map.of()));
        }
        if (parts.isEmpty()) {
            return Optional.empty(); // a bare greeting: the caller says hello back before the story
        }
        greetBack(text, number, opening).ifPresent(g -> parts.add(0, g));
        return Optional.of(String.join(" ", parts));
    }

    /**
     * The opening line with the day's own words (client-lines.txt [day.name]) before the story, after a greeting the
     * line opens with ("Hey. Sorry, I'm running on no sleep. So this is for…"); the line as it was on a day without.
     */
    String withDay(String opening) {
        if (!StockLines.has("day." + mood.name())) {
            return opening;
        }
        String day = voice.stock("day." + mood.name(), Map.of());
        if (!GREETING.matcher(opening).find()) {
            return day + " " + opening;
        }
        Matcher hello = FIRST_SENTENCE.matcher(opening);
        return hello.find() ? opening.substring(0, hello.end()) + day + " " + opening.substring(hello.end()) : opening + " " + day;
    }

    /**
     * What the client says before the story when the first line also hands them the floor: hello back, and thanks
     * back for a thanks ("Thanks for coming in. What's on your mind?" gets "Thanks." before the story).
     */
    Optional<String> before(String text, Set<String> cues, int number, ClientState state, String opening) {
        List<String> parts = new ArrayList<>();
        greetBack(text, number, opening).ifPresent(parts::add);
        if (number == 1 && MoveCues.has("congrats", text)) {
            parts.add(voice.stock("congratulated", Map.of()));
        } else if (number == 1 && cues.contains("thanks-coming")) {
            parts.add(voice.stock(state.stage() == Stage.PRECONTEMPLATION ? "greeting.thanks.mandated" : "greeting.thanks", Map.of()));
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", parts));
    }

    /** "Good morning, Ruth." → "Morning."; "hey kai" → "Hey." Once, at the first turn, unless the client opened with one. */
    Optional<String> greetBack(String text, int number, String opening) {
        if (number != 1 || GREETING.matcher(opening).find()) {
            return Optional.empty();
        }
        Matcher m = GREETING.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        String word = m.group(1).toLowerCase(Locale.ROOT).replaceFirst("^good ", "");
        word = word.startsWith("hey") ? "hey" : word.startsWith("hi") && !word.equals("hiya") ? "hi" : word.equals("yo") ? "hey" : word;
        return Optional.of(voice.stock("greeting.back", Map.of("greeting", Character.toUpperCase(word.charAt(0)) + word.substring(1))));
    }

    /**
     * Whether a sentence of the turn asks something the first moves do not ("Hi Grace. How much did you bet?"): a
     * question that none of their patterns covers.
     */
    private static boolean asksElse(String text) {
        for (String sentence : text.split("(?<=[?])\\s*|(?<=[.!])\\s+")) {
            boolean question = sentence.strip().endsWith("?") || !QuestionIntent.of(sentence).isEmpty();
            if (question && MoveCues.in(sentence).stream().noneMatch(c -> ANSWERED.contains(c) || c.equals("invitation")
                    || c.equals("open-floor"))) {
                return true;
            }
        }
        return false;
    }
}
