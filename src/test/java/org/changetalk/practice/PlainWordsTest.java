package org.changetalk.practice;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Clinical words read as plain ones before ranking (plain-words.txt); wording our own, not from any judged script. */
class PlainWordsTest {
    private final PlainWords plain = PlainWords.DEFAULT;

    @Test
    void jargonIsReadInTheWordsAClientUses() {
        assertThat(plain.of("How would you characterise the frequency of it?")).isEqualTo("How would you characterise the how often of it?");
        assertThat(plain.of("Which antecedents tend to show up first?")).isEqualTo("Which what happens before tend to show up first?");
        assertThat(plain.of("Walk me through your Dosage.")).isEqualTo("Walk me through your how much you take.");
    }

    @Test
    void aLongerPhraseIsReadWholeAndOnlyOnce() {
        // "protective factors" is one idea, not "protective things"; "harm reduction" is plain already.
        assertThat(plain.of("What protective factors do you have?")).isEqualTo("What what keeps you safe do you have?");
        assertThat(plain.of("Do you use the harm reduction van?")).isEqualTo("Do you use the harm reduction van?");
        assertThat(plain.of("Any reduction since?")).isEqualTo("Any cutting down since?");
    }

    @Test
    void aPrefixMatchesItsEndingsAndWholeWordsOnly() {
        assertThat(plain.of("What were the triggers last time?")).isEqualTo("What were the what sets it off last time?");
        assertThat(plain.of("She's tapering off now.")).isEqualTo("She's cutting down slowly off now.");
        // "unitsy" is no word of the list's, "units" is.
        assertThat(plain.of("about ten units")).isEqualTo("about ten drinks");
        assertThat(plain.of("community")).isEqualTo("community");
    }

    @Test
    void plainTextIsReturnedAsIs() {
        String text = "What's been happening at home?";
        assertThat(plain.of(text)).isSameAs(text);
    }

    @Test
    void aMalformedLineIsNamedAtItsPlace() {
        assertThatThrownBy(() -> PlainWords.read("p.txt", List.of("# c", "frequency how often")))
                .hasMessageStartingWith("p.txt:2:1:");
        assertThatThrownBy(() -> PlainWords.read("p.txt", List.of("tri*gger: what sets it off")))
                .hasMessageStartingWith("p.txt:1:4:");
    }
}
