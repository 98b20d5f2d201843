package org.changetalk.practice;

import org.changetalk.coding.SentenceEmbedder;
import org.changetalk.scenario.model.Conversation;

/**
 * Embeds a conversation's prompts, lines and facts ahead of its first session, off any trainee's path: without it
 * the first question asked in each scenario pays for all of them (about a second of CPU on one core).
 */
public final class MeaningWarmUp {
    private MeaningWarmUp() {
    }

    public static void prime(Conversation scenario, SentenceEmbedder embedder) {
        if (scenario == null || embedder == null) {
            throw new IllegalArgumentException("a conversation and an embedder are needed to prime its meanings");
        }
        new Meanings(scenario, embedder).prime();
    }

    /** Every text of the conversation a question is compared with, which {@link #prime} embeds (and the build stores). */
    public static java.util.List<String> texts(Conversation scenario) {
        return Meanings.texts(scenario);
    }
}
