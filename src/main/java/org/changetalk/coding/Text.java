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
    /** The vocabulary the words were looked up in (null: none), and each word's number there (-1: not in it). */
    final Vocabulary vocabulary;
    final int[] numbers;
    /** Each word's stem, made when first asked for (several rules compare stems with the client's). */
    private String[] stems;

    /** A sentence: words [from, to) and how it ended. */
    record Sentence(int from, int to, int charStart, int charEnd, boolean question, boolean exclaim) {
        int size() {
            return to - from;
        }
    }

    private Text(String raw, List<String> words, int[] wordStart, int[] wordEnd, boolean[] breakBefore,
                 List<Sentence> sentences, Vocabulary vocabulary, int[] numbers) {
        this.raw = raw;
        this.words = words;
        this.wordStart = wordStart;
        this.wordEnd = wordEnd;
        this.breakBefore = breakBefore;
        this.sentences = sentences;
        this.vocabulary = vocabulary;
        this.numbers = numbers;
    }

    /** The text with no vocabulary: phrase matching looks its words up in each phrase graph's own. */
    static Text of(String raw) {
        return of(raw, null);
    }

    /**
     * The text with its words looked up once in the lexicon's vocabulary: their canonical spelling and number come
     * from the same look-up, and every phrase graph of that lexicon matches by number.
     */
    static Text of(String raw, Vocabulary vocabulary) {
        List<Token> tokens = Tokenizer.tokenize(raw);
        List<String> words = new ArrayList<>(tokens.size());
        int[] starts = new int[tokens.size()];
        int[] ends = new int[tokens.size()];
        boolean[] breaks = new boolean[tokens.size()];
        int[] numbers = vocabulary == null ? null : new int[tokens.size()];
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
            if (vocabulary == null) {
                words.add(t.kind() == Token.Kind.WORD ? Words.canonical(form) : form);
            } else {
                // one look-up for both: a word the vocabulary lacks is no respelling either, so it stays as it is
                int number = t.kind() == Token.Kind.WORD ? vocabulary.numberOfRaw(form) : vocabulary.number(form);
                numbers[words.size()] = number;
                words.add(number < 0 ? form : vocabulary.form(number));
            }
        }
        if (words.size() > sentenceFrom) {
            sentences.add(new Sentence(sentenceFrom, words.size(), sentenceCharStart, ends[words.size() - 1], false, false));
        }
        int n = words.size();
        return new Text(raw, words, java.util.Arrays.copyOf(starts, n), java.util.Arrays.copyOf(ends, n),
                java.util.Arrays.copyOf(breaks, n), sentences, vocabulary, numbers == null ? null : java.util.Arrays.copyOf(numbers, n));
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

    /** {@link Words#stem} of word {@code i}: the vocabulary's when the word is in it, else made once here. */
    String stem(int i) {
        String[] s = stems;
        if (s == null) stems = s = new String[words.size()];
        String stem = s[i];
        if (stem == null) {
            stem = numbers != null && numbers[i] >= 0 ? vocabulary.stem(numbers[i]) : Words.stem(words.get(i));
            s[i] = stem;
        }
        return stem;
    }

    Span span(int fromWord, int toWord) {
        if (fromWord >= toWord) return new Span(0, 0);
        return new Span(wordStart[fromWord], wordEnd[toWord - 1]);
    }

    Span span(Sentence s) {
        return new Span(s.charStart(), s.charEnd());
    }
}
