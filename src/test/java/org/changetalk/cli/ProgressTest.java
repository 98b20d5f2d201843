package org.changetalk.cli;

import org.changetalk.coding.CodedTurn;
import org.changetalk.coding.Coder;
import org.changetalk.coding.ConversationCoder;
import org.changetalk.coding.Speaker;
import org.changetalk.coding.Turn;
import org.changetalk.practice.FakeCoder;
import org.changetalk.transcript.InputTurn;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

import static org.assertj.core.api.Assertions.assertThat;

/** Progress is one line rewritten in place, at most five times a second, turn by turn, and only at a terminal. */
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
    void oneLongConversationIsToldTurnByTurn() {
        // a file that is one long session: the line moves with every turn the coder codes, not 0 then 100 %
        Coder real = new Coder();
        ConversationCoder coder = new ConversationCoder() {
            @Override
            public List<CodedTurn> code(List<Turn> conversation) {
                return real.code(conversation);
            }

            @Override
            public List<CodedTurn> code(List<Turn> conversation, IntConsumer coded) {
                return real.code(conversation, coded);
            }
        };
        List<InputTurn> turns = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Turn t = i % 2 == 0 ? new Turn(Speaker.COUNSELOR, "What brings you in today?") : new Turn(Speaker.CLIENT, "My wife worries.");
            turns.add(new InputTurn(i + 1, "one", t, null));
        }
        List<Long> told = new ArrayList<>();
        Progress recording = new Progress() {
            @Override
            public void update(long done, long total) {
                assertThat(total).isEqualTo(6);
                told.add(done);
            }

            @Override
            public void finish() {
            }
        };

        assertThat(CodedInput.code(turns, coder, recording).coded()).hasSize(6);
        assertThat(told).containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L);
    }

    @Test
    void notATerminalNoProgress() {
        CliRun r = CliRun.run(new FakeCoder(), "{\"conversation\":\"c\",\"speaker\":\"counselor\",\"text\":\"Hi.\"}\n",
                "code", "--in", "-", "--out", "-");

        assertThat(r.status()).isZero();
        assertThat(r.err()).isEmpty();
    }
}
