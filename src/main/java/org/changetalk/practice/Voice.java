package org.changetalk.practice;

import org.changetalk.scenario.model.Beat;
import org.changetalk.scenario.model.LineIndex;
import org.changetalk.scenario.model.Moves;
import org.changetalk.scenario.model.Terms;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;

/**
 * How the client words a reply: a line not said yet (seeded among the fresh ones), a stock line with its
 * blanks filled, and a story already told referred back to ("Like I said, …") by its sentence that answers
 * the question. Shared by every part of the client's mind in one session; it holds no state of its own
 * beyond the session's memory and random.
 */
final class Voice {
    private final ClientMemory memory;
    private final LineIndex index;
    private final Random random;
    private final ProperNouns names;
    private final Moves own;

    Voice(ClientMemory memory, LineIndex index, Random random, ProperNouns names, Moves own) {
        this.memory = memory;
        this.index = index;
        this.random = random;
        this.names = names;
        this.own = own;
    }

    /**
     * A question about a story already told is answered from that story: the authored recall, else the told line's
     * sentence that answers the question best, else its headline (the first sentence with some substance).
     */
    String recallFor(Beat beat, LineIndex.Query q) {
        Optional<String> authored = unsaid(beat.recall());
        if (authored.isPresent()) {
            return authored.get();
        }
        String told = memory.toldAs(beat.id());
        String line = told == null ? beat.say().get(0) : told;
        String best = null;
        double score = 0;
        for (String sentence : Sentences.of(line)) {
            double sc = index.line(q, sentence).coverage();
            if (sc > score) {
                score = sc;
                best = sentence;
            }
            if (best == null && score == 0 && Terms.of(sentence).size() >= 3) {
                best = sentence; // the headline, unless a later sentence answers the question
            }
        }
        return recallOf(best == null ? line : best);
    }

    String recallLine(Beat beat) {
        Optional<String> authored = unsaid(beat.recall());
        if (authored.isPresent()) {
            return authored.get();
        }
        String told = memory.toldAs(beat.id());
        return recallOf(told == null ? beat.say().get(0) : told);
    }

    /** "Like I said, they found him in his car." — the line's weightiest sentence, referred back to. */
    String recallOf(String line) {
        String first = gist(line);
        // "I told you already" only to a question asked before; a first question gets a plain reference back.
        String key = memory.askedAgain() ? "recall.again" : "recall";
        return capitalised(stock(key, Map.of("line", lowerFirst(first))));
    }

    private static final java.util.regex.Pattern SENTENCE_START = java.util.regex.Pattern.compile("([.!?] )([a-z])");

    /** "I told you already. and part of me…": a sentence starts with a capital, whatever the template put there. */
    static String capitalised(String text) {
        Matcher m = SENTENCE_START.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, m.group(1) + m.group(2).toUpperCase(Locale.ROOT));
        }
        m.appendTail(out);
        return out.toString();
    }


    Optional<String> unsaid(List<String> lines) {
        List<String> fresh = lines.stream().filter(s -> !memory.saidWithin(s)).toList();
        return fresh.isEmpty() ? Optional.empty() : Optional.of(fresh.get(random.nextInt(fresh.size())));
    }

    /**
     * A stock line, in the persona's own words when the author wrote some (persona.moves), not said yet in this
     * session (all said: the first again, which cannot be helped).
     */
    String stock(String key, Map<String, String> values) {
        List<String> lines = StockLines.of(key, own).stream().map(l -> fill(l, values)).toList();
        // A stock line said inside a longer reply ("Evening. Bit nervous, honestly.") counts as said too.
        List<String> fresh = lines.stream().filter(l -> !memory.saidWithin(l)).toList();
        return fresh.isEmpty() ? lines.get(0) : fresh.get(random.nextInt(fresh.size()));
    }

    private static String fill(String line, Map<String, String> values) {
        String out = line;
        for (Map.Entry<String, String> e : values.entrySet()) {
            out = out.replace("{" + e.getKey() + "}", e.getValue());
        }
        return out.replaceAll("\\b([Aa]) (8|11|18)\\b", "$1n $2"); // "an 8"
    }

    /** The sentence of a line with the most content words: "Sure." is no way to refer back to a story. */
    static String gist(String line) {
        String best = line;
        int most = -1;
        for (String sentence : Sentences.of(line)) {
            int n = Terms.of(sentence).size();
            if (n > most) {
                most = n;
                best = sentence;
            }
        }
        return best;
    }

    /**
     * Lower-cases a line's first word for "Like I said, …" ("They found him…", "Three, four times a day"), never
     * "I" or a name (a word this scenario writes with a capital in mid-sentence: "Eli", "Lyle", "Dr").
     */
    String lowerFirst(String s) {
        String first = s.split("[\\s,.!?]", 2)[0];
        if (!first.isEmpty() && Character.isUpperCase(s.charAt(0)) && !first.equals("I") && !first.startsWith("I'")
                && !first.startsWith("I’") && !names.isName(first)) {
            return Character.toLowerCase(s.charAt(0)) + s.substring(1);
        }
        return s;
    }

    static String withStop(String s) {
        return s.endsWith(".") || s.endsWith("!") || s.endsWith("?") ? s : s + ".";
    }
}
