package org.changetalk.practice;

import org.changetalk.scenario.model.Phrase;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** SentenceWords gives what Phrase.wordsOf gives, reading each sentence once. */
class SentenceWordsTest {
    @Test
    void theWordsAreThoseOfPhraseWordsOfAndASentenceIsReadOnce() {
        SentenceWords words = new SentenceWords();
        for (String s : List.of("My brother's van broke down, again!", "Never during service.", "I'm NOT going — ok?", "")) {
            List<String> first = words.of(s);
            assertThat(first).isEqualTo(Phrase.wordsOf(s));
            assertThat(words.of(s)).isSameAs(first);
        }
    }

    @Test
    void contradictionReadsTheSameWithRememberedWords() {
        SentenceWords words = new SentenceWords();
        List<String> said = List.of("Never during service. I drink after close.", "The VA cancelled my consult.");
        for (String reflection : List.of("So you're saying you drink during service too.", "So the VA finally sorted out your consult.",
                "You drink after close.")) {
            for (int round = 0; round < 2; round++) {
                assertThat(Contradiction.of(reflection, said, words::of)).isEqualTo(Contradiction.of(reflection, said));
            }
        }
    }
}
