package org.changetalk.review;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.changetalk.session.HumanCode;
import org.changetalk.session.SessionInfo;
import org.changetalk.session.SessionTurn;

import java.util.List;
import java.util.Locale;

/**
 * Reviewed turns as a gold file in the {@code code --eval} input format (docs/gold-set.md): an export file
 * format, not the web API, so it is written here beside the service that picks the turns (ArchitectureTest
 * lets this one class of review build JSON). Each item is the client line the turn answered, then the
 * labelled counselor turn.
 */
final class GoldExport {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final StringBuilder out = new StringBuilder();

    /** Adds turn {@code number} of {@code s} labelled with {@code codes} (the first the primary); nothing if none. */
    void item(SessionInfo s, List<SessionTurn> turns, int number, List<HumanCode> codes) {
        SessionTurn turn = turns.stream().filter(t -> t.number() == number).findFirst().orElse(null);
        if (turn == null || codes.isEmpty()) {
            return;
        }
        String conversation = "ct-" + s.id() + "-" + number;
        String before = number == 1 ? (s.opening() == null ? null : s.opening().text())
                : turns.stream().filter(t -> t.number() == number - 1).findFirst()
                        .map(t -> t.reply() == null ? null : t.reply().text()).orElse(null);
        if (before != null && !before.isBlank()) {
            ObjectNode client = JSON.objectNode();
            client.put("conversation", conversation);
            client.put("speaker", "client");
            client.put("text", before);
            out.append(client).append('\n');
        }
        HumanCode primary = codes.get(0);
        ObjectNode counselor = JSON.objectNode();
        counselor.put("conversation", conversation);
        counselor.put("speaker", "counselor");
        counselor.put("text", turn.trainee());
        ObjectNode gold = counselor.putObject("gold");
        gold.put("primary", primary.code().name());
        ArrayNode list = gold.putArray("codes");
        codes.forEach(c -> list.add(c.code().name()));
        gold.put("question", primary.question() == null ? null : primary.question().name().toLowerCase(Locale.ROOT));
        gold.put("reflection", primary.reflection() == null ? null : primary.reflection().name().toLowerCase(Locale.ROOT));
        out.append(counselor).append('\n');
    }

    Export export() {
        return new Export("application/x-ndjson; charset=utf-8", "changetalk-gold.jsonl", out.toString());
    }
}
