package org.changetalk.practice;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Clinical words read as the plain words a client's lines and the authored prompts use (plain-words.txt): "What's the
 * frequency of your use episodes?" is ranked as "What's the how often of your times you use?", which the sentence
 * embedder and the word index place beside "how often do you use?". Only the ranking reads it; the coder codes what
 * the trainee typed.
 *
 * @param jargon every jargon phrase in one pattern (whole words, case-insensitive), group i+1 the i-th plain words,
 *               longest jargon first so that a phrase is read whole before a word inside it; read in one pass, so a
 *               plain word is never read again ("harm reduction" stays, "reduction" alone is "cutting down")
 * @param plain  the plain words of each group
 */
record PlainWords(Pattern jargon, List<String> plain) {
    static final PlainWords DEFAULT = read("plain-words.txt", Resources.lines("plain-words.txt"));

    /** The text with every jargon phrase in plain words; the same instance when it holds none. */
    String of(String text) {
        Matcher m = jargon.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        do {
            int g = 1;
            while (m.group(g) == null) {
                g++;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(plain.get(g - 1)));
        } while (m.find());
        m.appendTail(out);
        return out.toString();
    }

    static PlainWords read(String file, List<String> lines) {
        List<String> regexes = new ArrayList<>();
        List<String> plains = new ArrayList<>();
        List<Integer> lengths = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0 || colon == line.length() - 1 || line.substring(colon + 1).isBlank()) {
                throw new IllegalStateException(file + ":" + (i + 1) + ":1: expected `jargon: plain words`, got: " + line);
            }
            String jargon = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            if (jargon.indexOf('*') >= 0 && jargon.indexOf('*') != jargon.length() - 1) {
                throw new IllegalStateException(file + ":" + (i + 1) + ":" + (lines.get(i).indexOf('*') + 1)
                        + ": a * only at the end of the jargon");
            }
            boolean prefix = jargon.endsWith("*");
            String words = prefix ? jargon.substring(0, jargon.length() - 1) : jargon;
            String regex = "\\b" + Pattern.quote(words).replace(" ", "\\E\\s+\\Q") + (prefix ? "\\w*" : "\\b");
            regexes.add(regex);
            plains.add(line.substring(colon + 1).strip());
            lengths.add(words.length());
        }
        // (Longest first: "relapse prevention plan" is read before "relapse prevention", "protective factors" before "factors".)
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < regexes.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> -lengths.get(i)));
        String all = String.join("|", order.stream().map(i -> "(" + regexes.get(i) + ")").toList());
        return new PlainWords(Pattern.compile(all.isEmpty() ? "(?!)" : all, Pattern.CASE_INSENSITIVE),
                order.stream().map(plains::get).toList());
    }
}
