package org.changetalk.cli;

import java.io.IOException;

/** Writing one named output failed; the message says which file and why. */
final class OutputFailure extends Exception {
    OutputFailure(String output, IOException cause) {
        super("cannot write " + output + ": " + IoErrors.describe(cause), cause);
    }
}
