package org.changetalk.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One sentence of a counselor turn with everything the rules ask of it: its words, the lexicon cues found in
 * it, where the real content starts after lead-in fillers, and how it is shaped (question, statement).
 */
final class Clause {
    final Text text;
    final Text.Sentence sentence;
    final List<String> words;
    private static final Cue[] CUES = Cue.values();
    /**
     * Cues found in the sentence, by cue ordinal (null: none), in word order. Match positions are relative to the
     * sentence. An array rather than an EnumMap: the rules ask {@link #has} dozens of times per sentence.
     */
    @SuppressWarnings("unchecked")
    private final List<Match>[] cues = new List[CUES.length];
    /** Index (relative) of the first word that is not a lead-in filler. */
    final int lead;

    /** A clause whose anchored phrases may follow lead-in words only (the client-side readers' use). */
    Clause(Text text, Text.Sentence sentence, PhraseTrie trie, java.util.Set<String> leadins, java.util.Set<String> greetings) {
        this(text, sentence, trie, leadins, leadins, greetings);
    }

    /**
     * @param softeners words that may stand before a sentence-initial (^) phrase without moving its start ("Just
     *                  stop…", "Please don't…", "Maybe just try…": lexicon {@code [set:anchor_softener]})
     * @param greetings words after which a capitalised name and a comma are part of the greeting ("Hi Tomás, …":
     *                  lexicon {@code [set:greeting]})
     */
    Clause(Text text, Text.Sentence sentence, PhraseTrie trie, java.util.Set<String> leadins, java.util.Set<String> softeners,
           java.util.Set<String> greetings) {
        this.text = text;
        this.sentence = sentence;
        this.words = text.words.subList(sentence.from(), sentence.to());
        int i = 0;
        while (i < words.size() - 1 && leadins.contains(words.get(i))) i++;
        // "you know" / "i mean" are lead-ins only when something follows them
        while (i < words.size() - 2 && (pair(i, "you", "know") || pair(i, "i", "mean")) && text.breakBefore[sentence.from() + i + 2]) i += 2;
        // "you know what, let's look at it together": the discourse marker, not "you know what you want"
        if (i < words.size() - 3 && pair(i, "you", "know") && words.get(i + 2).equals("what") && text.breakBefore[sentence.from() + i + 3]) i += 3;
        // "Hi Tomás, congratulations…", "Hey Sam, thanks for…": the name greeted is part of the greeting, so the
        // sentence is read from the word after its comma (one or two capitalised words, then the break)
        if (i > 0 && greetings.contains(words.get(i - 1))) i = afterVocative(i);
        this.lead = i;
        List<Match> shields = null;
        for (Match m : trie.matchAll(text, sentence.from(), sentence.to())) {
            if (m.anchored() && !(m.from() <= lead || onlySofteners(softeners, lead, m.from()))) continue;
            if (m.cue() == Cue.SHIELD) {
                if (shields == null) shields = new ArrayList<>(2);
                shields.add(m);
            }
            List<Match> ms = cues[m.cue().ordinal()];
            if (ms == null) cues[m.cue().ordinal()] = ms = new ArrayList<>(2);
            ms.add(m);
        }
        if (shields != null) shield(shields);
        // safer-use information is never abstinence-pushing, wherever the two meet in a sentence
        if (has(Cue.HARM_REDUCTION)) cues[Cue.ABSTINENCE_ONLY.ordinal()] = null;
    }

    /** Cues that punish the counselor; an idiom ("lying awake", "no one would find you") that overlaps one cancels it. */
    private static final java.util.Set<Cue> PUNISHING = java.util.EnumSet.of(Cue.CONFRONT, Cue.LABELLING, Cue.PERSUADE,
            Cue.ADVICE_SOFT, Cue.FIXING, Cue.WARNING, Cue.ABSTINENCE_ONLY, Cue.STIGMA);

    private void shield(List<Match> shields) {
        for (Cue cue : PUNISHING) {
            List<Match> ms = cues[cue.ordinal()];
            if (ms == null) continue;
            ms.removeIf(m -> shields.stream().anyMatch(s -> s.from() < m.to() && m.from() < s.to()));
            if (ms.isEmpty()) cues[cue.ordinal()] = null;
        }
    }

    /** Every word from {@code from} up to {@code to} (at most two) is a softener. */
    private boolean onlySofteners(java.util.Set<String> softeners, int from, int to) {
        if (to - from > 2) return false;
        for (int i = from; i < to; i++) {
            if (!softeners.contains(words.get(i))) return false;
        }
        return true;
    }

    private boolean pair(int i, String a, String b) {
        return words.get(i).equals(a) && words.get(i + 1).equals(b);
    }

    int size() {
        return words.size();
    }

    /** {@link Words#stem} of word {@code i} (made once per text). */
    String stem(int i) {
        return text.stem(sentence.from() + i);
    }

    String word(int i) {
        return i >= 0 && i < words.size() ? words.get(i) : "";
    }

    boolean has(Cue cue) {
        return cues[cue.ordinal()] != null;
    }

    Match first(Cue cue) {
        List<Match> ms = cues[cue.ordinal()];
        return ms == null ? null : ms.get(0);
    }

    Match last(Cue cue) {
        List<Match> ms = cues[cue.ordinal()];
        return ms == null ? null : ms.get(ms.size() - 1);
    }

    List<Match> all(Cue cue) {
        List<Match> ms = cues[cue.ordinal()];
        return ms == null ? List.of() : ms;
    }

    /** A {@code cue} match (a SHIELD idiom or courtesy, say) covers word {@code i}. */
    boolean covered(Cue cue, int i) {
        for (Match m : all(cue)) {
            if (m.from() <= i && i < m.to()) return true;
        }
        return false;
    }

    /**
     * Most of the content words from word {@code from} on are the client's own (by stem): a counselor line in the
     * client's words ("I'd cut back to weekends too" after the client proposed weekends) agrees with their plan.
     */
    boolean mostlyClientWords(int from, Set<String> stop, Set<String> clientStems) {
        int content = 0, shared = 0;
        for (int j = from; j < size(); j++) {
            String w = word(j);
            if (stop.contains(w) || !Character.isLetterOrDigit(w.charAt(0))) continue;
            content++;
            if (clientStems.contains(stem(j))) shared++;
        }
        return content > 0 && 2 * shared >= content + 1;
    }

    /** The word after a greeted name ("Tomás," or "Mr Lee,"), or {@code i} when the words at i are no name. */
    private int afterVocative(int i) {
        for (int n = 1; n <= 2 && i + n < words.size(); n++) {
            int w = sentence.from() + i + n - 1;
            if (!Character.isUpperCase(text.raw.charAt(text.wordStart[w]))) return i;
            if (text.breakBefore[sentence.from() + i + n]) return i + n;
        }
        return i;
    }

    Match atStart(Cue cue, int slack) {
        List<Match> ms = cues[cue.ordinal()];
        if (ms == null) return null;
        for (Match m : ms) {
            // the cue must reach past the lead-in: "You know, weed can affect…" has no reflection opener
            if (m.from() <= lead + slack && m.to() > lead) return m;
        }
        return null;
    }

    /** Whether a match covers the sentence from its content start to its end. */
    boolean covers(Cue cue) {
        for (Match m : all(cue)) {
            if (m.from() <= lead && m.to() == words.size()) return true;
        }
        return false;
    }

    Span span(Match m) {
        return text.span(sentence.from() + m.from(), sentence.from() + m.to());
    }

    Span span(int from, int to) {
        return text.span(sentence.from() + from, sentence.from() + to);
    }

    Span span() {
        return text.span(sentence);
    }

    String quote(Match m) {
        return span(m).of(text.raw);
    }

    boolean breakBefore(int i) {
        return text.breakBefore[sentence.from() + i];
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (List<Match> ms : cues) {
            if (ms != null) ms.forEach(m -> sb.append(m.cue()).append('"').append(String.join(" ", words.subList(m.from(), m.to()))).append("\" "));
        }
        return sb.toString();
    }
}
