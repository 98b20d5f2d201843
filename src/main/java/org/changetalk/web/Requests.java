package org.changetalk.web;

import com.fasterxml.jackson.core.JsonProcessingException;
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
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private Requests() {
    }

    static ObjectNode object(Context ctx) {
        return object(ctx.body());
    }

    private static ObjectNode object(String body) {
        if (body == null || body.isBlank()) {
            throw ApiError.badRequest("The request body is empty; send a JSON object.");
        }
        JsonNode node;
        try {
            node = MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw ApiError.badRequest("The request body is not valid JSON: " + e.getOriginalMessage()
                    + " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ").");
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
        return object(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
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
