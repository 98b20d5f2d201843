package org.changetalk.scenario.read;

/** A 1-based line and column in a scenario file. */
record Pos(int line, int column) {
    static final Pos START = new Pos(1, 1);
}
