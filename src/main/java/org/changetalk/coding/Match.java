package org.changetalk.coding;

/**
 * A lexicon phrase found in an utterance: word indexes [from, to) into the utterance's words. An anchored
 * phrase (written with a leading ^ in the lexicon) only counts at the start of a sentence.
 */
record Match(Cue cue, int from, int to, boolean anchored) {
    Match(Cue cue, int from, int to) {
        this(cue, from, to, false);
    }
}
