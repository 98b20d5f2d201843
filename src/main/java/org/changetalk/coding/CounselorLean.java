package org.changetalk.coding;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the counselor's turn just before a client turn leans toward, so that a short or plain answer can take its
 * direction from it: "Yeah." to "so you'd like to be around for the grandkids" is change talk, "yeah" to "so the
 * drinking isn't really a problem for you" is sustain talk.
 *
 * <p>The counselor's words are read as if the client had said them (pronouns turned around: "you want" becomes
 * "I want", "helps you" becomes "helps me", the counselor's own "I" becomes "you"), with the same signals that
 * read client talk. Open questions that ask for reasons, hopes or costs lean toward change; questions about what
 * the behaviour gives lean toward the status quo.
 */
final class CounselorLean {
    /** What the counselor's last move was, as far as the answer's direction is concerned. */
    enum Move {
        /** No counselor turn before. */
        NONE,
        /** Only fillers ("Mm-hmm.", "Okay."): the client goes on with what they were saying. */
        BACKCHANNEL,
        /** A statement: a reflection, a summary, information. Agreement takes its direction. */
        STATEMENT,
        /** A yes/no question: "yes" takes the direction of what was asked, "no" the other. */
        YES_NO,
        /** An open question. */
        OPEN,
        /**
         * A question about how a step toward change went ("How's the walking going?"): turning it down ("Not great.")
         * is a step away; any other answer is read by its own words, since a report may go either way.
         */
        PROGRESS,
        /** Asking permission, planning the session or the next visit: "sure" to it is neither change nor sustain. */
        HOUSEKEEPING
    }

    /**
     * @param move      the counselor's last move
     * @param direction what it leans toward: positive toward change, negative toward the status quo, 0 when neither
     * @param negated   whether the last sentence is negative, so that "No." agrees with it ("You don't want that." "No.")
     * @param quote     the counselor's words the lean rests on, for the explanation
     * @param asks      +1 when the question asks for reasons or hopes for change, -1 when it asks what the behaviour gives
     * @param kind      the DARN-CAT kind of the strongest signal the lean rests on (REASON when none)
     */
    record Lean(Move move, double direction, boolean negated, String quote, int asks, TalkKind kind) {
        static final Lean NONE = new Lean(Move.NONE, 0, false, "", 0, TalkKind.REASON);
    }

    private final ClientSignals signals;
    private final PhraseTrie questionKinds;
    /** Asking permission, planning the session, housekeeping: a "sure" to these says nothing about the behaviour. */
    private final PhraseTrie housekeeping;
    private final Set<String> changeTargets;
    private final Set<String> statusTargets;
    private final Set<String> reducers;
    private final Set<String> vagueTargets;
    /** Words naming a step the client set out to take ("the new bedtime", "the plan"): lexicon-client.txt. */
    private final Set<String> progressSteps;
    private final Set<String> leadins;
    /** Words after which a greeted name is part of the greeting (lexicon [set:greeting]). */
    private final Set<String> greetings;
    private final Set<String> filler;
    private final Set<String> negators;
    private final Set<String> aux;
    private final Set<String> wh;
    private final Set<String> subjectBefore;
    private final Map<String, String> swap = new HashMap<>();

    CounselorLean(Lexicon lexicon, ClientSignals signals) {
        this.signals = signals;
        this.questionKinds = lexicon.trie(java.util.EnumSet.of(Cue.ASKS_BENEFITS, Cue.ASKS_CONCERNS, Cue.ASKS_PROGRESS));
        this.housekeeping = lexicon.trie(java.util.EnumSet.of(Cue.PERMISSION_ASK, Cue.COLLABORATION, Cue.STRUCTURING));
        this.changeTargets = lexicon.set("change_target");
        this.statusTargets = lexicon.set("status_target");
        this.reducers = lexicon.set("reducer");
        this.vagueTargets = lexicon.set("vague_target");
        this.progressSteps = lexicon.set("progress_step");
        this.leadins = lexicon.set("leadin");
        this.greetings = lexicon.set("greeting");
        this.filler = lexicon.set("filler");
        this.negators = lexicon.set("negator");
        this.aux = lexicon.set("aux");
        this.wh = lexicon.set("wh");
        this.subjectBefore = lexicon.set("you_as_subject_after");
        for (String pair : lexicon.set("pronoun_swap")) {
            int gt = pair.indexOf('>');
            if (gt <= 0 || gt == pair.length() - 1) {
                throw new IllegalArgumentException("[set:pronoun_swap] entries are written from>to, not '" + pair + "'");
            }
            swap.put(pair.substring(0, gt), pair.substring(gt + 1));
        }
    }

    Lean of(Text counselor) {
        if (counselor == null || counselor.sentences.isEmpty()) return Lean.NONE;
        boolean onlyFiller = true;
        for (String w : counselor.words) {
            if (!filler.contains(w) && Character.isLetterOrDigit(w.charAt(0))) {
                onlyFiller = false;
                break;
            }
        }
        if (onlyFiller) return new Lean(Move.BACKCHANNEL, 0, false, "", 0, TalkKind.REASON);

        Text turned = Text.of(turnAround(counselor), counselor.vocabulary);
        List<List<TalkSignal>> bySentence = signals.of(turned, true);
        int n = Math.min(bySentence.size(), counselor.sentences.size());
        int last = n - 1;
        // a short check tag ("right?", "is that it?") after a reflection: the reflection is what is answered
        while (last > 0 && counselor.sentences.get(last).size() <= 3) last--;
        double direction = 0;
        String quote = "";
        double best = 0;
        TalkKind kind = TalkKind.REASON;
        double strongest = 0;
        for (int i = 0; i <= last; i++) {
            double weight = i == last ? 1.0 : 0.4;
            double d = 0;
            for (TalkSignal s : bySentence.get(i)) {
                d += s.direction() * s.strength();
                if (s.strength() * weight > strongest) {
                    strongest = s.strength() * weight;
                    kind = s.kind();
                }
            }
            direction += weight * d;
            if (Math.abs(d) * weight > best) {
                best = Math.abs(d) * weight;
                quote = counselor.span(counselor.sentences.get(i)).of(counselor.raw);
            }
        }
        Text.Sentence focus = counselor.sentences.get(counselor.sentences.size() - 1);
        Text.Sentence main = counselor.sentences.get(last);
        boolean negated = false;
        for (int i = main.from(); i < main.to(); i++) {
            if (negators.contains(counselor.words.get(i))) negated = true;
        }
        // asking permission anywhere in the turn ("Would it be okay if I told you…? You can tell me if it's useless.")
        // or planning the session: a "yeah" answers that, not the behaviour
        for (Text.Sentence s : counselor.sentences) {
            Clause h = new Clause(counselor, s, housekeeping, leadins, greetings);
            if (h.has(Cue.PERMISSION_ASK) || s == focus && (h.has(Cue.STRUCTURING) || h.has(Cue.COLLABORATION) && direction == 0)) {
                return new Lean(Move.HOUSEKEEPING, 0, false, "", 0, TalkKind.REASON);
            }
        }
        int asks = 0;
        Clause q = new Clause(counselor, focus, questionKinds, leadins, greetings);
        if (q.has(Cue.ASKS_CONCERNS) && !q.has(Cue.ASKS_BENEFITS)) asks = +1;
        if (q.has(Cue.ASKS_BENEFITS) && !q.has(Cue.ASKS_CONCERNS)) asks = -1;
        // "How's the diet going?", "How many days did you get to walk?": a question about how a step toward change went.
        // Asked about the old behaviour ("How did the drinking go?") it asks for an account, neither way
        // (a question by its form: transcribed speech often drops the "?", "how's the gym going")
        boolean progress = asks == 0 && q.has(Cue.ASKS_PROGRESS) && stepIn(counselor, focus);
        Move move;
        if (!focus.question()) {
            move = progress ? Move.PROGRESS : asks != 0 ? Move.OPEN : Move.STATEMENT;
        } else {
            String first = counselor.words.get(questionWord(counselor, focus));
            if (progress) move = Move.PROGRESS;
            else if (wh.contains(first) || asks != 0) move = Move.OPEN;
            else if (aux.contains(first)) move = Move.YES_NO;
            else move = Move.STATEMENT; // a reflection said with a rising tone
        }
        if ((asks != 0 || progress) && quote.isEmpty()) quote = counselor.span(focus).of(counselor.raw);
        if (move == Move.YES_NO && direction == 0) {
            // "Have you smoked since the test?" / "Are you getting any exercise?": yes is a step one way or the other
            int d = targetIn(counselor, focus);
            if (d != 0) {
                direction = d * 1.2;
                quote = counselor.span(focus).of(counselor.raw);
                kind = TalkKind.TAKING_STEPS;
            }
        }
        return new Lean(move, direction, negated, quote, asks, kind);
    }

    /** Whether a question names a step toward change: a change target first, or a word of [set:progress_step]. */
    private boolean stepIn(Text t, Text.Sentence s) {
        int target = targetIn(t, s);
        if (target != 0) return target > 0;
        for (int i = s.from(); i < s.to(); i++) if (progressSteps.contains(t.words.get(i))) return true;
        return false;
    }

    /** The first behaviour word in a sentence: +1 for a change target ("exercise", "cut back"), -1 for the old behaviour. */
    private int targetIn(Text t, Text.Sentence s) {
        for (int i = s.from(); i < s.to(); i++) {
            String w = t.words.get(i);
            if (statusTargets.contains(w)) {
                for (int k = i + 1; k < Math.min(s.to(), i + 4); k++) if (reducers.contains(t.words.get(k))) return +1;
                return -1;
            }
            if (changeTargets.contains(w) && !vagueTargets.contains(w)) return +1;
        }
        return 0;
    }

    private int firstContent(Text t, Text.Sentence s) {
        int i = s.from();
        while (i < s.to() - 1 && leadins.contains(t.words.get(i))) i++;
        return i;
    }

    /**
     * The word that makes a question what it is: its first content word, or, when an introductory clause comes first
     * ("Now that you've quit, do you ever miss it?", "When you think about next year, what do you hope for?"), the
     * first word after that clause's comma that is a question word or an auxiliary.
     */
    private int questionWord(Text t, Text.Sentence s) {
        int first = firstContent(t, s);
        if (wh.contains(t.words.get(first)) || aux.contains(t.words.get(first))) return first;
        for (int i = first + 1; i < s.to(); i++) {
            if (!t.breakBefore[i]) continue;
            int j = i;
            while (j < s.to() - 1 && leadins.contains(t.words.get(j))) j++;
            if (wh.contains(t.words.get(j)) || aux.contains(t.words.get(j))) return j;
        }
        return first;
    }

    /** The counselor's words as the client would say them: "you" → "I"/"me", "your" → "my", "I" → "you". */
    private String turnAround(Text t) {
        StringBuilder sb = new StringBuilder(t.raw.length() + 16);
        int at = 0;
        for (int i = 0; i < t.words.size(); i++) {
            String w = t.words.get(i);
            String to;
            if (w.equals("you")) {
                String prev = i == 0 || t.breakBefore[i] ? "" : t.words.get(i - 1);
                to = prev.isEmpty() || subjectBefore.contains(prev) ? "i" : "me";
            } else {
                to = swap.get(w);
            }
            appendGap(sb, t.raw, at, t.wordStart[i]);
            if (to == null) sb.append(t.raw, t.wordStart[i], t.wordEnd[i]);
            else sb.append(to);
            at = t.wordEnd[i];
        }
        appendGap(sb, t.raw, at, t.raw.length());
        return sb.toString();
    }

    /**
     * The text between two words the turned reading keeps. A word {@link Disfluency} took out ("so part of you, um,
     * misses…") is in the raw text but not in the words; its letters are left out here so the turned text is read as
     * the counselor's words were, and its punctuation kept so the sentences stay where they were.
     */
    private static void appendGap(StringBuilder sb, String raw, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = raw.charAt(k);
            if (!Character.isLetterOrDigit(c)) sb.append(c);
        }
    }
}
