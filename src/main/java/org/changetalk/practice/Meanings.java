package org.changetalk.practice;

import org.changetalk.coding.SentenceEmbedder;
import org.changetalk.scenario.model.Beat;
import org.changetalk.scenario.model.Category;
import org.changetalk.scenario.model.Conversation;
import org.changetalk.scenario.model.Fact;
import org.changetalk.scenario.model.LineIndex;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a trainee's question means beside the words it shares with the persona's lines: the cosine between the
 * sentence embedding of the turn and those of each beat's and fact's authored prompts (the questions it answers,
 * in a trainee's words) and lines. "What kind of music are you into lately?" shares one word with a line about
 * being caught and none with the music fact's "what bands do you like", yet means the second.
 *
 * <p>The texts' embeddings are made on first use and kept by the conversation's {@link LineIndex}, shared by every
 * session; a turn is embedded at most once ({@link #heard}). Without an embedder (tests with a fake coder, a
 * machine that cannot run the model) there is no meaning to go on and the client picks by words alone.
 * Deterministic: the same text gives the same vector.
 */
final class Meanings {
    /** No embedder: the client goes by words alone. */
    static final Meanings NONE = new Meanings(null, null);

    /**
     * The most a closeness can be: a cosine is at most 1 (a hair more in floating point), so a line whose words leave it
     * short of a bar by more than this cannot reach it whatever the turn means, and the turn need not be embedded.
     */
    static final double MOST = 1 + 1e-9;

    /** What a beat known only by its lines gives up against one known by its prompts. */
    private static final double LINE_ONLY = 0.1;

    private final SentenceEmbedder embedder;
    private final Conversation scenario;
    private final LineIndex index;

    Meanings(Conversation scenario, SentenceEmbedder embedder) {
        this.embedder = scenario == null ? null : embedder;
        this.scenario = scenario;
        this.index = scenario == null ? null : scenario.lines();
    }

    boolean on() {
        return embedder != null;
    }

    /**
     * Embeds every text a question is compared with ({@link #texts}) into the conversation's shared cache, so that no
     * trainee's first question in a scenario waits about a second for them (the server does this for its shipped
     * scenarios after it is ready; their vectors are then mostly read from the build's file, see MiniLmEmbedder).
     */
    void prime() {
        if (!on()) {
            return;
        }
        texts(scenario).forEach(this::embed);
    }

    /**
     * Every text of a conversation a question is compared with: each beat's prompts, lines and exemplar questions,
     * each fact's prompts and lines, and the sentences of the lines (a recall quotes the sentence nearest the
     * question). Distinct, in the scenario's order.
     */
    static List<String> texts(Conversation scenario) {
        java.util.Set<String> texts = new java.util.LinkedHashSet<>();
        for (Beat b : scenario.beats().values()) {
            texts.addAll(b.prompts());
            texts.addAll(b.say());
            texts.addAll(exemplarQuestions(b));
            b.say().forEach(line -> texts.addAll(List.of(Sentences.of(line))));
        }
        for (Fact f : scenario.persona().facts()) {
            texts.addAll(f.prompts());
            texts.addAll(f.say());
            f.say().forEach(line -> texts.addAll(List.of(Sentences.of(line))));
        }
        // (the MI moves' examples, which a turn is read against when the words name no move: MoveMeaning)
        texts.addAll(MoveMeaning.texts());
        return List.copyOf(texts);
    }

    private void embed(String text) {
        index.vector(text, embedder::embed);
    }

    /** The questions the author wrote as good responses to a beat (its exemplars), which a turn is compared with. */
    private static List<String> exemplarQuestions(Beat b) {
        return b.exemplars().stream().filter(e -> e.skill() == Category.OPEN_QUESTION
                || e.skill() == Category.CLOSED_QUESTION).map(e -> e.text()).toList();
    }

    /**
     * The turn, embedded at most once, and only when a closeness is first asked: a turn whose words already decide the
     * reply (a reflection whose graph allows no other line its meaning could pick) costs no model run. On 2 cores the
     * model's run (~3 ms of a core) was most of a web turn's CPU (docs/benchmarks.md §34–§35). The vector is the same
     * whenever it is made, so the reply is the same as if it had been made at once.
     */
    Heard heard(String text) {
        if (!on()) {
            throw new IllegalStateException("no embedder: ask on() first");
        }
        return new Heard(text.isBlank() ? "." : text);
    }

    /** One turn's meaning, for one thread (a session's turn): its vector made on first use, its scores memoised. */
    final class Heard {
        private final String said;
        private float[] turn;
        private double turnSquared;
        private final Map<String, Double> beats = new HashMap<>();
        private final Map<Integer, Double> facts = new HashMap<>();

        private Heard(String said) {
            this.said = said;
        }

        /** Whether the turn has been embedded yet (a closeness was asked). */
        boolean embedded() {
            return turn != null;
        }

        private float[] turn() {
            if (turn == null) {
                turn = embedder.embed(said);
                turnSquared = LineIndex.Embedded.squaredNorm(turn);
            }
            return turn;
        }

        /**
         * How close the turn is to what a beat answers: its best authored prompt (the questions it answers, said the
         * way a trainee says them). A beat without prompts goes by its lines, a little less surely: a question and
         * the line that answers it lie further apart than two questions, and a line shares the story's words with
         * every question on it ("Do you have kids?" and "Those kids are like family").
         */
        double beat(Beat b) {
            return beats.computeIfAbsent(b.id(), id -> b.prompts().isEmpty() ? best(b.say()) - LINE_ONLY : best(b.prompts()));
        }

        /** How close the turn is to a beat by its prompts or its lines, whichever is closer (the graph's own next line). */
        double beatAny(Beat b) {
            return Math.max(beat(b), best(b.say()));
        }

        /** How close the turn is to the questions the author wrote as good responses to a beat (its exemplars). */
        double exemplar(Beat b) {
            return best(exemplarQuestions(b));
        }

        /** How close the turn is to what a persona fact answers: its best prompt or line. */
        double fact(int i, Fact f) {
            return facts.computeIfAbsent(i, k -> Math.max(best(f.prompts()), best(f.say())));
        }

        /** How close the turn is to one text (a sentence the client said). */
        double text(String s) {
            LineIndex.Embedded e = index.embedded(s, embedder::embed);
            return cosine(turn(), turnSquared, e.vector(), e.squaredNorm());
        }

        private double best(List<String> texts) {
            double best = 0;
            for (String t : texts) {
                best = Math.max(best, text(t));
            }
            return best;
        }
    }

    /** The cosine of two vectors (0 when either is all zeros); the one measure of closeness the client uses. */
    static double cosine(float[] a, float[] b) {
        return cosine(a, LineIndex.Embedded.squaredNorm(a), b, LineIndex.Embedded.squaredNorm(b));
    }

    /**
     * The same cosine with both squared lengths known (summed once a vector, not once a comparison): the same sums in
     * the same order, so the same double to the bit as summing them here.
     */
    private static double cosine(float[] a, double na, float[] b, double nb) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }
}
