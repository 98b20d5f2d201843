package org.changetalk.practice;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.changetalk.scenario.model.Moves;

/** The client's plain fallback lines by move (client-lines.txt), used when the scenario wrote none. */
final class StockLines {
    private static final Map<String, List<String>> LINES = load();

    private StockLines() {
    }

    static List<String> of(String key) {
        List<String> lines = LINES.get(key);
        if (lines == null) {
            throw new IllegalArgumentException("no stock lines '" + key + "' in client-lines.txt");
        }
        return lines;
    }

    static boolean has(String key) {
        return LINES.containsKey(key);
    }

    /**
     * The persona's own words for a move when the author wrote some (persona.moves), else the stock lines:
     * a client who says "Mm. Something like that." should not fall back to everyone's "Yeah.".
     */
    static List<String> of(String key, Moves own) {
        // "greeting.how.guarded", "being-here.contemplation": the stock lines vary by mood or stage; the persona's own do not.
        String base = key.startsWith("greeting.how") ? "greeting.how" : key.startsWith("being-here") ? "being-here"
                : key.startsWith("off-topic") ? "off-topic" : key;
        List<String> mine = switch (base) {
            case "ack.plain" -> own.acknowledge();
            case "ack.guarded" -> own.acknowledgeGuarded();
            case "summary.ack" -> own.summary();
            case "goals.not-ready" -> own.notReady();
            case "why-not-lower.confidence" -> own.confidentBecause();
            case "greeting.how" -> own.greeting();
            case "being-here" -> own.beingHere();
            case "off-topic" -> own.offTopic();
            case "repair.ack" -> own.repair();
            case "congratulated" -> own.congratulated();
            case "permission.yes" -> own.permissionYes();
            case "greeting.thanks", "greeting.thanks.mandated" -> own.thanks();
            default -> List.of();
        };
        return mine.isEmpty() ? of(key) : mine;
    }

    private static Map<String, List<String>> load() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        List<String> current = null;
        for (String raw : Resources.lines("client-lines.txt")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                current = new ArrayList<>();
                out.put(line.substring(1, line.length() - 1), current);
            } else if (current == null) {
                throw new IllegalStateException("client-lines.txt: a line before any [key]: " + line);
            } else {
                current.add(line);
            }
        }
        out.replaceAll((k, v) -> List.copyOf(v));
        return Collections.unmodifiableMap(out);
    }
}
