package org.changetalk.scenario.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The content terms of a text for relevance: lower-cased words without stop words (stopwords.txt),
 * each reduced by a light suffix stemmer so "drinking", "drinks" and "drank"… at least the first two
 * meet. A light stemmer on purpose: Porter's conflations ("university"/"universe") would cost
 * precision on short conversational turns, and synonyms come from the scenario's topics instead.
 */
public final class Terms {
    private static final Set<String> STOP = load();

    private Terms() {
    }

    public static List<String> of(String text) {
        return ofWords(Phrase.wordsOf(text));
    }

    public static List<String> ofWords(List<String> words) {
        List<String> out = new ArrayList<>(words.size());
        for (String w : words) {
            String word = w.replace('’', '\'');
            if (STOP.contains(word) || word.length() < 2 && !Character.isDigit(word.charAt(0))) {
                continue;
            }
            int apostrophe = word.indexOf('\'');
            if (apostrophe > 0) {
                word = word.substring(0, apostrophe);
                if (STOP.contains(word)) {
                    continue;
                }
            }
            out.add(stem(word));
        }
        return out;
    }

    public static boolean isStop(String lowerWord) {
        return STOP.contains(lowerWord);
    }

    /** Strips common English inflections: plurals, -ing, -ed, -ly, -ness, -ful. */
    public static String stem(String w) {
        if (w.length() <= 3 || !Character.isLetter(w.charAt(0))) {
            return w;
        }
        String s = w;
        if (s.endsWith("ies") && s.length() > 4) {
            s = s.substring(0, s.length() - 3) + "y";
        } else if (s.endsWith("sses")) {
            s = s.substring(0, s.length() - 2);
        } else if (s.endsWith("s") && !s.endsWith("ss") && !s.endsWith("us") && !s.endsWith("is")) {
            s = s.substring(0, s.length() - 1);
        }
        for (String suffix : new String[] {"ingly", "edly", "ness", "ful", "ing", "ed", "ly"}) {
            if (s.endsWith(suffix) && s.length() - suffix.length() >= 3) {
                s = s.substring(0, s.length() - suffix.length());
                break;
            }
        }
        // "stopp(ed)" → "stop", "worri(ed)" → "worry": undo doubling and the y→i change.
        int n = s.length();
        if (n >= 4 && s.charAt(n - 1) == s.charAt(n - 2) && "bdgklmnprt".indexOf(s.charAt(n - 1)) >= 0) {
            s = s.substring(0, n - 1);
        } else if (s.endsWith("i") && n >= 4) {
            s = s.substring(0, n - 1) + "y";
        } else if (s.endsWith("e") && n >= 5) {
            s = s.substring(0, n - 1);
        }
        return s;
    }

    private static Set<String> load() {
        try (InputStream in = Terms.class.getResourceAsStream("stopwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("stopwords.txt is missing from the classpath");
            }
            Set<String> out = new HashSet<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.startsWith("#")) {
                    for (String w : line.strip().split("\\s+")) {
                        if (!w.isEmpty()) {
                            out.add(w);
                        }
                    }
                }
            }
            return Set.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
