package org.changetalk.practice;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link WordStartPattern} tries a pattern only where a match of it can begin, which must give {@code find()}'s answer:
 * checked for every pattern of moves.txt, cues-on-demand.txt and intents.txt over every line of the shipped scenarios and
 * the practice scripts, as written, upper-cased and behind odd neighbours (an apostrophe, a digit, an underscore, an
 * accented letter, a combining mark).
 */
class WordStartPatternTest {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    @Test
    void readsWhereEachAlternativeCanBegin() {
        assertThat(shape("\\b(scale|ruler)\\b")).containsExactly("words:RSrs");
        assertThat(shape("\\bon your mind\\b|\\bwhat brings you\\b")).containsExactly("words:Oo", "words:Ww");
        assertThat(shape("\\b(\\d+|zero|one) (and|rather than) not\\b")).containsExactly("words:0123456789OZoz");
        assertThat(shape("\\b(?:i'?m|i am) sorry\\b")).containsExactly("words:Ii");
        assertThat(shape("\\b(Scale|ruler)\\b|\\b\\d+ out of")).containsExactly("words:RSrs", "words:0123456789");
        // an optional first atom: what follows it may begin the match too
        assertThat(shape("\\b(feel )?(a (bit|little) )?more confident\\b")).containsExactly("words:AFMafm");
        assertThat(shape("\\bs?he\\b")).containsExactly("words:HShs");
        // the text's start, or a sentence's; a look-behind before the first character; a class
        assertThat(shape("^\\W*(yeah|yes)\\b")).containsExactly("start:");
        assertThat(shape("(^|[.!?]\\s+)\\W*you")).containsExactly("start:!.?");
        assertThat(shape("(?<![-\\w])(\\d+|two)[- ]days")).containsExactly("chars:0123456789Tt");
        assertThat(shape("\\bone|two")).containsExactly("words:Oo", "chars:Tt");
        assertThat(shape("\\b[a-c_]+x")).containsExactly("words:ABC_abc");
        assertThat(shape("\\b(?=x)x")).containsExactly("words:Xx");
        assertThat(shape("\\b[a-z]?\\.")).containsExactly("chars:.ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");
        // not read: searched everywhere
        assertThat(shape("\\b(one|)")).containsExactly("find");
        assertThat(shape("\\b\\p{L}x")).containsExactly("find");
        assertThat(shape("\\bé")).containsExactly("find");
        assertThat(shape("[\\.-z]x")).containsExactly("find");
        assertThat(shape("\\b(?<w>one)")).containsExactly("find");
        // not split: alternatives that need each other
        assertThat(shape("(a)x|\\1y")).containsExactly("find");
        assertThat(shape("(?i)one|two")).containsExactly("find");
    }

    @Test
    void readsTheFirstCharactersOfEachWayAMatchCanBegin() {
        assertThat(ways("\\b(is not|isn'?t) your\\b", 'i')).containsExactlyInAnyOrder("is ", "isn");
        assertThat(ways("\\b(is not|isn'?t) your\\b", 'I')).containsExactlyInAnyOrder("is ", "isn");
        assertThat(ways("\\b(is not|isn'?t) your\\b", 'y')).isNull();
        assertThat(ways("\\bi\\b", 'i')).containsExactly("i");
        assertThat(ways("\\bso+rry", 's')).containsExactlyInAnyOrder("sor", "soo");
        assertThat(ways("\\b(a )?(big|\\d{2,})", 'a')).containsExactlyInAnyOrder("a b", "a 9");
        assertThat(ways("\\b(a )?(big|\\d{2,})", '1')).containsExactlyInAnyOrder("99", "999");
        assertThat(ways("(?<![-\\w])no(?! ago)\\b", 'n')).containsExactly("no");
        // a quantified part that may consume nothing and loop, a line anchor: not read (the first character decides)
        assertThat(WordStartPattern.Prefixes.byFirst("(a*)*b", true)).isNull();
        assertThat(WordStartPattern.Prefixes.byFirst("(^|x)y", true)).isNull();
        assertThat(WordStartPattern.Prefixes.byFirst("\\p{L}y", true)).isNull();
    }

    /** The ways a match can begin with the character c, each written with the greatest character of each position's set. */
    private static List<String> ways(String regex, char c) {
        boolean[][][] ways = WordStartPattern.Prefixes.byFirst(regex, true)[c];
        return ways == null ? null : java.util.Arrays.stream(ways).map(w -> java.util.Arrays.stream(w)
                .map(set -> String.valueOf((char) java.util.stream.IntStream.range(0, 128).filter(k -> set[k]).max().orElse('?')))
                .collect(java.util.stream.Collectors.joining())).distinct().toList();
    }

    /** Each part as "words:", "chars:" or "start:" and the ASCII characters it can begin with, or "find". */
    private static List<String> shape(String regex) {
        return WordStartPattern.compile(regex, FLAGS).parts().stream().map(p -> p.first() == null ? "find"
                : (p.wordStart() ? "words:" : p.atZero() ? "start:" : "chars:")
                + java.util.stream.IntStream.range(0, 128).filter(c -> p.first()[c])
                        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)).toList();
    }

    @Test
    void findsWhatFindFindsForEveryPatternAndLine() throws IOException {
        List<String> patterns = new ArrayList<>();
        for (String file : List.of("moves.txt", "cues-on-demand.txt")) {
            patterns.addAll(Resources.lines(file).stream().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).map(l -> l.substring(l.indexOf(':') + 1).strip()).toList());
        }
        // and the question intents' ways of asking and answer shapes (not their topics or requirements)
        patterns.addAll(Resources.lines("intents.txt").stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .filter(l -> !l.substring(0, l.indexOf(':')).contains(".") || l.startsWith(l.substring(0, l.indexOf('.')) + ".answer:")
                        || l.startsWith(l.substring(0, l.indexOf('.')) + ".not:"))
                .map(l -> l.substring(l.indexOf(':') + 1).strip()).toList());
        List<String> texts = texts();
        assertThat(texts).hasSizeGreaterThan(1_000);
        List<WordStartPattern.Scan> scans = texts.stream().map(WordStartPattern::scan).toList();
        List<String> differences = new ArrayList<>();
        int fast = 0;
        int matches = 0;
        for (String regex : patterns) {
            WordStartPattern cue = WordStartPattern.compile(regex, FLAGS);
            fast += cue.atWordStarts() ? 1 : 0;
            Pattern plain = Pattern.compile(regex, FLAGS);
            for (int i = 0; i < texts.size(); i++) {
                boolean expected = plain.matcher(texts.get(i)).find();
                matches += expected ? 1 : 0;
                if (cue.foundIn(scans.get(i)) != expected) {
                    differences.add(regex + " in \"" + texts.get(i) + "\": find() says " + expected);
                }
            }
        }
        assertThat(differences).isEmpty();
        assertThat(fast).as("patterns tried at word starts only").isGreaterThan(patterns.size() * 3 / 4);
        assertThat(matches).as("the texts exercise the patterns").isGreaterThan(150);
    }

    /** Every quoted string of the shipped scenarios and every line of the practice scripts, and variants of each. */
    private static List<String> texts() throws IOException {
        List<String> base = new ArrayList<>(List.of("", "1 to 10", "on a scale of 0-10", "I'm sorry", "3and not a 0",
                "why a 3?", "x_one to ten", "éone to ten", "e\u0301one to ten", "\uD835\uDC00one to ten"));
        Pattern quoted = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("scenarios")), Files.walk(Path.of("src/test/resources/practice")))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String content = Files.readString(f);
                if (f.toString().endsWith(".json")) {
                    Matcher m = quoted.matcher(content);
                    while (m.find()) {
                        base.add(m.group(1));
                    }
                } else {
                    base.addAll(content.lines().toList());
                }
            }
        }
        List<String> out = new ArrayList<>();
        List<String> distinct = base.stream().distinct().toList();
        // every fourth text (or fewer, so that at most about 2,500 are tried: each judged round adds a thousand
        // transcript lines, and the test took 67 s once they had piled up), and odd neighbours on every fourth of
        // those: a second of work, not a minute
        int stride = Math.max(4, distinct.size() / 2_500);
        for (int i = 0; i < distinct.size(); i += stride) {
            String t = distinct.get(i);
            out.add(t);
            if (i % (4 * stride) != 0) {
                continue;
            }
            out.add(t.toUpperCase(Locale.ROOT));
            out.add("'" + t);
            out.add("9" + t);
            out.add("_" + t);
            out.add("é" + t);
            out.add("e\u0301" + t.replace(' ', '\u0301'));
        }
        return out;
    }
}
