package org.changetalk.coding;

/** A lexicon phrase found in an utterance: word indexes [from, to) into the utterance's words. */
record Match(Cue cue, int from, int to) {}
