package org.changetalk.transcript;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * RFC 4180 CSV: comma separated, fields optionally in double quotes, "" for a quote inside a quoted field,
 * quoted fields may span lines (kept with \n). The first record is the header and must name the columns
 * conversation, speaker and text (any order, any case); other columns are carried into the output.
 * Blank lines between records are skipped. A record is reported at the line where it starts.
 */
final class CsvParser implements FormatParser {
    private static final List<String> REQUIRED = List.of("conversation", "speaker", "text");

    private final ErrorLog errors;
    private final List<InputTurn> turns = new ArrayList<>();

    private List<String> header;
    private boolean headerBroken;
    private int conversationColumn;
    private int speakerColumn;
    private int textColumn;

    private final List<String> fields = new ArrayList<>();
    private final StringBuilder field = new StringBuilder();
    private boolean inQuotes;
    private boolean afterClosingQuote;
    private long recordStart;

    CsvParser(ErrorLog errors) {
        this.errors = errors;
    }

    @Override
    public void accept(Line line) {
        if (headerBroken) {
            return; // without a usable header no row can be read; one error is enough
        }
        String text = line.text();
        if (inQuotes) {
            field.append('\n');
        } else {
            if (text.isBlank()) {
                return;
            }
            recordStart = line.number();
            fields.clear();
            field.setLength(0);
            afterClosingQuote = false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inQuotes) {
                if (c != '"') {
                    field.append(c);
                } else if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else {
                    inQuotes = false;
                    afterClosingQuote = true;
                }
            } else if (c == ',') {
                endField();
            } else if (afterClosingQuote) {
                rejectRecord(line.number(), "unexpected character '" + c + "' after a closing quote at column "
                        + (i + 1) + " (a quote inside a quoted field is written \"\")");
                return;
            } else if (c == '"') {
                if (field.length() > 0) {
                    rejectRecord(line.number(), "stray quote at column " + (i + 1)
                            + " in an unquoted field (quote the whole field and write \"\" for a quote)");
                    return;
                }
                inQuotes = true;
            } else {
                field.append(c);
            }
        }
        if (!inQuotes) {
            endField();
            endRecord();
        }
    }

    private void endField() {
        fields.add(field.toString());
        field.setLength(0);
        afterClosingQuote = false;
    }

    private void rejectRecord(long line, String message) {
        errors.add(line, message);
        inQuotes = false;
        fields.clear();
        field.setLength(0);
        if (header == null) {
            headerBroken = true;
        }
    }

    private void endRecord() {
        if (header == null) {
            readHeader();
            return;
        }
        if (fields.size() != header.size()) {
            errors.add(recordStart, "expected " + header.size() + " fields as in the header, found " + fields.size());
            return;
        }
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        for (int i = 0; i < header.size(); i++) {
            object.put(header.get(i), fields.get(i));
        }
        InputTurn turn = TurnFields.check(recordStart, fields.get(conversationColumn), fields.get(speakerColumn),
                fields.get(textColumn), object, errors);
        if (turn != null) {
            turns.add(turn);
        }
    }

    private void readHeader() {
        List<String> names = fields.stream().map(String::strip).toList();
        List<String> lower = names.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
        Set<String> seen = new HashSet<>();
        String duplicate = lower.stream().filter(n -> !seen.add(n)).findFirst().orElse(null);
        List<String> missing = REQUIRED.stream().filter(r -> !lower.contains(r)).toList();
        if (!missing.isEmpty() || duplicate != null || lower.contains("")) {
            String why = !missing.isEmpty() ? "missing column " + String.join(", ", missing)
                    : duplicate != null ? "duplicate column '" + duplicate + "'" : "empty column name";
            errors.add(recordStart, "wrong CSV header: " + why + " (expected conversation,speaker,text; found "
                    + TurnFields.abbreviate200(String.join(",", names)) + ")");
            headerBroken = true;
            return;
        }
        header = names;
        conversationColumn = lower.indexOf("conversation");
        speakerColumn = lower.indexOf("speaker");
        textColumn = lower.indexOf("text");
    }

    @Override
    public void finish(long lastLine) {
        if (inQuotes) {
            errors.add(recordStart, "unbalanced quotes: a quoted field in the record starting here is never closed");
        } else if (header == null && !headerBroken) {
            errors.add(Math.max(1, lastLine), "empty CSV: expected a header line conversation,speaker,text");
        }
    }

    @Override
    public List<InputTurn> turns() {
        return turns;
    }
}
