package org.changetalk.practice;

import org.changetalk.scenario.model.Phrase;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** ClientSentences gives what Contradiction.read gives, reading each line once, and Contradiction answers the same with it. */
class ClientSentencesTest {
    @Test
    void aLineIsReadAsContradictionReadsItAndOnlyOnce() {
        ClientSentences sentences = new ClientSentences();
        for (String s : List.of("My brother's van broke down, again! Never during service.", "I'm NOT going — ok?", "")) {
            List<Contradiction.Said> first = sentences.of(s);
            assertThat(first).isEqualTo(Contradiction.read(s, Phrase::wordsOf));
            assertThat(sentences.of(s)).isSameAs(first);
        }
    }

    @Test
    void contradictionReadsTheSameWithRememberedLines() {
        ClientSentences sentences = new ClientSentences();
        List<String> said = List.of("Never during service. I drink after close.", "The VA cancelled my consult.",
                "And I don't go to the casino on weekdays anymore.");
        List<String> reflections = List.of("So you're saying you drink during service too.", "So the VA finally sorted out your consult.",
                "You drink after close.", "You go to the casino on weekdays.", "So you finally got the consult booked.");
        int found = 0;
        for (String reflection : reflections) {
            for (int round = 0; round < 2; round++) {
                assertThat(Contradiction.of(reflection, said, sentences::of)).isEqualTo(Contradiction.of(reflection, said));
            }
            found += Contradiction.of(reflection, said).isPresent() ? 1 : 0;
        }
        assertThat(found).as("the reflections exercise both readings").isGreaterThanOrEqualTo(2);
    }
}
