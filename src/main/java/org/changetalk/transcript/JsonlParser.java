package org.changetalk.transcript;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** JSON Lines: one object per line with string fields conversation, speaker and text; blank lines are skipped. */
final class JsonlParser implements FormatParser {
    // Duplicate keys and trailing tokens are errors: silently keeping the last "text" or ignoring a second
    // object on the line would code something other than what the user meant.
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final ErrorLog errors;
    private final List<InputTurn> turns = new ArrayList<>();

    JsonlParser(ErrorLog errors) {
        this.errors = errors;
    }

    @Override
    public void accept(Line line) {
        if (line.text().isBlank()) {
            return;
        }
        JsonNode node;
        try {
            node = MAPPER.readTree(line.text());
        } catch (JsonProcessingException e) {
            errors.add(line.number(), "malformed JSON" + describe(e));
            return;
        }
        if (!(node instanceof ObjectNode object)) {
            errors.add(line.number(), "expected a JSON object, found " + node.getNodeType().name().toLowerCase(Locale.ROOT));
            return;
        }
        String conversation = stringField(object, "conversation", line.number());
        String speaker = stringField(object, "speaker", line.number());
        String text = stringField(object, "text", line.number());
        InputTurn turn = TurnFields.check(line.number(), conversation, speaker, text, object, errors);
        if (turn != null) {
            turns.add(turn);
        }
    }

    private String stringField(ObjectNode object, String name, long line) {
        JsonNode value = object.get(name);
        if (value == null || value.isNull()) {
            errors.add(line, "missing field '" + name + "'");
            return null;
        }
        if (!value.isTextual()) {
            errors.add(line, "field '" + name + "' must be a string, found " + value.getNodeType().name().toLowerCase(Locale.ROOT));
            return null;
        }
        return value.textValue();
    }

    private static String describe(JsonProcessingException e) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().lines().findFirst().orElse("");
        JsonLocation where = e.getLocation();
        String column = where != null && where.getColumnNr() > 0 ? " at column " + where.getColumnNr() : "";
        return column + (message.isEmpty() ? "" : ": " + TurnFields.abbreviate200(message));
    }

    @Override
    public void finish(long lastLine) {
    }

    @Override
    public List<InputTurn> turns() {
        return turns;
    }
}
