package org.changetalk.practice;

import org.changetalk.scenario.model.Measure;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a trainee's turn asks of the readiness rulers, decided once, before anything is said: a ruler (which one), or
 * a follow-up to one (why not lower, what would take it higher, why that number). The answer then comes from that
 * move's own pool, so a confidence ruler never gets the importance sentence and "what would help?" never gets a rating
 * (round 9's held-out judge: 56 of 80 rulers right, half the follow-ups answered with the wrong kind of line).
 */
sealed interface RulerMove {
    /** "On a scale of 0 to 10, how important…": the number the state holds for that measure. */
    record Ask(Measure measure) implements RulerMove {}

    /** "Why not lower?": reasons for change after importance, what they have managed after confidence. */
    record WhyNotLower(Measure measure) implements RulerMove {}

    /** "What would take it higher?": what would help (supports, a step, a condition). */
    record WhatHigher() implements RulerMove {}

    /** "Why a 3?", "how come it's that high": a number named as the client's, checked against what they said. */
    record AboutNumber() implements RulerMove {}

    /**
     * The move the turn makes. {@code given} holds the rulers the client has answered, {@code last} the latest. A
     * follow-up is only heard once a ruler was answered (before one, "what would help?" is a question like another);
     * its own cues (cues-on-demand.txt, asked only then) win over a "scale" in the same turn ("what would you need
     * to move up the scale?" asks what would help, not for a number again).
     */
    static Optional<RulerMove> read(String text, Set<String> cues, Map<Measure, Integer> given, Optional<Measure> last) {
        String lowered = text.toLowerCase(Locale.ROOT);
        boolean asked = !given.isEmpty();
        boolean newRuler = cues.contains("ruler") || cues.contains("ruler-again") && asked
                && (cues.contains("ruler-confidence") || cues.contains("ruler-importance"));
        if (asked && anchoredBelow(lowered, given, last)) {
            // "You didn't pick zero. What put it there instead?": the number is where they did not land, not a misquote.
            return Optional.of(new WhyNotLower(followed(lowered, last)));
        }
        if (asked) {
            // "Why a 3 and not lower?" names a number as theirs: checked first (a 3? I said a 6).
            // ("a smaller one", "that one": the word, not the number.)
            if (cues.contains("why-number") && !MoveCues.numbers(lowered.replaceAll(
                    "\\b(lower|higher|smaller|bigger|that|this|the|which|another|other) one\\b", "$1")).isEmpty()) {
                return Optional.of(new AboutNumber());
            }
            // A new ruler names its other measure and is not a follow-up: "and how confident, on the same scale?"
            // (a bare "scale" is not one: "what would you need to move up that scale?")
            boolean named = MoveCues.has("ruler-asks-confidence", lowered) || MoveCues.has("ruler-asks-importance", lowered)
                    || cues.contains("ruler-confidence") || cues.contains("ruler-importance");
            boolean otherMeasure = newRuler && named && !measureOf(lowered, cues, given).equals(last.orElse(null));
            if (!otherMeasure && MoveCues.has("after-ruler-lower", lowered) && !belowNothing(lowered, given, last)) {
                return Optional.of(new WhyNotLower(followed(lowered, last)));
            }
            if (!otherMeasure && MoveCues.has("after-ruler-higher", lowered)) {
                return Optional.of(new WhatHigher());
            }
            if (downTheScale(lowered, cues, given, last)) {
                return Optional.of(new WhyNotLower(followed(lowered, last)));
            }
            // (read by meaning when no word above said it: MoveMeaning)
            if (cues.contains(MoveMeaning.MEANT_LOWER)) {
                return Optional.of(new WhyNotLower(followed(lowered, last)));
            }
        }
        if (cues.contains("why-number") && (asked || cues.contains("ruler") || !MoveCues.numbers(lowered).isEmpty())) {
            return Optional.of(new AboutNumber());
        }
        if (newRuler) {
            return Optional.of(new Ask(measureOf(lowered, cues, given)));
        }
        if (cues.contains("higher") && (asked || lowered.contains("number"))) {
            return Optional.of(new WhatHigher());
        }
        return Optional.empty();
    }

    /**
     * Which ruler is asked: the word after "how" decides when there is one ("how important is it that you're able
     * to…" is importance), else the measure words; a bare "and on the same scale?" after importance is confidence.
     */
    private static Measure measureOf(String lowered, Set<String> cues, Map<Measure, Integer> given) {
        boolean conf = MoveCues.has("ruler-asks-confidence", lowered);
        boolean imp = MoveCues.has("ruler-asks-importance", lowered);
        if (conf != imp) {
            return conf ? Measure.CONFIDENCE : Measure.IMPORTANCE;
        }
        boolean confWords = cues.contains("ruler-confidence");
        boolean impWords = cues.contains("ruler-importance");
        if (!confWords && !impWords && given.containsKey(Measure.IMPORTANCE) && !given.containsKey(Measure.CONFIDENCE)) {
            return Measure.CONFIDENCE;
        }
        return confWords && !impWords ? Measure.CONFIDENCE : Measure.IMPORTANCE;
    }

    /**
     * A question after a ruler whose every number is named as one the client did not pick (cues-on-demand.txt
     * {@code ruler-anchor}: "didn't pick zero", "and not at a three", "rather than a 2 or 3"), all under the number they
     * gave: it asks why not lower. A number said as theirs ("why a 3?") or a question for more is not one.
     */
    static boolean anchoredBelow(String lowered, Map<Measure, Integer> given, Optional<Measure> last) {
        List<Integer> named = MoveCues.numbers(lowered);
        if (named.isEmpty() || given.isEmpty() || MoveCues.has("up-ward", lowered)
                || !(lowered.contains("?") || MoveCues.has("ask-why", lowered))) {
            return false;
        }
        String rest = lowered;
        for (int i = 0; i < named.size(); i++) {
            Optional<java.util.regex.Matcher> anchor = MoveCues.first("ruler-anchor", rest);
            if (anchor.isEmpty()) {
                break;
            }
            rest = rest.substring(0, anchor.get().start()) + " " + rest.substring(anchor.get().end());
        }
        Integer theirs = given.get(last.orElse(given.keySet().iterator().next()));
        return theirs != null && MoveCues.numbers(rest).isEmpty() && named.stream().allMatch(n -> n < theirs);
    }

    /** The ruler a follow-up is about: the one it names, else the latest answered. */
    private static Measure followed(String lowered, Optional<Measure> last) {
        return lowered.matches("(?s).*\\b(confiden(t|ce)|sure|able|self[- ]?efficacy)\\b.*") ? Measure.CONFIDENCE
                : lowered.matches("(?s).*\\b(importan(t|ce)|matters?)\\b.*") ? Measure.IMPORTANCE
                : last.orElse(Measure.IMPORTANCE);
    }

    /**
     * "Higher than a 3" after the client said 2 is no why-not-lower: the number named is the anchor below theirs only
     * when it is below theirs.
     */
    private static boolean belowNothing(String lowered, Map<Measure, Integer> given, Optional<Measure> last) {
        if (!lowered.matches("(?s).*\\b(higher|more|bigger|greater|above)\\b.*")) {
            return false;
        }
        Integer theirs = given.get(last.orElse(given.keySet().iterator().next()));
        List<Integer> numbers = MoveCues.numbers(lowered);
        return theirs != null && !numbers.isEmpty() && numbers.stream().allMatch(n -> n >= theirs);
    }

    /**
     * After a ruler, a why/what question that points down the scale: "What keeps it off a one?", "Why isn't it down
     * at a 3 or a 4?", "n y isnt it closer to 0", "y not like a 2 tho" (a number under the one given is the
     * trainee's anchor, not a claim the client said it). A new ruler or a question for more is not one.
     */
    static boolean downTheScale(String text, Set<String> cues, Map<Measure, Integer> given, Optional<Measure> last) {
        // "Why a 2 and not a 1?" names a number as the client's: the why-number reading decides (a 2? I said a 6).
        if (given.isEmpty() || cues.contains("ruler") || cues.contains("higher") || cues.contains("why-number")
                || !MoveCues.has("ask-why", text) || MoveCues.has("up-ward", text)) {
            return false;
        }
        if (MoveCues.has("lower-ward", text)) {
            return true;
        }
        int theirs = given.get(last.orElse(given.keySet().iterator().next()));
        List<Integer> numbers = MoveCues.numbers(text);
        return !numbers.isEmpty() && numbers.stream().allMatch(n -> n < theirs);
    }
}
