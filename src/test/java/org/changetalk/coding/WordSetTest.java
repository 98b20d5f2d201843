package org.changetalk.coding;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The per-turn word set answers as a HashSet of the same words does, through growth and repeats; the lexicon's frozen
 * sets keep their source's order and hold the vocabulary's own instances, and cannot be changed.
 */
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

    @Test
    void aFrozenSetKeepsItsSourcesOrderAndTheVocabularysInstances() {
        Lexicon lexicon = Lexicon.load("lexicon.txt", "lexicon-client.txt");
        Vocabulary vocabulary = lexicon.vocabulary();
        // a copy whose strings are not the vocabulary's (new String), with a word it lacks and a repeat
        List<String> source = new java.util.ArrayList<>();
        for (String w : lexicon.set("feeling")) source.add(new String(w));
        source.addAll(List.of(new String("zzzq"), new String(source.get(0))));
        WordSet set = WordSet.frozen(source, vocabulary);

        assertThat(set).containsExactlyElementsOf(new java.util.LinkedHashSet<>(source)); // same words, same order
        for (String w : set) {
            int number = vocabulary.number(w);
            if (number >= 0) assertThat(w).as(w).isSameAs(vocabulary.form(number));
        }
        Text text = Text.of("I feel scared and zzzq.", vocabulary);
        assertThat(text.words).filteredOn(set::contains).containsExactly("scared", "zzzq");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> set.add("new"))
                .isInstanceOf(UnsupportedOperationException.class);
        // the lexicon hands out its sets frozen, in the order it read them
        assertThat(lexicon.set("feeling")).isInstanceOf(WordSet.class);
    }
}
