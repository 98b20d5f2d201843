package org.changetalk.coding;

import java.util.ArrayList;
import java.util.List;

/**
 * A turn's text read once: its tokens, its words in canonical form, and its sentences.
 * Everything the rules look at is derived from this, so a turn is tokenized exactly once.
 */
final class Text {
    final String raw;
    /** Canonical lower-case words (and numbers, %, $), in order. */
    final List<String> words;
    /** Character range of each word in {@link #raw}. */
    final int[] wordStart;
    final int[] wordEnd;
    /** True where a comma, dash, colon or bracket stands right before the word: a clause may start there. */
    final boolean[] breakBefore;
    final List<Sentence> sentences;

    /** A sentence: words [from, to) and how it ended. */
    record Sentence(int from, int to, int charStart, int charEnd, boolean question, boolean exclaim) {
        int size() {
            return to - from;
        }
    }

    private Text(String raw, List<String> words, int[] wordStart, int[] wordEnd, boolean[] breakBefore,
                 List<Sentence> sentences) {
        this.raw = raw;
        this.words = words;
        this.wordStart = wordStart;
        this.wordEnd = wordEnd;
        this.breakBefore = breakBefore;
        this.sentences = sentences;
    }

    static Text of(String raw) {
        List<Token> tokens = Tokenizer.tokenize(raw);
        List<String> words = new ArrayList<>(tokens.size());
        int[] starts = new int[tokens.size()];
        int[] ends = new int[tokens.size()];
        boolean[] breaks = new boolean[tokens.size()];
        boolean pendingBreak = false;
        List<Sentence> sentences = new ArrayList<>(4);
        int sentenceFrom = 0;
        int sentenceCharStart = -1;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String form = t.lower();
            if (t.kind() == Token.Kind.PUNCT) {
                char c = form.charAt(0);
                if (c == '.' || c == '?' || c == '!' || c == ';' || c == '\u2026') {
                    // "Dr. Smith", "a.m.": a full stop after a short abbreviation does not end a sentence
                    if (c == '.' && !words.isEmpty() && sentenceFrom < words.size()
                            && isAbbreviation(words.get(words.size() - 1)) && ends[words.size() - 1] == t.start()) {
                        continue;
                    }
                    int j = i + 1;
                    boolean q = c == '?';
                    boolean ex = c == '!';
                    while (j < tokens.size() && tokens.get(j).kind() == Token.Kind.PUNCT && isEnd(tokens.get(j).lower().charAt(0))) {
                        q |= tokens.get(j).lower().charAt(0) == '?';
                        ex |= tokens.get(j).lower().charAt(0) == '!';
                        j++;
                    }
                    if (words.size() > sentenceFrom) {
                        sentences.add(new Sentence(sentenceFrom, words.size(), sentenceCharStart,
                                tokens.get(j - 1).end(), q, ex));
                    } else if (!sentences.isEmpty() && q) {
                        // a stray "?" after a closing quote or dash still marks the sentence before as a question
                        Sentence last = sentences.remove(sentences.size() - 1);
                        sentences.add(new Sentence(last.from(), last.to(), last.charStart(), tokens.get(j - 1).end(), true, last.exclaim()));
                    }
                    sentenceFrom = words.size();
                    sentenceCharStart = -1;
                    pendingBreak = false;
                    i = j - 1;
                    continue;
                }
                if (c != '%' && c != '$') {
                    pendingBreak |= c == ',' || c == '-' || c == '\u2014' || c == '\u2013' || c == ':' || c == '(' || c == '"';
                    continue;
                }
            }
            if (sentenceCharStart < 0) sentenceCharStart = t.start();
            breaks[words.size()] = pendingBreak || words.size() == sentenceFrom;
            pendingBreak = false;
            starts[words.size()] = t.start();
            ends[words.size()] = t.end();
            words.add(t.kind() == Token.Kind.WORD ? Words.canonical(form) : form);
        }
        if (words.size() > sentenceFrom) {
            sentences.add(new Sentence(sentenceFrom, words.size(), sentenceCharStart, ends[words.size() - 1], false, false));
        }
        int n = words.size();
        return new Text(raw, words, java.util.Arrays.copyOf(starts, n), java.util.Arrays.copyOf(ends, n),
                java.util.Arrays.copyOf(breaks, n), sentences);
    }

    private static boolean isEnd(char c) {
        return c == '.' || c == '?' || c == '!' || c == '\u2026';
    }

    private static boolean isAbbreviation(String w) {
        return switch (w) {
            case "dr", "mr", "mrs", "ms", "st", "vs", "etc", "e", "g", "p", "m", "jr", "sr" -> true;
            default -> false;
        };
    }

    Span span(int fromWord, int toWord) {
        if (fromWord >= toWord) return new Span(0, 0);
        return new Span(wordStart[fromWord], wordEnd[toWord - 1]);
    }

    Span span(Sentence s) {
        return new Span(s.charStart(), s.charEnd());
    }
}
