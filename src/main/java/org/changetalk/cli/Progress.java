package org.changetalk.cli;

import java.io.PrintWriter;
import java.util.function.LongSupplier;

/**
 * How far a long run has got, on one line of stderr rewritten in place ("coded 1,200 of 50,000 turns, 2%").
 * Only for a person at a terminal: piped or redirected, stderr stays clean for the errors it carries.
 */
interface Progress {
    /** Progress nobody sees. */
    Progress NONE = new Progress() {
        @Override
        public void update(long done, long total) {
        }

        @Override
        public void finish() {
        }
    };

    void update(long done, long total);

    /** Ends the line (if one was drawn), so what follows starts on its own line. */
    void finish();

    static Progress of(Console console, String what) {
        return console.terminal() ? new Line(console.err(), what, System::nanoTime) : NONE;
    }

    /** Redraws at most five times a second, and always at the end. */
    final class Line implements Progress {
        private static final long EVERY_NANOS = 200_000_000L;
        private final PrintWriter err;
        private final String what;
        private final LongSupplier nanos;
        private long last = Long.MIN_VALUE;
        private boolean drawn;

        Line(PrintWriter err, String what, LongSupplier nanos) {
            this.err = err;
            this.what = what;
            this.nanos = nanos;
        }

        @Override
        public void update(long done, long total) {
            long now = nanos.getAsLong();
            if (done < total && last != Long.MIN_VALUE && now - last < EVERY_NANOS) {
                return;
            }
            last = now;
            long percent = total == 0 ? 100 : done * 100 / total;
            err.print(String.format("\r%s %,d of %,d (%d%%)", what, done, total, percent));
            err.flush();
            drawn = true;
        }

        @Override
        public void finish() {
            if (drawn) {
                err.println();
                err.flush();
                drawn = false;
            }
        }
    }
}
