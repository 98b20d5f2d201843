package org.changetalk.web;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ProtocolException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The fuzz tests' raw HTTP reader reads answers as they are framed, and says what arrived when it is not an
 * answer. Regression: MalformedFuzzIT once failed with a bare NumberFormatException for "hhh", the middle of a
 * fuzzed X-Huge header where the status code belonged, and nothing told what the bytes were.
 */
class RawHttpTest {
    private static RawHttp.Answer read(String bytes) throws IOException {
        return RawHttp.read(new ByteArrayInputStream(bytes.getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Test
    void aContentLengthAnswerAndAChunkedOneAreRead() throws IOException {
        RawHttp.Answer plain = read("HTTP/1.1 431 Request Header Fields Too Large\r\nContent-Type: application/json\r\n"
                + "Content-Length: 2\r\nConnection: close\r\n\r\n{}");
        assertThat(plain.status()).isEqualTo(431);
        assertThat(plain.header("content-type")).isEqualTo("application/json");
        assertThat(plain.body()).isEqualTo("{}");

        RawHttp.Answer chunked = read("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n4\r\n{\"a\"\r\n3;x=y\r\n:1}\r\n0\r\n\r\n");
        assertThat(chunked.status()).isEqualTo(200);
        assertThat(chunked.body()).isEqualTo("{\"a\":1}");
    }

    @Test
    void anInterimAnswerIsSkippedForTheFinalOne() throws IOException {
        assertThat(read("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n").status()).isEqualTo(400);
    }

    @Test
    void nothingAtAllIsNoAnswer() throws IOException {
        assertThat(read("").status()).isEqualTo(-1);
    }

    @Test
    void bytesThatAreNotAnAnswerAreShownNotMisreadAsANumber() {
        String midHeader = "h".repeat(300) + "\r\nContent-Length: 7\r\n\r\n{\"a\":1}";
        assertThatThrownBy(() -> read(midHeader)).isInstanceOf(ProtocolException.class)
                .hasMessageStartingWith("not an HTTP answer: 'hhhhhhhh").hasMessageContaining("(323 characters)");
        assertThatThrownBy(() -> read("X-Huge: hhhhhhhhhhhh\r\n\r\n")).isInstanceOf(ProtocolException.class)
                .hasMessage("not an HTTP answer: 'X-Huge: hhhhhhhhhhhh\\r\\n\\r\\n'");
        assertThatThrownBy(() -> read("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nhhh\r\n"))
                .isInstanceOf(ProtocolException.class).hasMessage("not a chunk size: 'hhh' (after 0 bytes of body)");
        assertThatThrownBy(() -> read("HTTP/1.1 200 OK\r\nContent-Length: hhh\r\n\r\n"))
                .isInstanceOf(ProtocolException.class).hasMessageStartingWith("Content-Length is not a number: 'hhh'");
    }
}
