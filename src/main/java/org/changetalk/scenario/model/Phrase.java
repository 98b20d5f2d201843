package org.changetalk.scenario.model;

import org.changetalk.coding.Token;
import org.changetalk.coding.Tokenizer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A word or phrase to look for in the trainee's text: whole words, case-insensitive, consecutive;
 * a word ending in {@code *} matches any word it starts ("drink*" matches "drinking").
 */
public record Phrase(String text, List<String> words, List<Boolean> prefix) {
    public Phrase {
        words = List.copyOf(words);
        prefix = List.copyOf(prefix);
    }

    /** Parses an author's phrase; empty when it is not words separated by spaces. */
    public static Optional<Phrase> parse(String text) {
        String[] parts = text.strip().split("\\s+");
        List<String> words = new ArrayList<>();
        List<Boolean> prefix = new ArrayList<>();
        for (String part : parts) {
            boolean star = part.endsWith("*");
            String word = star ? part.substring(0, part.length() - 1) : part;
            List<Token> tokens = Tokenizer.tokenize(word);
            if (tokens.size() != 1 || tokens.get(0).kind() == Token.Kind.PUNCT
                    || tokens.get(0).text().length() != word.length()) {
                return Optional.empty();
            }
            words.add(tokens.get(0).lower().toLowerCase(Locale.ROOT));
            prefix.add(star);
        }
        return Optional.of(new Phrase(text, words, prefix));
    }

    /** Whether the phrase occurs in the text's words starting at {@code start}. */
    public boolean matchesAt(List<String> textWords, int start) {
        if (start + words.size() > textWords.size()) {
            return false;
        }
        for (int i = 0; i < words.size(); i++) {
            String w = textWords.get(start + i);
            if (!(prefix.get(i) ? w.startsWith(words.get(i)) : w.equals(words.get(i)))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the phrase occurs in the lower-cased words of a text (see {@link #wordsOf}). */
    public boolean occursIn(List<String> textWords) {
        outer:
        for (int start = 0; start + words.size() <= textWords.size(); start++) {
            for (int i = 0; i < words.size(); i++) {
                String w = textWords.get(start + i);
                boolean ok = prefix.get(i) ? w.startsWith(words.get(i)) : w.equals(words.get(i));
                if (!ok) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** The lower-cased words and numbers of a text, as phrases are matched against them. */
    public static List<String> wordsOf(String text) {
        return Tokenizer.tokenize(text).stream()
                .filter(t -> t.kind() != Token.Kind.PUNCT)
                .map(Token::lower)
                .toList();
    }

    @Override
    public String toString() {
        return text;
    }
}
