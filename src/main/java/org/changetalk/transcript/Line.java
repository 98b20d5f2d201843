package org.changetalk.transcript;

/** One decoded input line (without its line terminator) and its 1-based number. */
record Line(long number, String text) {}
