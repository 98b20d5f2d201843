package org.changetalk.transcript;

import java.util.List;

/** Turns the lines of one input format into turns, reporting problems to the error log as it goes. */
interface FormatParser {
    void accept(Line line);

    /** Called once after the last line; {@code lastLine} is the number of lines read (0 for empty input). */
    void finish(long lastLine);

    List<InputTurn> turns();
}
