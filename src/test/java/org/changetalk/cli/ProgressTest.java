package org.changetalk.cli;

import org.changetalk.practice.FakeCoder;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

/** Progress is one line rewritten in place, at most five times a second, and only at a terminal. */
class ProgressTest {
    @Test
    void oneLineRewrittenAtMostFiveTimesASecondAndEndedAtTheEnd() {
        StringWriter out = new StringWriter();
        long[] now = {0};
        Progress p = new Progress.Line(new PrintWriter(out), "coded turns:", () -> now[0]);

        p.update(0, 50_000);
        now[0] += 50_000_000L; // 50 ms later: not redrawn
        p.update(100, 50_000);
        now[0] += 200_000_000L;
        p.update(25_000, 50_000);
        now[0] += 1L;
        p.update(50_000, 50_000); // the end is always drawn
        p.finish();

        assertThat(out.toString()).isEqualTo(String.format(
                "\rcoded turns: 0 of 50,000 (0%%)\rcoded turns: 25,000 of 50,000 (50%%)\rcoded turns: 50,000 of 50,000 (100%%)%n"));
    }

    @Test
    void notATerminalNoProgress() {
        CliRun r = CliRun.run(new FakeCoder(), "{\"conversation\":\"c\",\"speaker\":\"counselor\",\"text\":\"Hi.\"}\n",
                "code", "--in", "-", "--out", "-");

        assertThat(r.status()).isZero();
        assertThat(r.err()).isEmpty();
    }
}
