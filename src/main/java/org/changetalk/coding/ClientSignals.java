package org.changetalk.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The client's own words as evidence of change or sustain talk, one sentence at a time.
 *
 * <p>Modal frames ("I want to", "I can", "I need to", "I'm going to", "I'm ready to") take their direction from
 * what follows them — toward change ("quit", "cut back") or toward the status quo ("keep", "drink") — and flip
 * under negation ("I don't want to quit" is sustain talk, "I'm not going to drink this weekend" is change talk).
 * Reason, step and stance phrases from the lexicon carry their direction themselves. The same reading is used
 * on the counselor's turn (with its pronouns turned around) to see what a reflection or question leans toward.
 */
final class ClientSignals {
    private final PhraseTrie trie;
    private final Set<String> leadins;
    /** Words after which a greeted name is part of the greeting (lexicon [set:greeting]). */
    private final Set<String> greetings;
    private final Set<String> negators;
    private final Set<String> changeTargets;
    private final Set<String> weakChangeTargets;
    private final Set<String> statusTargets;
    private final Set<String> reducers;
    private final Set<String> relapseVerbs;
    private final Set<String> firstPerson;
    private final Set<String> desire;
    private final Set<String> ability;
    private final Set<String> need;
    private final Set<String> commitment;
    private final Set<String> activation;
    private final Set<String> costWords;
    private final Set<String> benefitWords;
    /** Verbs by which someone else's wish or order for the client is told ("my wife says I need to…"). */
    private final Set<String> othersVerbs;
    /** Words by which the client takes such a wish as their own ("…and she's right", "I agree"). */
    private final Set<String> endorse;
    /** Verbs a spoken client sentence may open with, its "I" left out ("Tried it.", "Gave up."): lexicon-client.txt. */
    private final Set<String> elidedSubject;
    /** The change step judged ("the gym is a hassle", "walking's been great"): TargetVerdict's sets. */
    private final TargetVerdict verdicts;

    ClientSignals(Lexicon lexicon) {
        this.trie = lexicon.trie(java.util.EnumSet.of(Cue.CT_REASON, Cue.ST_REASON, Cue.CT_TAKING_STEPS, Cue.ST_TAKING_STEPS, Cue.ST_SHAPE));
        this.leadins = lexicon.set("leadin");
        this.greetings = lexicon.set("greeting");
        this.negators = lexicon.set("negator");
        this.changeTargets = lexicon.set("change_target");
        this.weakChangeTargets = lexicon.set("weak_change_target");
        this.statusTargets = lexicon.set("status_target");
        this.reducers = lexicon.set("reducer");
        this.relapseVerbs = lexicon.set("back_to_old");
        this.firstPerson = lexicon.set("frame_subject");
        this.desire = lexicon.set("frame_desire");
        this.ability = lexicon.set("frame_ability");
        this.need = lexicon.set("frame_need");
        this.commitment = lexicon.set("frame_commitment");
        this.activation = lexicon.set("frame_activation");
        this.costWords = lexicon.set("cost_word");
        this.benefitWords = lexicon.set("benefit_word");
        this.othersVerbs = lexicon.set("others_wish_verb");
        this.endorse = lexicon.set("others_wish_endorsed");
        this.elidedSubject = lexicon.set("elided_subject_verb");
        this.verdicts = new TargetVerdict(lexicon);
    }

    /** Every signal in every sentence of a text, in order; frames in questions count only when asked to. */
    List<List<TalkSignal>> of(Text text, boolean framesInQuestions) {
        // the client's own speech drops its "I" ("Tried it. Didn't help."); the counselor's words, read turned around
        // (framesInQuestions), have their subject from the "you" turned into "I"
        if (!framesInQuestions) text = withElidedSubject(text);
        List<List<TalkSignal>> out = new ArrayList<>(text.sentences.size());
        for (Text.Sentence s : text.sentences) {
            out.add(of(new Clause(text, s, trie, leadins, greetings), framesInQuestions));
        }
        return out;
    }

    /**
     * The text with the "I" a spoken sentence left out read back in: a statement that opens, after its lead-ins, with a
     * verb of [set:elided_subject_verb] ("Threw it out.", "Um, gave up after a week.", "Can't do it.") and not a modal
     * before "be" ("Could be." hedges). The text itself when no sentence does (most turns: one look at each sentence).
     */
    Text withElidedSubject(Text text) {
        int[] at = null;
        int count = 0;
        for (Text.Sentence s : text.sentences) {
            if (s.question()) continue;
            int i = s.from();
            while (i < s.to() - 1 && leadins.contains(text.words.get(i))) i++;
            if (!elidedSubject.contains(text.words.get(i))) continue;
            if (i + 1 < s.to() && text.words.get(i + 1).equals("be")) continue;
            if (at == null) at = new int[text.sentences.size()];
            at[count++] = i;
        }
        return at == null ? text : text.withWordBefore(java.util.Arrays.copyOf(at, count), "i");
    }

    /**
     * The first frame in a text that is someone else's wish told by the client ("My wife says I need to quit"), or
     * null. Asked only of turns with no evidence of their own, so that the coder can say why the turn is neutral and
     * keep the learned layer's word statistics (which saw "need to quit" as change talk) from calling it otherwise.
     */
    Span othersWish(Text text) {
        // most turns have no reporting verb at all: a word lookup spares them a second reading of their clauses
        boolean any = false;
        for (String w : text.words) {
            if (othersVerbs.contains(w)) {
                any = true;
                break;
            }
        }
        if (!any) return null;
        for (Text.Sentence s : text.sentences) {
            Clause c = new Clause(text, s, trie, leadins, greetings);
            for (int i = 0; i < c.size(); i++) {
                if (frameKind(c, i) != null && firstPersonBefore(c, i) && othersWish(c, i)) return c.span(subject(c, i), Math.min(c.size(), i + 4));
            }
        }
        return null;
    }

    List<TalkSignal> of(Clause c, boolean framesInQuestions) {
        List<TalkSignal> out = new ArrayList<>(2);
        // "When am I gonna walk?", "How am I supposed to…?": a client's frame in a question is rhetorical
        if (framesInQuestions || !c.sentence.question()) frames(c, out);
        for (Match m : c.all(Cue.CT_TAKING_STEPS)) {
            out.add(new TalkSignal(+1, 2.0, TalkKind.TAKING_STEPS, c.span(m), "steps-taken", "describes a step already taken toward change"));
        }
        for (Match m : c.all(Cue.ST_TAKING_STEPS)) {
            // "I'm not going back to it", "I won't pick it back up": refusing the step back is a commitment to change
            if (negatedBefore(c, m.from())) {
                out.add(new TalkSignal(+1, 2.0, TalkKind.COMMITMENT, c.span(m), "steps-back-refused", "says they will not go back to the old behaviour"));
                continue;
            }
            out.add(new TalkSignal(-1, 2.0, TalkKind.TAKING_STEPS, c.span(m), "steps-back", "describes a step back toward the old behaviour"));
        }
        for (Match m : c.all(Cue.CT_REASON)) {
            if (negatedBefore(c, m.from())) continue;
            out.add(new TalkSignal(+1, 1.5, TalkKind.REASON, c.span(m), "reason-for-change", "gives a reason for change"));
        }
        for (Match m : c.all(Cue.ST_REASON)) {
            TalkKind kind = sustainKind(c, m);
            out.add(new TalkSignal(-1, 1.5, kind, c.span(m), "reason-for-status-quo", sustainWhat(kind)));
        }
        List<Match> shapes = c.all(Cue.ST_SHAPE);
        for (Match m : shapes) {
            // a frame inside a shape is read as part of it: the "I'll" of "I'll think about it once the holidays are
            // over" puts change off, it commits to nothing
            Span in = c.span(m);
            out.removeIf(s -> s.rule().startsWith("frame-") && s.span().start() >= in.start() && s.span().start() < in.end());
        }
        for (Match m : shapes) {
            // as sure as a step: these shapes say what they say in any session ("same as always", "gave up on it"), and
            // the learned layer, fitted on gold whose sustain talk mostly had trigger words, would read them as neutral
            TalkKind kind = sustainKind(c, m);
            out.add(new TalkSignal(-1, SHAPE, kind, c.span(m), "sustain-shape", sustainWhat(kind)));
        }
        TalkSignal verdict = verdicts.of(c);
        if (verdict != null) out.add(verdict);
        valence(c, out);
        return out;
    }

    /** How much a sustain shape weighs (ST_SHAPE): as much as a step, so alone it is clear (ClientCoder.CLEAR). */
    static final double SHAPE = 2.0;

    /** How much a single cost or benefit word weighs: alone it never decides; with the context it can. */
    static final double VALENCE = 0.45;

    /**
     * Everyday words for what the behaviour costs ("scared", "worse", "garbage") or gives ("helps", "relax",
     * "boring without it"), at most one of each per sentence, ignored when negated. Real change and sustain talk is
     * mostly said in such ordinary words; alone they are too weak to decide, but they tip a reply whose context leans.
     */
    private void valence(Clause c, List<TalkSignal> out) {
        boolean cost = false;
        boolean benefit = false;
        for (int i = 0; i < c.size(); i++) {
            String w = c.word(i);
            if (!cost && costWords.contains(w) && !negatedBefore(c, i)) {
                cost = true;
                out.add(new TalkSignal(+1, VALENCE, TalkKind.REASON, c.span(i, i + 1), "cost-word", "speaks of what the behaviour costs"));
            } else if (!benefit && benefitWords.contains(w) && !negatedBefore(c, i)) {
                benefit = true;
                out.add(new TalkSignal(-1, VALENCE, TalkKind.REASON, c.span(i, i + 1), "benefit-word", "speaks of what the behaviour gives them"));
            }
        }
    }

    /** Whether a comma or other clause break stands between word {@code from} and word {@code to} of a clause. */
    private static boolean brokenBetween(Clause c, int from, int to) {
        for (int k = from + 1; k <= to; k++) {
            if (c.breakBefore(k)) return true;
        }
        return false;
    }

    /** Modal frames: "I (don't) want to / can / need to / will / am ready to" + what they point at. */
    private void frames(Clause c, List<TalkSignal> out) {
        int size = c.size();
        for (int i = 0; i < size; i++) {
            String w = c.word(i);
            TalkKind kind = frameKind(c, i);
            if (kind == null) continue;
            if (!firstPersonBefore(c, i)) continue;
            if (othersWish(c, i)) continue;
            boolean negated = isNegativeForm(w) || negatedBefore(c, i);
            int target = 0;
            int targetAt = -1;
            for (int j = i + 1; j < Math.min(size, i + 7); j++) {
                String t = c.word(j);
                if (changeTargets.contains(t) && !weakChangeTargets.contains(t)) {
                    // "go back to it", "get back into it": back to the old behaviour, not "cut back"
                    target = t.equals("back") && relapseVerbs.contains(c.word(j - 1)) ? -1 : +1;
                } else if (statusTargets.contains(t)) {
                    target = -1;
                    // "drink less", "use fewer", "smoke only on weekends" point at change
                    for (int k = j + 1; k < Math.min(size, j + 4); k++) {
                        if (reducers.contains(c.word(k))) {
                            target = +1;
                            break;
                        }
                    }
                } else if (negators.contains(t) && j > i + 1) {
                    // "I want to not drink": negation inside the frame's complement. A negator after a comma begins a
                    // clause of its own and leaves the frame alone ("I just can't do them every day, not with the pain")
                    if (brokenBetween(c, i, j)) break;
                    negated = !negated;
                    continue;
                } else {
                    continue;
                }
                targetAt = j;
                break;
            }
            int direction;
            double strength;
            if (target != 0) {
                direction = negated ? -target : target;
                strength = 2.0;
            } else {
                // "I can do that", "I'll try", "I'm not ready": in a conversation about change the frame alone leans;
                // "I don't want to look back and think what if" has nothing to lean on
                if (kind == TalkKind.DESIRE && negated) continue;
                direction = negated ? -1 : +1;
                strength = kind == TalkKind.ACTIVATION || kind == TalkKind.COMMITMENT || kind == TalkKind.ABILITY ? 1.0 : 0.6;
            }
            if (isNegativeForm(w) && target < 0 && (c.word(targetAt).equals("keep") || c.word(targetAt).equals("continue"))
                    && targetAt <= i + 2) {
                kind = TalkKind.NEED; // "I can't keep doing this" is a need for change, not an ability
            }
            int end = targetAt >= 0 ? targetAt + 1 : Math.min(size, i + 3);
            int from = subject(c, i);
            Span span = c.span(from, end);
            String what = direction > 0 ? frameWhatChange(kind) : frameWhatSustain(kind);
            out.add(new TalkSignal(direction, strength, kind, span, "frame-" + kind.name().toLowerCase(java.util.Locale.ROOT), what));
        }
    }

    private TalkKind frameKind(Clause c, int i) {
        String w = c.word(i);
        String next = c.word(i + 1);
        String prev = c.word(i - 1);
        switch (w) {
            case "can't", "couldn't", "cannot" -> {
                return TalkKind.ABILITY;
            }
            case "won't" -> {
                return TalkKind.COMMITMENT;
            }
            case "i'll", "we'll" -> {
                return next.equals("try") ? TalkKind.ACTIVATION : TalkKind.COMMITMENT;
            }
            case "have", "has", "got" -> {
                return next.equals("to") && !prev.equals("i've") ? TalkKind.NEED : null;
            }
            case "going" -> {
                return next.equals("to") && (prev.equals("i'm") || prev.equals("am") || prev.equals("not") || prev.equals("i")) ? TalkKind.COMMITMENT : null;
            }
            case "gonna" -> {
                return prev.equals("i'm") || prev.equals("i") || prev.equals("not") ? TalkKind.COMMITMENT : null;
            }
            case "like", "love" -> {
                // "I'd like to walk more", and a wish for how things or people would go: "I'd like bedtimes to be
                // calmer", "I'd love him to take one" (the frame's target, if any, is looked for after it as usual)
                boolean to = false;
                for (int k = i + 1; k <= i + 6 && !to; k++) to = c.word(k).equals("to");
                return to && (prev.equals("i'd") || prev.equals("would")) ? TalkKind.DESIRE : null;
            }
            case "thinking", "considering" -> {
                return next.equals("about") || next.equals("of") || w.equals("considering") ? TalkKind.ACTIVATION : null;
            }
            case "open" -> {
                return next.equals("to") ? TalkKind.ACTIVATION : null;
            }
            case "able" -> {
                return next.equals("to") ? TalkKind.ABILITY : null;
            }
            case "try", "trying" -> {
                return TalkKind.ACTIVATION;
            }
            case "plan", "planning" -> {
                return next.equals("to") || next.equals("on") ? TalkKind.COMMITMENT : null;
            }
            default -> {
                if (desire.contains(w) && !w.equals("like") && !w.equals("love") && !w.equals("rather") && !w.equals("prefer")) return TalkKind.DESIRE;
                if (ability.contains(w)) return TalkKind.ABILITY;
                if (need.contains(w)) return TalkKind.NEED;
                if (commitment.contains(w)) return TalkKind.COMMITMENT;
                if (activation.contains(w)) return TalkKind.ACTIVATION;
                return null;
            }
        }
    }

    private static boolean isNegativeForm(String w) {
        return w.equals("can't") || w.equals("couldn't") || w.equals("cannot") || w.equals("won't");
    }

    private boolean firstPersonBefore(Clause c, int i) {
        String w = c.word(i);
        if (w.equals("i'll") || w.equals("we'll")) return true;
        for (int j = Math.max(0, i - 4); j < i; j++) {
            if (firstPerson.contains(c.word(j))) return true;
        }
        // clause-initial frames in answers: "Want to, yeah.", "Could try." — but "Could be.", "Might be." hedge
        return i == c.lead && !c.word(i + 1).equals("be");
    }

    /**
     * Whether a frame is someone else's wish or order told by the client ("My wife says I need to quit", "the doctor
     * told me I can't drink", "Mom thinks I should get off my phone"): MISC codes the client's own motivation, and a
     * reported "should" is the other person's, so the frame counts only when the client endorses it later in the turn
     * ("…and honestly she's right", "I agree with him"). A reporting verb within five words before the frame with no
     * first-person word in the three before it ("I think I should…" is the client's own). The costs the others noticed ("she says I
     * get short-tempered") are not frames and still count.
     */
    private boolean othersWish(Clause c, int i) {
        int at = -1;
        for (int j = Math.max(0, i - 5); j < i; j++) {
            if (othersVerbs.contains(c.word(j)) && j > 0 && !firstPersonIn(c, j - 3, j)) at = j;
        }
        if (at < 0) return false;
        int from = c.sentence.from() + i + 1;
        for (int k = from; k < c.text.words.size(); k++) {
            if (endorse.contains(c.text.words.get(k))) return false;
        }
        return true;
    }

    /** Whether a first-person word stands in words [from, to) ("I keep telling myself…" is the client's own). */
    private boolean firstPersonIn(Clause c, int from, int to) {
        for (int j = Math.max(0, from); j < to; j++) if (firstPerson.contains(c.word(j))) return true;
        return false;
    }

    /** Where the frame's clause starts: its first-person subject, or the frame itself. */
    private int subject(Clause c, int i) {
        for (int j = Math.max(0, i - 4); j < i; j++) {
            String p = c.word(j);
            if (firstPerson.contains(p) && !p.equals("me") && !p.equals("myself")) return j;
        }
        return i;
    }

    boolean negatedBefore(Clause c, int i) {
        for (int j = Math.max(0, i - 3); j < i; j++) {
            if (negators.contains(c.word(j))) return true;
        }
        return false;
    }

    private static TalkKind sustainKind(Clause c, Match m) {
        for (int i = m.from(); i < m.to(); i++) {
            switch (c.word(i)) {
                case "like", "love", "enjoy", "fun" -> {
                    return TalkKind.DESIRE;
                }
                case "need", "needed", "without" -> {
                    return TalkKind.NEED;
                }
                case "hard", "difficult", "tried" -> {
                    return TalkKind.ABILITY;
                }
                case "ready", "willing", "interested" -> {
                    return TalkKind.ACTIVATION;
                }
                case "way", "forget", "happening", "going", "gonna", "quitting", "stopping", "giving", "changing" -> {
                    return TalkKind.COMMITMENT;
                }
                default -> {
                }
            }
        }
        return TalkKind.REASON;
    }

    private static String frameWhatChange(TalkKind kind) {
        return switch (kind) {
            case DESIRE -> "expresses a wish to change";
            case ABILITY -> "expresses the ability to change";
            case NEED -> "expresses a need to change";
            case COMMITMENT -> "commits to a change";
            case ACTIVATION -> "shows readiness to take a step";
            default -> "leans toward change";
        };
    }

    private static String frameWhatSustain(TalkKind kind) {
        return switch (kind) {
            case DESIRE -> "expresses a wish to keep things as they are";
            case ABILITY -> "doubts the ability to change";
            case NEED -> "expresses a need for the behaviour";
            case COMMITMENT -> "commits to not changing";
            case ACTIVATION -> "says they are not ready to take a step";
            default -> "leans toward the status quo";
        };
    }

    private static String sustainWhat(TalkKind kind) {
        return switch (kind) {
            case DESIRE -> "says what they like about the behaviour";
            case NEED -> "says they need the behaviour";
            case ABILITY -> "doubts that change is possible";
            case ACTIVATION -> "says they are not ready for change";
            case COMMITMENT -> "refuses change";
            default -> "gives a reason to keep things as they are";
        };
    }
}
