package org.changetalk.transcript;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.changetalk.coding.Speaker;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plain transcript of one conversation: "Counselor: ..." / "Client: ..." lines (Therapist and Clinician
 * also name the counselor). A line without a speaker prefix continues the previous turn; blank lines are
 * skipped. A capitalised single word and a colon at the start of a line is read as a speaker label, so an
 * unknown one ("Patient:") is an error rather than silently merged into the previous turn.
 */
final class TxtParser implements FormatParser {
    private static final Pattern LABEL = Pattern.compile("^\\s*(\\p{Lu}\\p{L}{0,19})\\s*:(.*)$");

    private final String conversation;
    private final ErrorLog errors;
    private final List<InputTurn> turns = new ArrayList<>();

    private String label;
    private long turnLine;
    private final StringBuilder text = new StringBuilder();
    private boolean ignoringContinuations;

    TxtParser(String conversation, ErrorLog errors) {
        this.conversation = conversation;
        this.errors = errors;
    }

    @Override
    public void accept(Line line) {
        String content = line.text().strip();
        if (content.isEmpty()) {
            return;
        }
        Matcher m = LABEL.matcher(line.text());
        if (m.matches()) {
            endTurn();
            String word = m.group(1);
            if (Speaker.parse(word).isEmpty()) {
                errors.add(line.number(), "unknown speaker '" + word + "' (expected Counselor:, Therapist:, "
                        + "Clinician: or Client:)");
                label = null;
                ignoringContinuations = true; // its continuation lines belong to the rejected turn
                return;
            }
            label = word;
            turnLine = line.number();
            text.append(m.group(2).strip());
            return;
        }
        if (label == null) {
            if (!ignoringContinuations) {
                errors.add(line.number(), "text before any speaker: start the turn with 'Counselor:' or 'Client:'");
                ignoringContinuations = true;
            }
            return;
        }
        if (text.length() > 0) {
            text.append('\n');
        }
        text.append(content);
    }

    private void endTurn() {
        if (label != null) {
            ObjectNode fields = JsonNodeFactory.instance.objectNode();
            fields.put("conversation", conversation);
            fields.put("speaker", label);
            fields.put("text", text.toString());
            InputTurn turn = TurnFields.check(turnLine, conversation, label, text.toString(), fields, errors);
            if (turn != null) {
                turns.add(turn);
            }
        }
        label = null;
        text.setLength(0);
    }

    @Override
    public void finish(long lastLine) {
        endTurn();
    }

    @Override
    public List<InputTurn> turns() {
        return turns;
    }
}
