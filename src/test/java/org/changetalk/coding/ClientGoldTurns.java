package org.changetalk.coding;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/** Every labelled client turn of a gold directory, with what the client coder reads beside it (developer tools). */
record ClientGoldTurns(Turn turn, Text text, Text counselor, Text clientBefore, Talk gold, String conversation) {

    static List<ClientGoldTurns> read(Path dir) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, List<JsonNode>> conversations = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList()) {
                for (String line : Files.readAllLines(f)) {
                    if (line.isBlank()) continue;
                    JsonNode n = json.readTree(line);
                    conversations.computeIfAbsent(f.getFileName() + "#" + n.get("conversation").asText(), k -> new ArrayList<>()).add(n);
                }
            }
        }
        List<ClientGoldTurns> out = new ArrayList<>();
        for (List<JsonNode> turns : conversations.values()) {
            Text counselor = null;
            Text client = null;
            Speaker previous = null;
            Text clientBeforeCounselor = null;
            for (JsonNode n : turns) {
                Speaker speaker = Speaker.parse(n.get("speaker").asText()).orElseThrow();
                Text text = Text.of(n.get("text").asText());
                if (speaker == Speaker.CLIENT) {
                    Text before = previous == Speaker.COUNSELOR ? clientBeforeCounselor : null;
                    JsonNode g = n.get("gold");
                    if (g != null && g.hasNonNull("talk")) {
                        out.add(new ClientGoldTurns(Turn.client(n.get("text").asText()), text, counselor, before,
                                Talk.valueOf(g.get("talk").asText().toUpperCase(Locale.ROOT)), n.get("conversation").asText()));
                    }
                    client = text;
                } else {
                    counselor = text;
                    clientBeforeCounselor = previous == Speaker.CLIENT ? client : null;
                }
                previous = speaker;
            }
        }
        return out;
    }
}
