package org.changetalk.coding;

import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bank of hand-written replies: it loads, stays balanced, and its neighbours vote by what a reply says and by what
 * it answers. A fake embedder (a bag of hashed words) stands in for the neural model, so that likeness is lexical here.
 */
class ClientBankTest {
    /** Texts that share words lie close; unit length, like the real embeddings. */
    private static final SentenceEmbedder WORDS = text -> {
        float[] v = new float[64];
        for (String w : text.toLowerCase(Locale.ROOT).split("[^a-z']+")) {
            if (!w.isEmpty()) v[Math.floorMod(w.hashCode(), 64)] += 1;
        }
        double norm = 0;
        for (float x : v) norm += x * x;
        if (norm == 0) v[0] = 1;
        else for (int i = 0; i < v.length; i++) v[i] /= (float) Math.sqrt(norm);
        return v;
    };

    @Test
    void theShippedBankCoversEveryCodeInFairShares() {
        List<ClientBank.Entry> entries = ClientBank.read(ClientBank.RESOURCE);
        Map<Talk, Integer> counts = new EnumMap<>(Talk.class);
        for (ClientBank.Entry e : entries) counts.merge(e.talk(), 1, Integer::sum);

        assertThat(entries).hasSizeGreaterThanOrEqualTo(150);
        for (Talk t : Talk.values()) {
            assertThat(counts.getOrDefault(t, 0)).as(t + " replies").isBetween(entries.size() / 4, entries.size() / 2);
        }
        // short replies whose direction comes only from the question are the bank's point
        assertThat(entries.stream().filter(e -> e.counselor() != null && e.client().split(" ").length <= 3 && e.talk() != Talk.NEUTRAL))
                .hasSizeGreaterThanOrEqualTo(15);
    }

    @Test
    void aBareNoTakesItsDirectionFromTheQuestionItAnswers() {
        ClientBank bank = new ClientBank(List.of(
                new ClientBank.Entry(Talk.CHANGE, "do you want to keep drinking like this", "no", 1),
                new ClientBank.Entry(Talk.SUSTAIN, "do you think the drinking is a problem", "no", 2),
                new ClientBank.Entry(Talk.NEUTRAL, "how old are the kids", "seven and ten", 3)), WORDS);

        double[] keep = bank.votes(WORDS.embed("no."), WORDS.embed("so do you want to keep drinking like this?"));
        double[] problem = bank.votes(WORDS.embed("no."), WORDS.embed("do you think it is a problem?"));

        assertThat(keep[0]).isGreaterThan(keep[1]);
        assertThat(problem[1]).isGreaterThan(problem[0]);
        assertThat(keep[0] + keep[1] + keep[2]).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void everyReplyOfTheShippedBankHasItsStoredEmbeddingSoNoTurnWaitsForTheBank() {
        ClientBank bank = new ClientBank(ClientBank.read(ClientBank.RESOURCE), WORDS, ClientBank.readVectors(ClientBank.VECTORS));

        assertThat(bank.fullyStored()).as("client-bank-vectors.txt is stale: re-run ClientModelTrainer after editing the bank").isTrue();
    }

    @Test
    void aReplyDoesNotVoteForItself() {
        ClientBank bank = new ClientBank(List.of(
                new ClientBank.Entry(Talk.CHANGE, null, "I want to stop", 1),
                new ClientBank.Entry(Talk.SUSTAIN, null, "I want to keep going", 2)), WORDS);

        double[] votes = bank.votes(WORDS.embed("I want to stop"), null);

        assertThat(votes[1]).isEqualTo(1.0);
    }

    @Test
    void aBadLineIsRefusedWithItsPlace() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ClientBank.read("client-bank-bad.txt"))
                .isInstanceOf(LexiconError.class)
                .hasMessageContaining("client-bank-bad.txt:3")
                .hasMessageContaining("'maybe'");
    }
}
