package org.changetalk.transcript;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LineReaderTest {

    private final ErrorLog errors = new ErrorLog("in", 20);

    private List<Line> lines(InputStream in, int maxBytes) throws IOException {
        LineReader reader = new LineReader(in, maxBytes, errors);
        List<Line> out = new ArrayList<>();
        for (Line l = reader.next(); l != null; l = reader.next()) {
            out.add(l);
        }
        return out;
    }

    private List<Line> lines(byte[] bytes) throws IOException {
        return lines(new ByteArrayInputStream(bytes), 1 << 20);
    }

    @Test
    void splitsOnNewlinesAndStripsCarriageReturns() throws IOException {
        assertThat(lines("a\r\nb\n\nc".getBytes()))
                .containsExactly(new Line(1, "a"), new Line(2, "b"), new Line(3, ""), new Line(4, "c"));
    }

    @Test
    void aFinalNewlineDoesNotMakeAnEmptyLine() throws IOException {
        assertThat(lines("a\n".getBytes())).containsExactly(new Line(1, "a"));
        assertThat(lines(new byte[0])).isEmpty();
    }

    @Test
    void skipsAByteOrderMarkOnTheFirstLineOnly() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', '\n', 'b'};
        assertThat(lines(bom)).containsExactly(new Line(1, "a"), new Line(2, "b"));
    }

    @Test
    void decodesMultiByteCharactersAcrossReadChunks() throws IOException {
        String text = "x".repeat((1 << 16) - 1) + "é😀";
        assertThat(lines(Inputs.utf8(text + "\nnext"), 1 << 20))
                .containsExactly(new Line(1, text), new Line(2, "next"));
    }

    @Test
    void reportsInvalidUtf8WithItsLineAndKeepsReading() throws IOException {
        byte[] bytes = {'o', 'k', '\n', 'a', 'b', (byte) 0xFF, '\n', 'z'};
        assertThat(lines(bytes)).containsExactly(new Line(1, "ok"), new Line(3, "z"));
        assertThat(errors.toException().errors()).singleElement()
                .hasToString("in:2: not valid UTF-8 (byte 3 of the line starts a malformed sequence); save the file as UTF-8");
    }

    @Test
    void reportsAnOverlongLineWithoutKeepingItAndReadsOn() throws IOException {
        assertThat(lines(Inputs.utf8("short\n" + "y".repeat(17) + "\nafter"), 16))
                .containsExactly(new Line(1, "short"), new Line(3, "after"));
        assertThat(errors.toException().errors()).singleElement()
                .hasToString("in:2: line is longer than 16 bytes; not read");
    }

    @Test
    void aLineOfExactlyTheLimitIsAccepted() throws IOException {
        assertThat(lines(Inputs.utf8("y".repeat(16) + "\n"), 16)).containsExactly(new Line(1, "y".repeat(16)));
        assertThat(errors.isEmpty()).isTrue();
    }
}
