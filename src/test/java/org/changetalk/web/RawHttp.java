package org.changetalk.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ProtocolException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sends bytes no well-behaved client would (a path that is not UTF-8, huge headers, a body in pieces) to a
 * server on 127.0.0.1 and reads the whole answer.
 */
final class RawHttp {
    record Answer(int status, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private RawHttp() {
    }

    static Answer send(int port, byte[] request) {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(20_000);
            try {
                s.getOutputStream().write(request);
                s.getOutputStream().flush();
            } catch (IOException e) {
                // the server answered (413, 431…) and closed before taking everything: its answer may still be there
            }
            return read(s.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Answer send(int port, String head, byte[] body) {
        byte[] h = head.getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[h.length + body.length];
        System.arraycopy(h, 0, all, 0, h.length);
        System.arraycopy(body, 0, all, h.length, body.length);
        return send(port, all);
    }

    /**
     * Reads one answer: status line, headers, then Content-Length bytes, chunks, or until the server closes.
     * Interim (1xx) answers are skipped. Bytes that are not an HTTP answer (a status line that is not
     * {@code HTTP/1.x NNN}, a chunk size that is not hex, a Content-Length that is not a number) are a
     * {@link ProtocolException} that shows them: once, a fuzz run failed on a bare NumberFormatException for
     * "hhh" (the middle of an X-Huge header's value where a status code belonged), and nothing said what
     * had arrived.
     */
    static Answer read(InputStream in) throws IOException {
        while (true) {
            Answer a = readOne(in);
            if (a.status() < 100 || a.status() >= 200) {
                return a;
            }
        }
    }

    private static Answer readOne(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int last4 = 0;
        while (last4 != 0x0d0a0d0a) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.write(b);
            last4 = (last4 << 8) | b;
        }
        String text = head.toString(StandardCharsets.ISO_8859_1);
        if (text.isEmpty()) {
            return new Answer(-1, Map.of(), ""); // closed without a byte: no answer (the caller reports it)
        }
        String[] lines = text.split("\r\n");
        Matcher statusLine = STATUS_LINE.matcher(lines[0]);
        if (!statusLine.lookingAt()) {
            throw new ProtocolException("not an HTTP answer: " + shown(text));
        }
        int status = Integer.parseInt(statusLine.group(1));
        Map<String, String> headers = new TreeMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                // a repeated header (Set-Cookie) keeps every value, one per line
                headers.merge(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip(),
                        (a, b) -> a + "\n" + b);
            }
        }
        if (status >= 100 && status < 200) {
            return new Answer(status, headers, "");
        }
        byte[] body;
        String length = headers.get("content-length");
        if (length != null) {
            if (!length.matches("\\d{1,9}")) {
                throw new ProtocolException("Content-Length is not a number: " + shown(length) + " in " + shown(text));
            }
            body = in.readNBytes(Integer.parseInt(length));
        } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            while (true) {
                String size = line(in);
                String hex = size.split(";")[0].strip();
                if (!hex.matches("[0-9a-fA-F]{1,7}")) {
                    throw new ProtocolException("not a chunk size: " + shown(size) + " (after " + out.size() + " bytes of body)");
                }
                int n = Integer.parseInt(hex, 16);
                if (n == 0) {
                    break;
                }
                out.write(in.readNBytes(n));
                line(in);
            }
            body = out.toByteArray();
        } else {
            body = in.readAllBytes();
        }
        return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    private static final Pattern STATUS_LINE = Pattern.compile("HTTP/1\\.[01] (\\d{3})(?: |$)");

    /** Up to 120 characters of what arrived, control characters escaped, and how long it was. */
    private static String shown(String s) {
        StringBuilder b = new StringBuilder("'");
        for (int i = 0; i < Math.min(s.length(), 120); i++) {
            char c = s.charAt(i);
            if (c == '\r') {
                b.append("\\r");
            } else if (c == '\n') {
                b.append("\\n");
            } else if (c < 0x20 || c > 0x7e) {
                b.append(String.format("\\x%02x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append(s.length() > 120 ? "'… (" + s.length() + " characters)" : "'").toString();
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder b = new StringBuilder();
        int c;
        while ((c = in.read()) >= 0 && c != '\n') {
            if (c != '\r') {
                b.append((char) c);
            }
        }
        return b.toString();
    }
}
