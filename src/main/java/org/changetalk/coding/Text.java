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
    /**
     * The text as first read, disfluencies and all (this text itself unless it is {@link #without} some words): the
     * client coder's learned layer was fitted on turns read that way, so it is given them (Coder).
     */
    final Text spoken;
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
        this(raw, words, wordStart, wordEnd, breakBefore, sentences, vocabulary, numbers, null);
    }

    private Text(String raw, List<String> words, int[] wordStart, int[] wordEnd, boolean[] breakBefore,
                 List<Sentence> sentences, Vocabulary vocabulary, int[] numbers, Text spoken) {
        this.spoken = spoken == null ? this : spoken;
        this.raw = raw;
        // immutable: the rules read words by index hundreds of times a turn, mostly through a sentence's sub-list,
        // and an ArrayList's sub-list checks for concurrent change on every read (docs/benchmarks.md section 28)
        this.words = List.copyOf(words);
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
        return vocabulary == null ? fromTokens(raw, null) : new Reader(raw, vocabulary).read();
    }

    /**
     * The same reading through {@link Tokenizer#tokenize}'s tokens: the text with no vocabulary, and the reference the
     * vocabulary's one-pass reading ({@link Reader}) is checked against (PhraseTrieTest).
     */
    static Text fromTokens(String raw, Vocabulary vocabulary) {
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

    /**
     * Reads a text with a vocabulary in one pass over its characters, as {@link #fromTokens} reads {@link Tokenizer}'s
     * tokens (the same words, spans, breaks and sentences), without a {@link Token} or a lower-cased copy per word: a
     * word the vocabulary holds is looked up straight from the text ({@link Vocabulary#numberOfRaw(String, int, int)})
     * and given the vocabulary's own spelling. Every turn the coder codes is read here (the coder's largest single cost
     * after the rules was building and dropping the tokens, docs/benchmarks.md section 24).
     */
    private static final class Reader {
        private final String raw;
        private final Vocabulary vocabulary;
        private final List<String> words;
        private int[] starts, ends, numbers;
        private boolean[] breaks;
        private final List<Sentence> sentences = new ArrayList<>(4);
        private int sentenceFrom, sentenceCharStart = -1;
        private boolean pendingBreak;

        Reader(String raw, Vocabulary vocabulary) {
            this.raw = raw;
            this.vocabulary = vocabulary;
            int capacity = raw.length() / 4 + 4; // as Tokenizer sizes its list
            this.words = new ArrayList<>(capacity);
            this.starts = new int[capacity];
            this.ends = new int[capacity];
            this.numbers = new int[capacity];
            this.breaks = new boolean[capacity];
        }

        Text read() {
            int n = raw.length();
            int i = 0;
            while (i < n) {
                char c = raw.charAt(i);
                if (Character.isWhitespace(c)) {
                    i++;
                } else if (Character.isLetter(c)) {
                    int start = i;
                    i = Tokenizer.wordEnd(raw, start);
                    int number = vocabulary.numberOfRaw(raw, start, i);
                    if (number == Vocabulary.UNREAD) {
                        number = vocabulary.numberOfRaw(Tokenizer.normalise(raw.substring(start, i)));
                    }
                    add(start, i, number, number < 0 ? Tokenizer.normalise(raw.substring(start, i)) : null);
                } else if (Character.isDigit(c)) {
                    int start = i;
                    i = Tokenizer.numberEnd(raw, start);
                    String form = raw.substring(start, i);
                    add(start, i, vocabulary.number(form), form);
                } else {
                    i = punctuation(c, i);
                }
            }
            if (words.size() > sentenceFrom) {
                sentences.add(new Sentence(sentenceFrom, words.size(), sentenceCharStart, ends[words.size() - 1], false, false));
            }
            int w = words.size();
            return new Text(raw, words, java.util.Arrays.copyOf(starts, w), java.util.Arrays.copyOf(ends, w),
                    java.util.Arrays.copyOf(breaks, w), sentences, vocabulary, java.util.Arrays.copyOf(numbers, w));
        }

        /** The punctuation mark at {@code at}: a sentence's end, a clause break, or (% and $) a word. Where to go on. */
        private int punctuation(char c, int at) {
            if (c == '.' || c == '?' || c == '!' || c == ';' || c == '\u2026') {
                // "Dr. Smith", "a.m.": a full stop after a short abbreviation does not end a sentence
                if (c == '.' && !words.isEmpty() && sentenceFrom < words.size()
                        && isAbbreviation(words.get(words.size() - 1)) && ends[words.size() - 1] == at) {
                    return at + 1;
                }
                boolean q = c == '?';
                boolean ex = c == '!';
                int end = at + 1;
                // the punctuation marks right after it (spaces between them skipped, as between tokens) end it too
                for (int j = end; ; ) {
                    while (j < raw.length() && Character.isWhitespace(raw.charAt(j))) j++;
                    if (j == raw.length()) break;
                    char d = raw.charAt(j);
                    if (Character.isLetter(d) || Character.isDigit(d) || !isEnd(d)) break;
                    q |= d == '?';
                    ex |= d == '!';
                    end = ++j;
                }
                if (words.size() > sentenceFrom) {
                    sentences.add(new Sentence(sentenceFrom, words.size(), sentenceCharStart, end, q, ex));
                } else if (!sentences.isEmpty() && q) {
                    // a stray "?" after a closing quote or dash still marks the sentence before as a question
                    Sentence last = sentences.remove(sentences.size() - 1);
                    sentences.add(new Sentence(last.from(), last.to(), last.charStart(), end, true, last.exclaim()));
                }
                sentenceFrom = words.size();
                sentenceCharStart = -1;
                pendingBreak = false;
                return end;
            }
            if (c != '%' && c != '$') {
                pendingBreak |= c == ',' || c == '-' || c == '\u2014' || c == '\u2013' || c == ':' || c == '(' || c == '"';
                return at + 1;
            }
            String form = String.valueOf(c);
            add(at, at + 1, vocabulary.number(form), form);
            return at + 1;
        }

        /** A word [start, end) with its number (-1: not in the vocabulary, then {@code form} is its spelling). */
        private void add(int start, int end, int number, String form) {
            int w = words.size();
            if (w == starts.length) {
                int grown = w * 2;
                starts = java.util.Arrays.copyOf(starts, grown);
                ends = java.util.Arrays.copyOf(ends, grown);
                numbers = java.util.Arrays.copyOf(numbers, grown);
                breaks = java.util.Arrays.copyOf(breaks, grown);
            }
            if (sentenceCharStart < 0) sentenceCharStart = start;
            breaks[w] = pendingBreak || w == sentenceFrom;
            pendingBreak = false;
            starts[w] = start;
            ends[w] = end;
            numbers[w] = number;
            words.add(number < 0 ? form : vocabulary.form(number));
        }
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

    /**
     * This text without the words marked in {@code drop} ({@link Disfluency}): the words kept keep their character
     * spans, and each sentence its character range, so what an utterance says is still the text as written. A kept
     * word after dropped ones starts a clause where the first of them did ("so what— what made you": the dash stays).
     */
    Text without(boolean[] drop) {
        int n = words.size();
        int[] newIndex = new int[n + 1];
        List<String> keptWords = new ArrayList<>(n);
        int[] starts = new int[n], ends = new int[n], nums = numbers == null ? null : new int[n];
        boolean[] breaks = new boolean[n];
        boolean pending = false;
        for (int i = 0; i < n; i++) {
            newIndex[i] = keptWords.size();
            if (drop[i]) {
                pending |= breakBefore[i];
                continue;
            }
            int k = keptWords.size();
            keptWords.add(words.get(i));
            starts[k] = wordStart[i];
            ends[k] = wordEnd[i];
            if (nums != null) nums[k] = numbers[i];
            breaks[k] = breakBefore[i] || pending;
            pending = false;
        }
        newIndex[n] = keptWords.size();
        List<Sentence> kept = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            int from = newIndex[s.from()], to = newIndex[s.to()];
            if (to > from) kept.add(new Sentence(from, to, s.charStart(), s.charEnd(), s.question(), s.exclaim()));
        }
        int m = keptWords.size();
        return new Text(raw, keptWords, java.util.Arrays.copyOf(starts, m), java.util.Arrays.copyOf(ends, m),
                java.util.Arrays.copyOf(breaks, m), kept, vocabulary, nums == null ? null : java.util.Arrays.copyOf(nums, m), spoken);
    }

    /**
     * This text with {@code word} read before each word index in {@code before} (ascending): a word said but left
     * unspoken, such as the "I" of a spoken "Tried it." ({@link ClientSignals}). The added word has no characters of
     * its own (its span is empty, at the start of the word after it), so every span still points into {@link #raw}.
     */
    Text withWordBefore(int[] before, String word) {
        int n = words.size(), m = n + before.length;
        List<String> all = new ArrayList<>(m);
        int[] starts = new int[m], ends = new int[m], nums = numbers == null ? null : new int[m];
        boolean[] breaks = new boolean[m];
        int[] newIndex = new int[n + 1];
        int number = vocabulary == null ? -1 : vocabulary.number(word);
        int b = 0;
        for (int i = 0; i < n; i++) {
            if (b < before.length && before[b] == i) {
                int k = all.size();
                all.add(word);
                starts[k] = ends[k] = wordStart[i];
                if (nums != null) nums[k] = number;
                breaks[k] = breakBefore[i];
                b++;
                newIndex[i] = k;
            } else {
                newIndex[i] = all.size();
            }
            int k = all.size();
            all.add(words.get(i));
            starts[k] = wordStart[i];
            ends[k] = wordEnd[i];
            if (nums != null) nums[k] = numbers[i];
            breaks[k] = breakBefore[i] && newIndex[i] == k;
        }
        newIndex[n] = all.size();
        List<Sentence> moved = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            moved.add(new Sentence(newIndex[s.from()], newIndex[s.to()], s.charStart(), s.charEnd(), s.question(), s.exclaim()));
        }
        return new Text(raw, all, starts, ends, breaks, moved, vocabulary, nums, spoken);
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
