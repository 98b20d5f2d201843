package org.changetalk.coding;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client coder reads sentence embeddings only for turns its word-level layer is unsure of, and only for turns that
 * answer a counselor turn; the client's own clear words never need them. A recording fake stands in for the model.
 */
class ClientEmbeddingTest {
    private static final Lexicon LEXICON = Lexicon.load("lexicon.txt", "lexicon-client.txt");

    /** Records what it was asked to embed; answers a fixed unit vector. */
    private static final class Recording implements SentenceEmbedder {
        final List<String> asked = new ArrayList<>();

        @Override
        public float[] embed(String text) {
            asked.add(text);
            float[] v = new float[384];
            v[0] = 1;
            return v;
        }
    }

    private final Recording embedder = new Recording();
    private final ClientCoder coder = new ClientCoder(LEXICON, null, null, embedder);

    private ClientCoding code(String counselor, String client) {
        return coder.code(Turn.client(client), Text.of(client), counselor == null ? null : Text.of(counselor), null);
    }

    @Test
    void anUnsureShortReplyIsReadWithItsOwnAndTheCounselorsMeaning() {
        // agreement with a mixed reply: the words alone leave the classes nearly even
        code("So the pub is where your friends are.", "Yeah, and I'd miss them.");

        assertThat(embedder.asked).containsExactly("Yeah, and I'd miss them.", "So the pub is where your friends are.");
    }

    @Test
    void aBareAgreementWithAClearReflectionTakesItsSideWithoutEmbedding() {
        // coder12: "Yeah." to a reflection of a clear reason for change has no words of its own to weigh: the context decides
        ClientCoding yeah = code("You'd really like to be around for your grandkids.", "Yeah.");

        assertThat(yeah.talk()).isEqualTo(Talk.CHANGE);
        assertThat(yeah.evidence().rule()).isEqualTo("agrees-with-counselor");
        assertThat(embedder.asked).isEmpty();
    }

    @Test
    void clearOwnWordsAndLinesReadAloneNeedNoEmbedding() {
        ClientCoding clear = code("What happened this week?", "I haven't had a drink since Sunday and I'm not going back to it.");
        ClientCoding alone = code(null, "Yeah.");

        assertThat(clear.talk()).isEqualTo(Talk.CHANGE);
        assertThat(alone.talk()).isEqualTo(Talk.NEUTRAL);
        assertThat(embedder.asked).isEmpty();
    }

    @Test
    void withoutAnEmbedderTheWordLayerDecidesAlone() {
        ClientCoding words = new ClientCoder(LEXICON).code(Turn.client("Yeah."), Text.of("Yeah."),
                Text.of("You'd really like to be around for your grandkids."), null);

        assertThat(words.talk()).isEqualTo(Talk.CHANGE);
        assertThat(words.evidence().rule()).isEqualTo("agrees-with-counselor");
    }

    @Test
    void theCommittedEmbeddingLayerReadsBothTurnsMeaning() {
        ClientModel embedded = ClientModel.load(ClientModel.EMBEDDED_RESOURCE);

        assertThat(embedded.isEmpty()).isFalse();
        assertThat(embedded.weight("e:0", 0) != 0 || embedded.weight("e:0", 1) != 0).as("client embedding weights").isTrue();
        assertThat(embedded.weight("ce:0", 0) != 0 || embedded.weight("ce:0", 1) != 0).as("counselor embedding weights").isTrue();
    }
}
