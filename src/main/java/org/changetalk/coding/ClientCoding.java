package org.changetalk.coding;

/**
 * A coded client turn: change, sustain or neutral talk, the DARN-CAT kind (null when neutral), why, and how sure
 * the coder is (0–1: on the gold set, the share of turns read alike that a human coder labelled the same way).
 */
public record ClientCoding(Turn turn, Talk talk, TalkKind kind, Evidence evidence, double confidence) implements CodedTurn {
    public ClientCoding {
        if (!(confidence >= 0 && confidence <= 1)) throw new IllegalArgumentException("confidence " + confidence + " is not in 0..1");
    }

    /** A label a person gave (a scenario author, an instructor): not inferred, so certain. */
    public ClientCoding(Turn turn, Talk talk, TalkKind kind, Evidence evidence) {
        this(turn, talk, kind, evidence, 1.0);
    }
}
