package org.changetalk.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into words (letters with inner apostrophes or hyphens), numbers and punctuation.
 * Curly apostrophes are read as straight ones so "don’t" and "don't" are the same word.
 */
public final class Tokenizer {
    private Tokenizer() {
    }

    public static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>(text.length() / 4 + 4);
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isLetter(c)) {
                int start = i;
                i = wordEnd(text, start);
                String word = text.substring(start, i);
                tokens.add(new Token(word, normalise(word), start, i, Token.Kind.WORD));
            } else if (Character.isDigit(c)) {
                int start = i;
                i = numberEnd(text, start);
                String num = text.substring(start, i);
                tokens.add(new Token(num, num, start, i, Token.Kind.NUMBER));
            } else {
                String p = String.valueOf(c);
                tokens.add(new Token(p, p, i, i + 1, Token.Kind.PUNCT));
                i++;
            }
        }
        return tokens;
    }

    /**
     * Where the word that starts with the letter at {@code start} ends: letters and digits, joined across an apostrophe
     * or hyphen only when a letter follows ("don't", "follow-up"). Shared with {@link Text}'s one-pass reading, so that
     * both read the same words.
     */
    static int wordEnd(String text, int start) {
        int n = text.length();
        int i = start + 1;
        while (i < n) {
            char d = text.charAt(i);
            if (Character.isLetterOrDigit(d)) {
                i++;
            } else if ((isApostrophe(d) || d == '-') && i + 1 < n && Character.isLetter(text.charAt(i + 1))) {
                i += 2;
            } else {
                break;
            }
        }
        return i;
    }

    /** Where the number that starts with the digit at {@code start} ends: digits, with "." or "," only between digits. */
    static int numberEnd(String text, int start) {
        int n = text.length();
        int i = start;
        while (i < n && (Character.isDigit(text.charAt(i))
                || (text.charAt(i) == '.' || text.charAt(i) == ',') && i + 1 < n && Character.isDigit(text.charAt(i + 1)))) {
            i++;
        }
        return i;
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u2018';
    }

    static String normalise(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return lower.indexOf('\u2019') >= 0 || lower.indexOf('\u2018') >= 0
                ? lower.replace('\u2019', '\'').replace('\u2018', '\'')
                : lower;
    }
}
