package org.changetalk.practice;

import org.changetalk.scenario.model.Measure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * The MI moves (a ruler, "why not lower?", "what would take it higher?", a permission question, a closing, the goal
 * menu) read by what a turn means, for when the cue lines of moves.txt are silent. Why: each round added the last
 * judge's wordings to the cue lines and the next judge reworded them ("why not lower?" answered 10/10 in stock forms,
 * 1/10 reworded, round 12). Here a move is shown by examples (move-examples.txt, ~40 a move and ~100 near-misses that
 * are no move), and a turn is read by its nearest examples on the turn's one sentence embedding (never a second).
 *
 * <p>The words still decide what they decide ({@link #byWords}); meaning speaks only when they are silent, and only
 * for a move the situation allows (a ruler's follow-up once a ruler was answered; a closing not in the first turns).
 * What meaning reads is handed on as the cue the words would have given, so the rest of the engine answers it as
 * it answers the worded move. Deterministic: the same turn and examples give the same reading.
 */
final class MoveMeaning {
    /** The moves, as the examples file names them (and as {@link #byWords} reports them). */
    static final String RULER_IMPORTANCE = "ruler-importance";
    static final String RULER_CONFIDENCE = "ruler-confidence";
    static final String WHY_NOT_LOWER = "why-not-lower";
    static final String WHAT_HIGHER = "what-higher";
    static final String PERMISSION = "permission";
    static final String CLOSING = "closing";
    static final String GOAL_MENU = "goal-menu";
    static final String NONE = "none";
    /** The cue a why-not-lower read by meaning is handed on as (RulerMove reads it once a ruler was answered). */
    static final String MEANT_LOWER = "meant-lower";

    private static final List<String> MOVES = List.of(RULER_IMPORTANCE, RULER_CONFIDENCE, WHY_NOT_LOWER, WHAT_HIGHER,
            PERMISSION, CLOSING, GOAL_MENU);

    /** One example of a move (or of none), where it stands in the file. */
    record Example(String move, String text, String where) {}

    /**
     * The reading's settings (move-meaning.txt).
     *
     * @param nearest        a move's closeness is the mean of this many of its closest examples
     * @param floor          the least closeness a move is read at
     * @param margin         by how much it must beat none and every other move
     * @param closingFrom    the first turn a closing is read at by meaning
     * @param goalMenuFloor  the least closeness the goal menu is read at (its reply is a menu of goals in place of the
     *                       story: a question only near it, "what would help you through a hard week?", is no menu)
     */
    record Tuning(int nearest, double floor, double margin, int closingFrom, double goalMenuFloor) {
        static Tuning read(List<String> lines) {
            Settings s = Settings.read("move-meaning.txt", lines);
            return new Tuning(s.whole("nearest"), s.number("floor"), s.number("margin"), s.whole("closing.from_turn"),
                    s.number("goal_menu.floor"));
        }

        double floorOf(String move) {
            return move.equals(GOAL_MENU) ? Math.max(floor, goalMenuFloor) : floor;
        }
    }

    /**
     * What a turn's situation allows: a ruler answered (its follow-ups), the turn's number (a closing), whether it asks
     * (a ruler, a follow-up or the goal menu is asked, never said back).
     */
    record Situation(boolean rulerAnswered, int turn, boolean asks, boolean scaled, boolean ending) {
        /**
         * The situation of a turn: it asks when it has a question mark or a request ("Tell me…", "I'd like to hear…"),
         * or does not open as a statement saying something back (cues-on-demand.txt {@code says-back}): "Rate it for me".
         * It names a scale when it has a number or a word of one (cues-on-demand.txt {@code scale-named}); it speaks of
         * an ending when it has a word a closing is made of: time, today, stop, wrap, the take-away
         * (cues-on-demand.txt {@code ending-named}).
         */
        static Situation of(String text, boolean rulerAnswered, int turn) {
            return of(text, rulerAnswered, turn, false);
        }

        /**
         * The same, for a turn the coder read as a statement (a reflection, an affirmation, autonomy): it asks only with a
         * question mark or a request, however it opens ("Those ten minutes are the one part of the day nobody can take
         * from you…" is no ruler, though it names ten and lies near one in meaning: round 13's held-out judge, answered
         * "9. The baby's coming in March.").
         */
        static Situation of(String text, boolean rulerAnswered, int turn, boolean codedAsStatement) {
            boolean asks = text.contains("?") || MoveCues.has("request", text)
                    || !codedAsStatement && !MoveCues.has("says-back", text);
            return new Situation(rulerAnswered, turn, asks, MoveCues.has("scale-named", text),
                    MoveCues.has("ending-named", text));
        }
    }

    /** A move read by meaning, with its closeness and its nearest rival's, for the reply's "why". */
    record Reading(String move, double closeness, String rival, double rivalCloseness) {
        String why() {
            return String.format(java.util.Locale.ROOT, "read by meaning as %s (%.2f; nearest other: %s %.2f)",
                    move, closeness, rival, rivalCloseness);
        }
    }

    static final List<Example> EXAMPLES = load(KeyedLine.read("move-examples.txt", "'move: an example turn'"));
    static final Tuning TUNING = Tuning.read(Resources.lines("move-meaning.txt"));

    private final List<Example> examples;
    private final Tuning tuning;

    MoveMeaning(List<Example> examples, Tuning tuning) {
        this.examples = List.copyOf(examples);
        this.tuning = tuning;
    }

    static final MoveMeaning DEFAULT = new MoveMeaning(EXAMPLES, TUNING);

    /** Every example's text, distinct, in file order: embedded ahead of a first session (Meanings.texts). */
    static List<String> texts() {
        return EXAMPLES.stream().map(Example::text).distinct().toList();
    }

    /**
     * The move the turn means, if one is read: {@code closeness} gives the cosine of the turn's embedding with a text.
     * The best move the situation allows, close enough and clearly closer than none and every move of another family.
     */
    Optional<Reading> read(ToDoubleFunction<String> closeness, Situation situation) {
        Map<String, List<Double>> by = new LinkedHashMap<>();
        for (Example e : examples) {
            by.computeIfAbsent(e.move(), m -> new ArrayList<>()).add(closeness.applyAsDouble(e.text()));
        }
        Map<String, Double> score = new LinkedHashMap<>();
        by.forEach((move, cs) -> score.put(move, topMean(cs, tuning.nearest())));
        // (The two rulers are one move asked of two measures: whether it is a ruler goes by their examples together,
        // which measure by each one's own.)
        List<Double> rulers = new ArrayList<>();
        by.forEach((move, cs) -> {
            if (sameFamily(move, RULER_IMPORTANCE)) {
                rulers.addAll(cs);
            }
        });
        double ruler = topMean(rulers, tuning.nearest());
        String best = null;
        for (String move : MOVES) {
            if (score.containsKey(move) && allowed(move, situation) && (best == null || score.get(move) > score.get(best))) {
                best = move;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        double lead = sameFamily(best, RULER_IMPORTANCE) ? ruler : score.get(best);
        if (lead < tuning.floorOf(best)) {
            return Optional.empty();
        }
        String rival = NONE;
        double rivalScore = score.getOrDefault(NONE, 0.0);
        for (Map.Entry<String, Double> e : score.entrySet()) {
            if (!e.getKey().equals(best) && !sameFamily(best, e.getKey()) && e.getValue() > rivalScore) {
                rival = e.getKey();
                rivalScore = e.getValue();
            }
        }
        return lead - rivalScore >= tuning.margin()
                ? Optional.of(new Reading(best, lead, rival, rivalScore)) : Optional.empty();
    }

    /**
     * A ruler's follow-ups only once a ruler was answered; a ruler only asked on a scale the turn names; the goal menu
     * only asked; a closing not in a session's first turns.
     */
    private boolean allowed(String move, Situation s) {
        return switch (move) {
            case WHY_NOT_LOWER, WHAT_HIGHER -> s.rulerAnswered() && s.asks();
            case RULER_IMPORTANCE, RULER_CONFIDENCE -> s.asks() && s.scaled();
            case GOAL_MENU -> s.asks();
            case CLOSING -> s.turn() >= tuning.closingFrom() && s.ending();
            case PERMISSION -> s.asks();
            default -> true;
        };
    }

    /**
     * Whether the situation allows any move at all. When it does not (a reflection said back, no scale, no ruler yet, no
     * word of an ending), the turn's meaning is never asked for its move, so it is not embedded for it: the web turn's
     * cost is one model run, and most reflections need none (PerTurnWorkTest).
     */
    boolean anyAllowed(Situation s) {
        return MOVES.stream().anyMatch(move -> allowed(move, s));
    }

    /** The two rulers are one move asked of two measures: which one is the nearer, not a rival to beat by a margin. */
    private static boolean sameFamily(String a, String b) {
        return a.startsWith("ruler-") && b.startsWith("ruler-");
    }

    private static double topMean(List<Double> cs, int k) {
        List<Double> sorted = new ArrayList<>(cs);
        sorted.sort(java.util.Comparator.reverseOrder());
        int n = Math.min(k, sorted.size());
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += sorted.get(i);
        }
        return n == 0 ? 0 : sum / n;
    }

    /**
     * The move the words give (moves.txt, cues-on-demand.txt through the cues and RulerMove), in the order the engine
     * answers them: a closing, a ruler or its follow-up, a permission question, the goal menu. Empty: the words are
     * silent, and meaning may read the turn. ({@code why-number}: "why a 3?", a number named as the client's.)
     */
    static Optional<String> byWords(String text, Set<String> cues, Map<Measure, Integer> given, Optional<Measure> last) {
        if (cues.contains(CLOSING)) {
            return Optional.of(CLOSING);
        }
        Optional<RulerMove> ruler = RulerMove.read(text, cues, given, last);
        if (ruler.isPresent()) {
            RulerMove m = ruler.get();
            if (m instanceof RulerMove.Ask ask) {
                return Optional.of(ask.measure() == Measure.CONFIDENCE ? RULER_CONFIDENCE : RULER_IMPORTANCE);
            }
            return Optional.of(m instanceof RulerMove.WhyNotLower ? WHY_NOT_LOWER
                    : m instanceof RulerMove.WhatHigher ? WHAT_HIGHER : "why-number");
        }
        if (cues.contains(PERMISSION)) {
            return Optional.of(PERMISSION);
        }
        return cues.contains(GOAL_MENU) ? Optional.of(GOAL_MENU) : Optional.empty();
    }

    /**
     * The cues a move read by meaning stands for, added to the words' own, so the engine answers it as the worded move:
     * a ruler as "ruler" (its measure's word only when the words name neither), why-not-lower as {@link #MEANT_LOWER},
     * what-higher as "higher", the others by their own name.
     */
    static Set<String> cuesOf(String move, Set<String> cues) {
        Set<String> out = new HashSet<>(cues);
        switch (move) {
            case RULER_IMPORTANCE, RULER_CONFIDENCE -> {
                out.add("ruler");
                if (!cues.contains("ruler-importance") && !cues.contains("ruler-confidence")) {
                    out.add(move);
                }
            }
            case WHY_NOT_LOWER -> out.add(MEANT_LOWER);
            case WHAT_HIGHER -> out.add("higher");
            default -> out.add(move);
        }
        return out;
    }

    static List<Example> load(List<KeyedLine> lines) {
        List<Example> out = new ArrayList<>();
        Set<String> known = new HashSet<>(MOVES);
        known.add(NONE);
        for (KeyedLine l : lines) {
            if (!known.contains(l.key())) {
                throw new IllegalStateException(l.where() + ":1: unknown move '" + l.key() + "' (known: " + known + ")");
            }
            if (l.value().isBlank()) {
                throw new IllegalStateException(l.where() + ":" + (l.key().length() + 2) + ": an example turn is missing");
            }
            out.add(new Example(l.key(), l.value(), l.where()));
        }
        return List.copyOf(out);
    }
}
