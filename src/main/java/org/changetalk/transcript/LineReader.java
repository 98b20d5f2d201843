package org.changetalk.transcript;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads lines as bytes with a hard cap per line and decodes each strictly as UTF-8. A BufferedReader would
 * hold a 2 GB line in memory and silently turn bad bytes into U+FFFD; here an overlong line is skipped
 * (its bytes are read and dropped) and a bad byte is an error naming the line and byte.
 * Accepts \n and \r\n line ends and skips a UTF-8 byte order mark at the start.
 */
final class LineReader {
    private final InputStream in;
    private final int maxLineBytes;
    private final ErrorLog errors;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final byte[] chunk = new byte[1 << 16];
    private int pos;
    private int limit;
    private boolean eof;
    private byte[] line = new byte[1024];
    private int length;
    private long number;

    LineReader(InputStream in, int maxLineBytes, ErrorLog errors) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
        this.errors = errors;
    }

    /** The next good line, or null at the end of input. Bad lines are reported to the error log and skipped. */
    Line next() throws IOException {
        while (true) {
            RawLine raw = readRaw();
            if (raw == RawLine.END) {
                return null;
            }
            number++;
            if (raw == RawLine.TOO_LONG) {
                errors.add(number, "line is longer than " + describeBytes(maxLineBytes) + "; not read");
                continue;
            }
            int start = number == 1 && startsWithBom() ? 3 : 0;
            int end = length > start && line[length - 1] == '\r' ? length - 1 : length;
            String text = decode(start, end);
            if (text != null) {
                return new Line(number, text);
            }
        }
    }

    private enum RawLine { OK, TOO_LONG, END }

    private RawLine readRaw() throws IOException {
        length = 0;
        boolean consumed = false;
        boolean tooLong = false;
        while (true) {
            if (pos >= limit) {
                int n = eof ? -1 : in.read(chunk);
                if (n < 0) {
                    eof = true;
                    if (!consumed) {
                        return RawLine.END;
                    }
                    break;
                }
                pos = 0;
                limit = n;
            }
            consumed = true;
            int newline = indexOfNewline();
            int end = newline < 0 ? limit : newline;
            int count = end - pos;
            if (!tooLong) {
                if ((long) length + count > maxLineBytes) {
                    tooLong = true;
                    length = 0;
                } else {
                    append(count);
                }
            }
            pos = newline < 0 ? limit : newline + 1;
            if (newline >= 0) {
                break;
            }
        }
        return tooLong ? RawLine.TOO_LONG : RawLine.OK;
    }

    private int indexOfNewline() {
        for (int i = pos; i < limit; i++) {
            if (chunk[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private void append(int count) {
        if (length + count > line.length) {
            int size = (int) Math.min((long) maxLineBytes, Math.max((long) line.length * 2, (long) length + count));
            line = Arrays.copyOf(line, size);
        }
        System.arraycopy(chunk, pos, line, length, count);
        length += count;
    }

    private boolean startsWithBom() {
        return length >= 3 && line[0] == (byte) 0xEF && line[1] == (byte) 0xBB && line[2] == (byte) 0xBF;
    }

    private String decode(int start, int end) {
        ByteBuffer bytes = ByteBuffer.wrap(line, start, end - start);
        CharBuffer chars = CharBuffer.allocate(end - start);
        decoder.reset();
        CoderResult result = decoder.decode(bytes, chars, true);
        if (!result.isError()) {
            result = decoder.flush(chars);
        }
        if (result.isError()) {
            errors.add(number, "not valid UTF-8 (byte " + (bytes.position() + 1)
                    + " of the line starts a malformed sequence); save the file as UTF-8");
            return null;
        }
        chars.flip();
        return chars.toString();
    }

    private static String describeBytes(int bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes + " bytes";
    }
}
