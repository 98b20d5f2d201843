package org.changetalk.web;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;

/**
 * Reads JSON request bodies by hand rather than binding them to classes: every missing field, wrong type
 * and bad value becomes a 400 that names the field, and nothing half-parsed reaches a service.
 * Unknown fields are ignored, so a newer front end can talk to an older server.
 */
final class Requests {
    /**
     * Limits well above any real request, well below what would cost the server. In a holder of its own so the
     * checks every request makes (content type, body size) do not make a Jackson mapper: the first requests
     * after a start (/api/health) need none.
     */
    private static final class Mapper {
        static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).maxNumberLength(100)
                        .maxNameLength(1000).build()).build())
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    private Requests() {
    }

    /**
     * Makes Jackson's reader and writer ready (a few hundred classes and their set-up, a tenth of a second on a
     * cold JVM), on a thread of the server's own once it is serving, so the first trainee's request does not.
     */
    static void warmUp() {
        try {
            Mapper.MAPPER.readTree("{\"warm\":[1,\"up\",true]}").toString();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static ObjectNode object(Context ctx) {
        return object(utf8(ctx.bodyAsBytes()));
    }

    /** An empty or all-blank body (bytes below 0x21 only). */
    static boolean blank(Context ctx) {
        for (byte b : ctx.bodyAsBytes()) {
            if ((b & 0xff) > ' ') {
                return false;
            }
        }
        return true;
    }

    /** Whether the request carries a body at all (an empty POST is allowed where a route has defaults). */
    static boolean hasBody(Context ctx) {
        return ctx.contentLength() > 0 || ctx.header("Transfer-Encoding") != null;
    }

    /**
     * A body must be JSON in UTF-8. Refusing everything else (415) also refuses what a cross-site HTML form
     * can send ({@code text/plain}, form encodings), which is half the defence against login CSRF.
     */
    static void checkContentType(Context ctx) {
        if (!hasBody(ctx)) {
            return;
        }
        String type = ctx.header("Content-Type");
        if (type == null) {
            throw unsupported("no Content-Type");
        }
        String[] parts = type.split(";");
        if (!parts[0].strip().equalsIgnoreCase("application/json")) {
            throw unsupported("Content-Type " + shorten(parts[0].strip()));
        }
        for (int i = 1; i < parts.length; i++) {
            String[] kv = parts[i].split("=", 2);
            if (kv[0].strip().equalsIgnoreCase("charset")) {
                String cs = kv.length < 2 ? "" : kv[1].strip().replace("\"", "");
                if (!cs.equalsIgnoreCase("utf-8") && !cs.equalsIgnoreCase("utf8")) {
                    throw unsupported("charset " + shorten(cs));
                }
            }
        }
    }

    private static ApiError unsupported(String what) {
        return new ApiError(415, "unsupported_media_type", "The request body must be JSON in UTF-8 "
                + "(Content-Type: application/json), not " + what + ".");
    }

    private static String shorten(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }

    /** Strict UTF-8: broken bytes are a 400, not silently replaced. */
    private static String utf8(byte[] bytes) {
        try {
            return java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw ApiError.badRequest("The request body is not valid UTF-8.");
        }
    }

    private static ObjectNode object(String body) {
        if (body == null || body.isBlank()) {
            throw ApiError.badRequest("The request body is empty; send a JSON object.");
        }
        JsonNode node;
        try {
            node = Mapper.MAPPER.readTree(body);
        } catch (StreamConstraintsException e) {
            // a size limit (nesting, number or name length): Jackson's message is long and has no location
            throw ApiError.badRequest("The request body is too deeply nested or has a number, name or string "
                    + "that is too long.");
        } catch (JsonProcessingException e) {
            throw ApiError.badRequest("The request body is not valid JSON: " + shorten(String.valueOf(e.getOriginalMessage()))
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")") + ".");
        }
        if (!(node instanceof ObjectNode o)) {
            throw ApiError.badRequest("The request body must be a JSON object, not " + kind(node) + ".");
        }
        return o;
    }

    /**
     * The body of a transcript upload, which may exceed the server-wide limit: read from the raw stream
     * (Javalin's own body reading stops at that limit) and refused with 413 past {@code limit} bytes.
     */
    static ObjectNode upload(Context ctx, int limit) {
        byte[] bytes;
        try (java.io.InputStream in = ctx.req().getInputStream()) {
            bytes = in.readNBytes(limit + 1);
        } catch (java.io.IOException e) {
            throw ApiError.badRequest("The request body could not be read: " + e.getMessage());
        }
        if (bytes.length > limit) {
            throw new ApiError(413, "too_large", "The request body is larger than " + limit / 1024 + " KiB.");
        }
        return object(utf8(bytes));
    }

    static String text(ObjectNode o, String field) {
        JsonNode n = o.get(field);
        if (n == null || n.isNull()) {
            throw ApiError.badRequest(field + ": required.");
        }
        if (!n.isTextual()) {
            throw ApiError.badRequest(field + ": must be a string, not " + kind(n) + ".");
        }
        return n.asText();
    }

    static String optionalText(ObjectNode o, String field) {
        JsonNode n = o.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isTextual()) {
            throw ApiError.badRequest(field + ": must be a string, not " + kind(n) + ".");
        }
        return n.asText();
    }

    static boolean optionalBoolean(ObjectNode o, String field, boolean fallback) {
        JsonNode n = o.get(field);
        if (n == null || n.isNull()) {
            return fallback;
        }
        if (!n.isBoolean()) {
            throw ApiError.badRequest(field + ": must be true or false, not " + kind(n) + ".");
        }
        return n.asBoolean();
    }

    static int optionalInt(ObjectNode o, String field, int min, int max, int fallback) {
        JsonNode n = o.get(field);
        if (n == null || n.isNull()) {
            return fallback;
        }
        if (!n.isIntegralNumber() || !n.canConvertToInt() || n.asInt() < min || n.asInt() > max) {
            throw ApiError.badRequest(field + ": must be a whole number from " + min + " to " + max + ".");
        }
        return n.asInt();
    }

    private static String kind(JsonNode n) {
        return switch (n.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL, MISSING -> "null";
            default -> "a " + n.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
