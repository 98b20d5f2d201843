package org.changetalk.coding;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the speech clean-up takes out of a turn's words, and what it leaves: the text and its spans as said. */
class DisfluencyTest {
    private static final Lexicon LEXICON = Lexicon.load("lexicon.txt", "lexicon-client.txt", "lexicon-speech.txt");
    private static final Disfluency DISFLUENCY = new Disfluency(LEXICON);

    private static Text clean(String raw) {
        return DISFLUENCY.clean(Text.of(raw, LEXICON.vocabulary()));
    }

    @Test
    void takesOutHesitationsRepeatsAndFalseStarts() {
        assertThat(clean("It sounds, um, like you miss it.").words).containsExactly("it", "sounds", "like", "you", "miss", "it");
        assertThat(clean("You you said the rent scares you.").words).containsExactly("you", "said", "the", "rent", "scares", "you");
        assertThat(clean("You've been, uh, been walking.").words).containsExactly("you've", "been", "walking");
        assertThat(clean("so what we'll, uh, what we'll do is start").words).containsExactly("so", "what", "we'll", "do", "is", "start");
        assertThat(clean("what made— what got you here").words).containsExactly("what", "got", "you", "here");
        assertThat(clean("and, like, that mattered to you").words).containsExactly("and", "that", "mattered", "to", "you");
    }

    @Test
    void leavesWhatGoodSpeechSays() {
        Text plain = Text.of("I know that that is hard, and it sounds like, honestly, a lot.", LEXICON.vocabulary());
        // "that that" is said on purpose, "sounds like," has no comma before "like": nothing to drop, the same text
        assertThat(DISFLUENCY.clean(plain)).isSameAs(plain);
        // a sentence that is only a hesitation stays what it is, a filler
        Text um = clean("Um. Okay.");
        assertThat(um.words).containsExactly("um", "okay");
        assertThat(um.sentences).hasSize(2);
    }

    @Test
    void keepsTheCharactersAndSpansOfWhatWasSaid() {
        String raw = "Uh, I can, uh, set you up. You you said so.";
        Text t = clean(raw);
        assertThat(t.raw).isEqualTo(raw);
        assertThat(t.sentences).hasSize(2);
        // each sentence still spans its words as written, hesitations included
        assertThat(t.span(t.sentences.get(0)).of(raw)).isEqualTo("Uh, I can, uh, set you up.");
        assertThat(t.span(t.sentences.get(1)).of(raw)).isEqualTo("You you said so.");
        List<String> words = t.words;
        assertThat(words).containsExactly("i", "can", "set", "you", "up", "you", "said", "so");
        assertThat(raw.substring(t.wordStart[5], t.wordEnd[5])).isEqualTo("you"); // the second copy is the one kept
        assertThat(t.wordStart[5]).isEqualTo(raw.indexOf("you said"));
    }
}
