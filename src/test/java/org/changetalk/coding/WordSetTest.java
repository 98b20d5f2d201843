package org.changetalk.coding;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The per-turn word set answers as a HashSet of the same words does, through growth and repeats. */
class WordSetTest {

    @Test
    void answersAsAHashSetDoes() {
        Lexicon lexicon = Lexicon.load("lexicon.txt", "lexicon-client.txt");
        List<String> words = new java.util.ArrayList<>(lexicon.set("stop"));
        words.addAll(lexicon.set("feeling"));
        words.addAll(List.of("drink", "drink", "", "Drink", "drinking"));
        WordSet set = new WordSet(2); // far too small: it must grow many times
        Set<String> reference = new HashSet<>();
        for (String w : words) {
            assertThat(set.add(w)).as(w).isEqualTo(reference.add(w));
            assertThat(set).hasSize(reference.size());
        }
        assertThat(set).containsExactlyInAnyOrderElementsOf(reference);
        for (String probe : List.of("drink", "drinks", "DRINK", "", "zzz", "scared")) {
            assertThat(set.contains(probe)).as(probe).isEqualTo(reference.contains(probe));
        }
        assertThat(set.contains(42)).isFalse();
        assertThat(set).isEqualTo(reference);
    }
}
