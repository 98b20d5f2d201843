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
import java.util.function.Predicate;

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
    /** Whether a line names only what came up in the session (the persona's topics raised so far). */
    private final Predicate<String> grounded;

    Rulers(Conversation scenario, ClientMemory memory, Voice voice, Predicate<String> grounded) {
        this.scenario = scenario;
        this.memory = memory;
        this.voice = voice;
        this.grounded = grounded;
    }

    /** What the turn asks of the rulers (a ruler, which one, or a follow-up), decided before anything is said. */
    Optional<RulerMove> read(String text, Set<String> cues) {
        return RulerMove.read(text, cues, memory.rulers(), memory.lastRuler());
    }

    Optional<Reply> answer(Beat answered, String text, Set<String> cues, ClientState state) {
        return read(text, cues).map(move -> {
            // (Java 17: no pattern switch; the four kinds of the sealed move, in turn.)
            if (move instanceof RulerMove.Ask ask) {
                return ruler(answered, ask.measure(), state);
            }
            if (move instanceof RulerMove.WhyNotLower w) {
                return whyNotLower(answered, w.measure(), state);
            }
            if (move instanceof RulerMove.WhatHigher) {
                return wouldHelp(answered, state, "what would take the ruler higher");
            }
            return whyNumber(answered, text, state);
        });
    }

    /** The number the state holds, then a sentence from that ruler's own pool for this persona, never said before. */
    private Reply ruler(Beat answered, Measure m, ClientState state) {
        int n = (int) Math.round(state.get(m));
        memory.ruler(m, n);
        Map<String, String> number = Map.of("n", String.valueOf(n));
        // 9 and 10 are the top of the scale: nothing "maybe higher" about them.
        String band = n <= 3 ? "low" : n <= 6 ? "mid" : n <= 8 ? "high" : "top";
        if (m == Measure.CONFIDENCE) {
            List<String> own = scenario.persona().moves().confidentBecause();
            if (n >= 4 && !own.isEmpty()) {
                // The number in their own words: what they have done that makes them think they could, from the
                // persona, not a sentence every client says ("Maybe a 5. Depends on the week.").
                Optional<String> because = voice.unsaid(own);
                if (because.isPresent()) {
                    return new Reply(answered, true, voice.stock("ruler.confidence.lead", number) + " " + because.get(),
                            ClientTalk.NEUTRAL, ReplyKind.RULER, state, "a confidence ruler: the number the state holds, with the persona's own grounds");
                }
            }
            return new Reply(answered, true, voice.stock("ruler.confidence." + band, number), ClientTalk.NEUTRAL,
                    ReplyKind.RULER, state, "a confidence ruler: the number the state holds");
        }
        if (!band.equals("low")) {
            Optional<String> own = importanceReason(band, number);
            if (own.isPresent()) {
                return new Reply(answered, true, own.get(), ClientTalk.NEUTRAL, ReplyKind.RULER, state,
                        "an importance ruler: the number the state holds, with a reason of the persona's not said yet");
            }
        }
        // (Every reason of theirs said already: a plain line, not the same reason again with another number.)
        return new Reply(answered, true, voice.stock("ruler.importance.plain." + band, number), ClientTalk.NEUTRAL,
                ReplyKind.RULER, state, "an importance ruler: the number the state holds");
    }

    /**
     * The persona's own importance line (moves.importance_high) whose reason has not been said in this session, one
     * on a topic already raised first (a reason naming what never came up reads as news from nowhere); in the middle
     * of the scale the number is said plainly ("A 5, I guess.") before the reason, since "easily" or "solid" belong
     * to a high number.
     */
    private Optional<String> importanceReason(String band, Map<String, String> number) {
        Map<String, String> lineOf = new java.util.LinkedHashMap<>();
        for (String line : scenario.persona().moves().importanceHigh()) {
            String reason = reasonOf(line);
            if (!reason.isEmpty()) {
                lineOf.putIfAbsent(reason, line);
            }
        }
        List<String> reasons = List.copyOf(lineOf.keySet());
        Optional<String> reason = voice.unsaid(reasons.stream().filter(grounded).toList()).or(() -> voice.unsaid(reasons));
        if (reason.isEmpty()) {
            return Optional.empty();
        }
        if (band.equals("mid")) {
            return Optional.of(voice.stock("ruler.importance.mid-lead", number) + " " + reason.get());
        }
        String line = lineOf.get(reason.get());
        for (Map.Entry<String, String> e : number.entrySet()) {
            line = line.replace("{" + e.getKey() + "}", e.getValue());
        }
        return Optional.of(line.replaceAll("\\b([Aa]) (8|11|18)\\b", "$1n $2"));
    }

    /** "A {n}, easily. I'm not going back to A&E." → "I'm not going back to A&E.": the reason without the rating. */
    static String reasonOf(String line) {
        String[] sentences = Sentences.of(line);
        StringBuilder out = new StringBuilder();
        for (String s : sentences) {
            if (!s.contains("{n}")) {
                out.append(out.isEmpty() ? "" : " ").append(s.strip());
            }
        }
        return out.toString();
    }

    /** What would help, from the persona; said already, referred back to. */
    private Reply wouldHelp(Beat answered, ClientState state, String why) {
        List<String> help = scenario.persona().moves().wouldHelp();
        String line = help.isEmpty() ? voice.stock("would-help.none", Map.of())
                : voice.unsaid(help.stream().filter(grounded).toList()).or(() -> voice.unsaid(help))
                        .orElseGet(() -> voice.recallOf(help.get(0)));
        return new Reply(answered, true, line, ClientTalk.CHANGE, ReplyKind.WOULD_HELP, state, why);
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
            return wouldHelp(answered, state, "why not higher");
        }
        return whyNotLower(answered, lowered.matches("(?s).*\\bconfiden(t|ce)\\b.*") ? Measure.CONFIDENCE
                : lowered.matches("(?s).*\\b(importan(t|ce)|matters?)\\b.*") ? Measure.IMPORTANCE
                : memory.lastRuler().orElse(Measure.IMPORTANCE), state);
    }

    private Reply whyNotLower(Beat answered, Measure measure, ClientState state) {
        // "Why not lower?" after a confidence ruler asks what they can do, not why it matters.
        if (measure == Measure.CONFIDENCE && memory.rulers().containsKey(Measure.CONFIDENCE)) {
            return whyNotLowerConfidence(answered, state);
        }
        List<String> reasons = scenario.persona().moves().whyNotLower();
        String line;
        if (!reasons.isEmpty()) {
            // (A reason naming what never came up in the session is news from nowhere: those already raised first.)
            line = voice.unsaid(reasons.stream().filter(grounded).toList()).or(() -> voice.unsaid(reasons))
                    .orElseGet(() -> voice.recallOf(reasons.get(0)));
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
