package org.changetalk.coding;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LexiconTest {

    @Test
    void aWordSetNoRuleReadsIsALoadErrorNamingItsLine() {
        Lexicon lexicon = Lexicon.load("/coding/unread-set-lexicon.txt");
        lexicon.set("stop");

        assertThatThrownBy(lexicon::requireAllRead).isInstanceOf(LexiconError.class)
                .hasMessage("/coding/unread-set-lexicon.txt:5: [set:forgotten] is read by no rule: use it or remove it");
    }

    @Test
    void aWordSetDeclaredTwiceIsALoadErrorNamingBothLines() {
        assertThatThrownBy(() -> Lexicon.load("/coding/twice-set-lexicon.txt")).isInstanceOf(LexiconError.class)
                .hasMessage("/coding/twice-set-lexicon.txt:5: [set:stop] is already declared at /coding/twice-set-lexicon.txt:2: give it a name of its own");
    }

    @Test
    void theBundledLexiconHasNoUnreadSection() {
        // the Coder checks it on construction: every [set:…] is read by some rule
        assertThatCode(Coder::new).doesNotThrowAnyException();
    }
}
