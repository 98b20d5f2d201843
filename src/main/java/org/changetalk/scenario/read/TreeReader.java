package org.changetalk.scenario.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads lenient JSON (comments, unquoted keys, single quotes, trailing commas, multi-line strings)
 * into a {@link Node} tree with positions. A syntax error stops the file: nothing after it can be
 * trusted, so it is reported alone.
 */
final class TreeReader {
    /** Scenario files nest about eight deep; anything past this is a mistake or an attack. */
    static final int MAX_DEPTH = 64;

    private final JsonFactory factory = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_YAML_COMMENTS,
                    JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES,
                    JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .build();

    /** The tree, or the one syntax error that stopped it. */
    sealed interface Result {
        record Tree(Node root) implements Result {}

        record SyntaxError(Pos pos, String message) implements Result {}
    }

    /** Thrown inside the walk to unwind to {@link #read} with a positioned message. */
    private static final class Stop extends Exception {
        final Pos pos;

        Stop(Pos pos, String message) {
            super(message, null, false, false);
            this.pos = pos;
        }
    }

    Result read(byte[] bytes) {
        CharBuffer text;
        try {
            text = decodeUtf8(bytes);
        } catch (Stop stop) {
            return new Result.SyntaxError(stop.pos, stop.getMessage());
        }
        // The decoder's own array goes straight to Jackson: no String in between, no extra copy.
        try (JsonParser parser = factory.createParser(text.array(), text.position(), text.remaining())) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return new Result.SyntaxError(Pos.START, "the file is empty; a scenario is one { ... } object");
            }
            Node root = value(parser, first, 0);
            JsonToken extra = parser.nextToken();
            if (extra != null) {
                return new Result.SyntaxError(pos(parser.currentTokenLocation()),
                        "unexpected content after the end of the top-level value");
            }
            return new Result.Tree(root);
        } catch (Stop stop) {
            return new Result.SyntaxError(stop.pos, stop.getMessage());
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            PlainSyntax.Said said = PlainSyntax.of(firstLine(e.getOriginalMessage()), where == null ? Pos.START : pos(where), text);
            return new Result.SyntaxError(said.pos(), said.message());
        } catch (IOException e) {
            // Reading from memory cannot fail on I/O; any other IOException is still a syntax problem to the author.
            return new Result.SyntaxError(Pos.START, firstLine(String.valueOf(e.getMessage())));
        }
    }

    private Node value(JsonParser p, JsonToken token, int depth) throws IOException, Stop {
        Pos pos = pos(p.currentTokenLocation());
        switch (token) {
            case START_OBJECT -> {
                checkDepth(pos, depth);
                List<Node.Member> members = new ArrayList<>();
                for (JsonToken t = next(p); t != JsonToken.END_OBJECT; t = next(p)) {
                    // Jackson only hands out FIELD_NAME here: anything else is its own syntax error.
                    String key = p.currentName();
                    Pos keyPos = pos(p.currentTokenLocation());
                    members.add(new Node.Member(key, keyPos, value(p, next(p), depth + 1)));
                }
                return new Node.Obj(pos, members);
            }
            case START_ARRAY -> {
                checkDepth(pos, depth);
                List<Node> items = new ArrayList<>();
                for (JsonToken t = next(p); t != JsonToken.END_ARRAY; t = next(p)) {
                    items.add(value(p, t, depth + 1));
                }
                return new Node.Arr(pos, items);
            }
            case VALUE_STRING -> {
                return new Node.Str(pos, p.getText());
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                double d = p.getDoubleValue();
                if (!Double.isFinite(d)) {
                    throw new Stop(pos, "number " + abbreviate(p.getText()) + " is too large");
                }
                return new Node.Num(pos, d, token == JsonToken.VALUE_NUMBER_INT);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new Node.Bool(pos, token == JsonToken.VALUE_TRUE);
            }
            case VALUE_NULL -> {
                return new Node.Null(pos);
            }
            default -> throw new Stop(pos, "unexpected " + token.asString());
        }
    }

    private static JsonToken next(JsonParser p) throws IOException, Stop {
        JsonToken t = p.nextToken();
        if (t == null) {
            throw new Stop(pos(p.currentLocation()), "unexpected end of file: a '}' or ']' is missing");
        }
        return t;
    }

    private static void checkDepth(Pos pos, int depth) throws Stop {
        if (depth >= MAX_DEPTH) {
            throw new Stop(pos, "nesting deeper than " + MAX_DEPTH + " levels");
        }
    }

    private static Pos pos(JsonLocation loc) {
        return new Pos(Math.max(1, loc.getLineNr()), Math.max(1, loc.getColumnNr()));
    }

    /** Strict UTF-8 so a bad byte is reported where it is, not turned into a replacement character. */
    private static CharBuffer decodeUtf8(byte[] bytes) throws Stop {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        out.flip();
        if (result.isError()) {
            throw new Stop(endOf(out), "invalid UTF-8 byte 0x"
                    + String.format("%02X", bytes[Math.min(in.position(), bytes.length - 1)] & 0xFF)
                    + " (save the file as UTF-8)");
        }
        if (out.hasRemaining() && out.get(out.position()) == '\uFEFF') {
            out.position(out.position() + 1); // a byte-order mark is not content
        }
        return out;
    }

    /** The position just after the given text: where decoding stopped. */
    private static Pos endOf(CharSequence text) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new Pos(line, column);
    }

    /** Jackson's message without its source dump: "(for Array starting at line 2, column 6)". */
    private static String firstLine(String message) {
        int nl = message.indexOf('\n');
        String line = nl < 0 ? message : message.substring(0, nl);
        return SOURCE.matcher(line).replaceAll("line $1, column $2");
    }

    private static final Pattern SOURCE = Pattern.compile("\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)\\]");

    private static String abbreviate(String number) {
        return number.length() <= 24 ? number : number.substring(0, 20) + "...";
    }
}
