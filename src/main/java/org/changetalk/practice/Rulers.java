package org.changetalk.practice;

import org.changetalk.scenario.model.Beat;
import org.changetalk.scenario.model.ClientState;
import org.changetalk.scenario.model.ClientTalk;
import org.changetalk.scenario.model.Conversation;
import org.changetalk.scenario.model.Measure;
import org.changetalk.scenario.model.ReplyKind;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Readiness rulers as MI uses them: "how important, 0 to 10?" gets the number the state holds; "why not lower?"
 * gets the client's own reasons for change after an importance ruler and what they have managed after a
 * confidence ruler; "what would take it higher?" gets what would help; a number the client never gave is
 * questioned ("A 3? I said a 6.").
 */
final class Rulers {
    private final Conversation scenario;
    private final ClientMemory memory;
    private final Voice voice;

    Rulers(Conversation scenario, ClientMemory memory, Voice voice) {
        this.scenario = scenario;
        this.memory = memory;
        this.voice = voice;
    }

    Optional<Reply> answer(Beat answered, String text, Set<String> cues, ClientState state) {
        if (downTheScale(text, cues)) {
            return Optional.of(whyNotLower(answered, text.toLowerCase(Locale.ROOT), state));
        }
        if (cues.contains("why-number") && !memory.rulers().isEmpty() || cues.contains("why-number") && cues.contains("ruler")
                || cues.contains("why-number") && MoveCues.numbers(text).size() > 0 && !cues.contains("ruler")) {
            return Optional.of(whyNumber(answered, text, state));
        }
        if (cues.contains("ruler") || cues.contains("ruler-again") && !memory.rulers().isEmpty()
                && (cues.contains("ruler-confidence") || cues.contains("ruler-importance"))) {
            Measure m = cues.contains("ruler-confidence") && !cues.contains("ruler-importance") ? Measure.CONFIDENCE : Measure.IMPORTANCE;
            int n = (int) Math.round(state.get(m));
            memory.ruler(m, n);
            // 9 and 10 are the top of the scale: nothing "maybe higher" about them.
            String band = n <= 3 ? "low" : n <= 6 ? "mid" : n <= 8 ? "high" : "top";
            String key = "ruler." + (m == Measure.CONFIDENCE ? "confidence" : "importance") + "." + band;
            List<String> own = scenario.persona().moves().confidentBecause();
            if (m == Measure.CONFIDENCE && n >= 4 && !own.isEmpty()) {
                // The number in their own words: what they have done that makes them think they could, from the
                // persona, not a sentence every client says ("Maybe a 5. Depends on the week.").
                Optional<String> because = voice.unsaid(own);
                if (because.isPresent()) {
                    return Optional.of(new Reply(answered, true, voice.stock("ruler.confidence.lead", Map.of("n", String.valueOf(n)))
                            + " " + because.get(), ClientTalk.NEUTRAL, ReplyKind.RULER, state,
                            "a readiness ruler: the number the state holds, with the persona's own grounds"));
                }
            }
            return Optional.of(new Reply(answered, true, voice.stock(key, Map.of("n", String.valueOf(n))), ClientTalk.NEUTRAL,
                    ReplyKind.RULER, state, "a readiness ruler: the number the state holds"));
        }
        if (cues.contains("higher") && (!memory.rulers().isEmpty() || text.toLowerCase(Locale.ROOT).contains("number"))) {
            List<String> help = scenario.persona().moves().wouldHelp();
            String line = help.isEmpty() ? voice.stock("would-help.none", Map.of()) : voice.unsaid(help).orElseGet(() -> voice.recallOf(help.get(0)));
            return Optional.of(new Reply(answered, true, line, ClientTalk.CHANGE, ReplyKind.WOULD_HELP,
                    state, "what would take the ruler higher"));
        }
        return Optional.empty();
    }

    private Reply whyNumber(Beat answered, String text, ClientState state) {
        // The number the trainee says the client gave: not one after "not"/"rather than" ("why not a zero?").
        // "a lower one", "that one": the word, not the number.
        String lowered = text.toLowerCase(Locale.ROOT).replaceAll("\\b(lower|higher|that|this|the|which) one\\b", "$1");
        // Every number in the "not …" clause is the trainee's anchor, not a claim: "why not a 1 or a 0?" after a 4.
        List<Integer> numbers = MoveCues.numbers(lowered
                .replaceAll("\\b(not|isn'?t|isnt|wasn'?t|aren'?t|rather than|instead of|than|closer to|nearer|off)\\b[^.?!;:]*", " ")
                .replaceAll("\\b(to|from)( a| an)? (\\d+|zero|one|two|three|four|five|six|seven|eight|nine|ten)\\b", " "));
        List<Integer> all = MoveCues.numbers(lowered);
        Map<Measure, Integer> given = memory.rulers();
        Integer asked = numbers.isEmpty() ? null : numbers.get(0);
        boolean lower = lowered.matches("(?s).*\\b(lower|not (a |an )?(0|zero|1|one|2|two|3|three))\\b.*") || MoveCues.has("lower-ward", lowered)
                || all.size() > 1 && all.get(1) < all.get(0) || all.size() <= 1 && !lowered.contains("higher");
        if (given.isEmpty()) {
            return new Reply(answered, true, asked == null ? voice.stock("confused.none", Map.of())
                    : voice.stock("confused.never", Map.of("n", String.valueOf(asked))),
                    ClientTalk.NEUTRAL, ReplyKind.CONFUSED, state, "asked about a number the client never gave");
        }
        if (asked != null && !given.containsValue(asked)) {
            int m = given.values().iterator().next();
            return new Reply(answered, true, voice.stock("confused.other", Map.of("n", String.valueOf(asked), "m", String.valueOf(m))),
                    ClientTalk.NEUTRAL, ReplyKind.CONFUSED, state, "asked about a number the client never gave");
        }
        if (!lower) {
            List<String> help = scenario.persona().moves().wouldHelp();
            String line = help.isEmpty() ? voice.stock("would-help.none", Map.of()) : voice.unsaid(help).orElseGet(() -> voice.recallOf(help.get(0)));
            return new Reply(answered, true, line, ClientTalk.CHANGE, ReplyKind.WOULD_HELP, state, "why not higher");
        }
        return whyNotLower(answered, lowered, state);
    }

    /**
     * After a ruler, a why/what question that points down the scale: "What keeps it off a one?", "Why isn't it down
     * at a 3 or a 4?", "n y isnt it closer to 0", "y not like a 2 tho" (a number under the one given is the
     * trainee's anchor, not a claim the client said it). A new ruler or a question for more is not one.
     */
    boolean downTheScale(String text, Set<String> cues) {
        Map<Measure, Integer> given = memory.rulers();
        // "Why a 2 and not a 1?" names a number as the client's: the why-number reading decides (a 2? I said a 6).
        if (given.isEmpty() || cues.contains("ruler") || cues.contains("higher") || cues.contains("why-number")
                || !MoveCues.has("ask-why", text) || MoveCues.has("up-ward", text)) {
            return false;
        }
        if (MoveCues.has("lower-ward", text)) {
            return true;
        }
        int last = given.get(memory.lastRuler().orElse(given.keySet().iterator().next()));
        List<Integer> numbers = MoveCues.numbers(text);
        return !numbers.isEmpty() && numbers.stream().allMatch(n -> n < last);
    }

    private Reply whyNotLower(Beat answered, String lowered, ClientState state) {
        Map<Measure, Integer> given = memory.rulers();
        // "Why not lower?" after a confidence ruler asks what they can do, not why it matters.
        String t = lowered;
        Measure measure = t.matches("(?s).*\\bconfiden(t|ce)\\b.*") ? Measure.CONFIDENCE
                : t.matches("(?s).*\\b(importan(t|ce)|matters?)\\b.*") ? Measure.IMPORTANCE
                : memory.lastRuler().orElse(Measure.IMPORTANCE);
        if (measure == Measure.CONFIDENCE && given.containsKey(Measure.CONFIDENCE)) {
            return whyNotLowerConfidence(answered, state);
        }
        List<String> reasons = scenario.persona().moves().whyNotLower();
        String line;
        if (!reasons.isEmpty()) {
            line = voice.unsaid(reasons).orElseGet(() -> voice.recallOf(reasons.get(0)));
        } else {
            line = memory.lastChangeTalk().map(voice::recallOf).orElseGet(() -> voice.stock("why-not-lower.none", Map.of()));
        }
        // Hearing their own reasons for change said aloud is what the ruler's follow-up is for.
        ClientState after = new ClientState(state.engagement(), state.discord(), Math.min(10, state.importance() + 0.25),
                state.confidence(), state.stage());
        return new Reply(answered, true, line, ClientTalk.CHANGE, ReplyKind.WHY_NOT_LOWER, after,
                "why not lower: the client's own reasons for change");
    }

    /**
     * Their grounds for confidence: something they already managed, said earlier as change talk (referred
     * back to), else a plain stock line. Confidence +0.25: naming a strength aloud is what the follow-up is for.
     */
    private Reply whyNotLowerConfidence(Beat answered, ClientState state) {
        // The sentence that names it: "nine months of Sunday mornings", not the whole line or its weightiest part.
        List<String> done = memory.changeTalkLines().stream().flatMap(l -> java.util.Arrays.stream(Sentences.of(l)))
                .filter(l -> MoveCues.has("client-strength", l))
                .map(l -> l.replaceFirst("^(And|But|So|Then|Or),?\\s+", "")).toList();
        // Something they already told as managed is referred back to; else the author's own grounds (persona
        // confident_because: strengths, so a success story still to come is not told early), else the story's.
        boolean authored = !scenario.persona().moves().confidentBecause().isEmpty();
        String line = !done.isEmpty() ? voice.recallOf(done.get(done.size() - 1))
                : authored ? toldOrNew(voice.stock("why-not-lower.confidence", Map.of()))
                : managedInTheStory().orElseGet(() -> voice.stock("why-not-lower.confidence", Map.of()));
        ClientState after = new ClientState(state.engagement(), state.discord(), state.importance(),
                Math.min(10, state.confidence() + 0.25), state.stage());
        return new Reply(answered, true, line, ClientTalk.CHANGE, ReplyKind.WHY_NOT_LOWER, after,
                "why not lower after a confidence ruler: what they have managed before");
    }

    /** A line the client already said (with the ruler's number, say) is referred back to, not said again as news. */
    private String toldOrNew(String line) {
        return memory.saidWithin(line) ? voice.recallOf(line) : line;
    }

    /**
     * Something the client managed that their story holds but they have not said yet ("I did three weeks over
     * break"): a change-talk sentence naming it, the first in the graph's order. Their own success, not a stock line.
     */
    private Optional<String> managedInTheStory() {
        for (Beat b : scenario.beats().values()) {
            if (b.talk() != ClientTalk.CHANGE || b.isTerminal()) {
                continue;
            }
            for (String line : b.say()) {
                for (String sentence : Sentences.of(line)) {
                    if (MoveCues.has("client-strength", sentence) && !memory.said(line)) {
                        String s = sentence.replaceFirst("^(And|But|So|Then|Or|Actually),?\\s+", "");
                        return Optional.of(Character.toUpperCase(s.charAt(0)) + s.substring(1));
                    }
                }
            }
        }
        return Optional.empty();
    }
}
