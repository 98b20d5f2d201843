package org.changetalk.coding;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The shared-node phrase graph: alternatives share nodes, and a later phrase never widens an earlier one. */
class PhraseTrieTest {

    private static PhraseTrie.Segment alt(String... words) {
        return new PhraseTrie.Segment(java.util.Arrays.stream(words).map(w -> List.of(w.split(" "))).toList(), false);
    }

    private static PhraseTrie.Segment word(String w) {
        return alt(w);
    }

    private static List<String> cues(PhraseTrie trie, String text) {
        return trie.matchAll(List.of(text.split(" "))).stream().map(m -> m.cue() + "@" + m.from() + "-" + m.to()).toList();
    }

    @Test
    void alternativesMatchEachWay() {
        PhraseTrie trie = new PhraseTrie();
        trie.add(List.of(alt("you", "you really"), alt("should", "ought to")), Cue.PERSUADE, false);

        assertThat(cues(trie, "you should")).containsExactly("PERSUADE@0-2");
        assertThat(cues(trie, "so you really ought to go")).containsExactly("PERSUADE@1-5");
        assertThat(cues(trie, "you could")).isEmpty();
    }

    @Test
    void aLaterPhraseThroughASharedNodeDoesNotLeakToTheOtherAlternatives() {
        PhraseTrie trie = new PhraseTrie();
        trie.add(List.of(alt("a", "b"), word("c")), Cue.AFFIRM, false);
        trie.add(List.of(word("a"), word("d")), Cue.CONFRONT, false);

        assertThat(cues(trie, "a c")).containsExactly("AFFIRM@0-2");
        assertThat(cues(trie, "b c")).containsExactly("AFFIRM@0-2");
        assertThat(cues(trie, "a d")).containsExactly("CONFRONT@0-2");
        assertThat(cues(trie, "b d")).as("'b' shared a node with 'a' before 'a d' was added").isEmpty();
    }

    @Test
    void optionalSegmentsAndWildcards() {
        PhraseTrie trie = new PhraseTrie();
        trie.add(List.of(word("it's"), new PhraseTrie.Segment(List.of(List.of("really")), true), word("up"), word("to"), word("you")),
                Cue.AUTONOMY, false);
        trie.add(List.of(word("it's"), word("*"), word("from"), word("the"), word("clinic")), Cue.STRUCTURING, false);

        assertThat(cues(trie, "it's up to you")).containsExactly("AUTONOMY@0-4");
        assertThat(cues(trie, "it's really up to you")).containsExactly("AUTONOMY@0-5");
        assertThat(cues(trie, "it's dana from the clinic")).containsExactly("STRUCTURING@0-5");
    }

    @Test
    void anchoredPhrasesAreMarkedSoTheRulesCanKeepThemToTheSentenceStart() {
        PhraseTrie trie = new PhraseTrie();
        trie.add(List.of(word("stop"), word("drinking")), Cue.PERSUADE, true);

        List<Match> matches = trie.matchAll(List.of("you", "want", "to", "stop", "drinking"));
        assertThat(matches).singleElement().satisfies(m -> assertThat(m.anchored()).isTrue());
    }

    @Test
    void theBundledLexiconLoadsAndAMistakeNamesItsLine() {
        Lexicon lexicon = Lexicon.load("lexicon.txt", "lexicon-client.txt");
        assertThat(lexicon.lineCount()).isGreaterThan(500);
        assertThat(lexicon.set("feeling")).contains("scared", "stuck");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Lexicon.load("/coding/bad-lexicon.txt"))
                .isInstanceOf(LexiconError.class)
                .hasMessage("/coding/bad-lexicon.txt:4: unknown cue section [NOT_A_CUE]");
    }

    @Test
    void aBareWordWithAQuestionMarkIsALoadErrorNotALiteral() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Lexicon.load("/coding/bad-optional-lexicon.txt"))
                .isInstanceOf(LexiconError.class)
                .hasMessage("/coding/bad-optional-lexicon.txt:3: 'be?' is not optional: write {be}?");
    }

    @Test
    void aWordThatAlsoStartsALongerAlternativeOfItsGroupStillMatchesAlone() {
        // regression: "{no|nope|no way}" lost the bare "no" (the longer alternative copied the shared node away)
        PhraseTrie trie = new PhraseTrie();
        trie.add(List.of(alt("no", "nope", "nah", "no way")), Cue.REPLY_DISAGREE, false);

        assertThat(cues(trie, "no")).containsExactly("REPLY_DISAGREE@0-1");
        assertThat(cues(trie, "nope")).containsExactly("REPLY_DISAGREE@0-1");
        assertThat(cues(trie, "no way")).contains("REPLY_DISAGREE@0-2");
    }

    /**
     * Regression: with copy on write, a later line could take a node an earlier line still needed ("that's a
     * strong…" stopped matching once other "that's …" lines were added), and which line lost depended on the
     * identity-hash order of the nodes, so the coder differed from run to run. Every alternative of every line of
     * the bundled lexicons must match, spelled out one alternative at a time, with and without its optional parts.
     */
    @Test
    void everyAlternativeOfEveryBundledLineMatches() {
        Lexicon lexicon = Lexicon.load("lexicon.txt", "lexicon-client.txt");
        PhraseTrie trie = lexicon.trie();
        List<String> lost = new java.util.ArrayList<>();
        for (Lexicon.Entry e : lexicon.entries()) {
            List<PhraseTrie.Segment> segs = e.segments();
            for (int k = 0; k < segs.size(); k++) {
                for (int a = 0; a < segs.get(k).alternatives().size(); a++) {
                    for (boolean withOptional : new boolean[] {true, false}) {
                        List<String> words = new java.util.ArrayList<>();
                        for (int j = 0; j < segs.size(); j++) {
                            PhraseTrie.Segment s = segs.get(j);
                            if (j != k && s.optional() && !withOptional) continue;
                            for (String w : s.alternatives().get(j == k ? a : 0)) words.add(w.equals(PhraseTrie.ANY) ? "zzz" : w);
                        }
                        boolean found = trie.matchAll(words).stream()
                                .anyMatch(m -> m.cue() == e.cue() && m.from() == 0 && m.to() == words.size());
                        if (!found) lost.add(e.cue() + ": " + String.join(" ", words));
                    }
                }
            }
        }
        assertThat(lost).isEmpty();
    }

    /**
     * A text read with the lexicon's vocabulary is matched by word number: it must find exactly what its words find,
     * in the same order, and its words must be spelled as {@link Words#canonical} spells them (respellings such as
     * "dont", numbers, and words the lexicon lacks included). Over every turn of the coder's case files.
     */
    @Test
    void aTextReadWithTheVocabularyMatchesAsItsWordsDo() throws java.io.IOException {
        Lexicon lexicon = Lexicon.load("lexicon.txt", "lexicon-client.txt");
        List<PhraseTrie> tries = List.of(lexicon.trie(), lexicon.trie(java.util.EnumSet.of(Cue.REPLY_AGREE, Cue.REPLY_DISAGREE)));
        List<String> lines = new java.util.ArrayList<>();
        for (String file : List.of("cases.txt", "cases-client.txt", "cases-consistent.txt", "cases-counselor.txt", "cases-inconsistent.txt")) {
            try (var in = PhraseTrieTest.class.getResourceAsStream("/coding/" + file)) {
                for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                    if (line.startsWith("client:") || line.startsWith("counselor:")) lines.add(line.substring(line.indexOf(':') + 1));
                }
            }
        }
        lines.add("I dont know, OK? Its like 3 or 4 beers, 100% of the time \u2014 cuz I\u2019m DONE. Dr. Smith said so, ya know.");
        // the one-pass reader's corners: stray and repeated end marks, abbreviations, accents, dotted capitals, numbers
        lines.add("\"Really?\" ? ! So... you're SURE; Mr. Lee said $40, 1,000.5 or 2.3.4 \u2026 Tom\u00e1s \u0130STANBUL x-ray don\u2018t e.g. OK");
        lines.add("?! . Wait -- what? \u2018Quit\u2019 (he said): \u2013 fine!!! 50% a.m. p.m. Ms. \u00c9lodie's co-op; rock'n'roll \ud83d\ude00 end?");
        int matches = 0;
        for (String line : lines) {
            Text plain = Text.of(line);
            Text numbered = Text.of(line, lexicon.vocabulary());
            // the vocabulary's one-pass reading is the token-by-token reading, field by field
            Text tokens = Text.fromTokens(line, lexicon.vocabulary());
            assertThat(numbered.words).as(line).isEqualTo(tokens.words);
            assertThat(numbered.numbers).as(line).isEqualTo(tokens.numbers);
            assertThat(numbered.wordStart).as(line).isEqualTo(tokens.wordStart);
            assertThat(numbered.wordEnd).as(line).isEqualTo(tokens.wordEnd);
            assertThat(numbered.breakBefore).as(line).isEqualTo(tokens.breakBefore);
            assertThat(numbered.sentences).as(line).isEqualTo(tokens.sentences);
            for (int i = 0; i < numbered.words.size(); i++) {
                if (numbered.numbers[i] >= 0) assertThat(numbered.words.get(i)).as(line).isSameAs(tokens.words.get(i)); // the lexicon's own
            }
            assertThat(numbered.words).as(line).isEqualTo(plain.words);
            for (Text.Sentence s : numbered.sentences) {
                for (PhraseTrie trie : tries) {
                    List<Match> byNumber = trie.matchAll(numbered, s.from(), s.to());
                    assertThat(byNumber).as(line).isEqualTo(trie.matchAll(plain.words.subList(s.from(), s.to())));
                    matches += byNumber.size();
                }
            }
        }
        assertThat(lines).hasSizeGreaterThan(400);
        assertThat(matches).isGreaterThan(1000);
    }
}
