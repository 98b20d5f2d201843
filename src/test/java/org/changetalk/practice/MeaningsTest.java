package org.changetalk.practice;

import org.changetalk.coding.SentenceEmbedder;
import org.changetalk.scenario.library.ScenarioLibrary;
import org.changetalk.scenario.model.Conversation;
import org.changetalk.scenario.read.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A turn's meaning costs a model run only when something reads it, and at most one however much is read: the web turn's
 * CPU on 2 cores is mostly that run (docs/benchmarks.md §34–§35).
 */
class MeaningsTest {
    private final List<String> embedded = new ArrayList<>();
    private final SentenceEmbedder counting = text -> {
        embedded.add(text);
        float[] v = new float[8];
        for (int i = 0; i < text.length(); i++) {
            v[(text.charAt(i) * 31 + i) % v.length] += 1;
        }
        return v;
    };

    @Test
    void aTurnIsEmbeddedOnlyWhenItsMeaningIsFirstReadAndThenOnce() {
        Conversation c = anyConversation();
        Meanings meanings = primed(c);

        Meanings.Heard heard = meanings.heard("What has the evening been like since the move?");
        assertThat(embedded).as("hearing a turn is not yet embedding it").isEmpty();
        assertThat(heard.embedded()).isFalse();

        String line = Meanings.texts(c).get(0);
        double first = heard.text(line);
        heard.beat(c.beats().values().iterator().next());
        heard.fact(0, c.persona().facts().get(0));
        assertThat(heard.text(line)).isEqualTo(first);
        assertThat(embedded).as("read three ways, embedded once (the conversation's texts are primed)")
                .containsExactly("What has the evening been like since the move?");
        assertThat(heard.embedded()).isTrue();
    }

    @Test
    void aBlankTurnIsHeardAsAFullStopNotRejectedByTheTokenizer() {
        Conversation c = anyConversation();
        primed(c).heard("   ").text(Meanings.texts(c).get(0));
        assertThat(embedded).containsExactly(".");
    }

    @Test
    void aCosineIsNeverAboveTheBoundTheGistSkipsLinesBy() {
        Conversation c = anyConversation();
        Meanings meanings = primed(c);
        for (String text : Meanings.texts(c)) {
            Meanings.Heard heard = meanings.heard(text);
            assertThat(heard.text(text)).as(text).isLessThanOrEqualTo(Meanings.MOST);
        }
    }

    /** The conversation's texts embedded, as the server primes them, and the count started afresh. */
    private Meanings primed(Conversation c) {
        Meanings meanings = new Meanings(c, counting);
        meanings.prime();
        embedded.clear();
        return meanings;
    }

    private static Conversation anyConversation() {
        return ScenarioLibrary.open(Fixtures.LIBRARY).entries().stream().map(e -> e.scenario())
                .filter(Conversation.class::isInstance).map(Conversation.class::cast)
                .filter(c -> !c.persona().facts().isEmpty()).findFirst().orElseThrow();
    }
}
