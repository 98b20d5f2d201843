package org.changetalk.coding;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Developer tool: codes the tune part of the gold set and prints confusions and mistakes. */
public final class TuneReport {
    public static void main(String[] args) throws IOException {
        if (args.length > 0 && args[0].equals("debug")) {
            Lexicon lex = Lexicon.load("lexicon.txt", "lexicon-client.txt");
            Text t = Text.of(args[1]);
            for (Text.Sentence s : t.sentences) System.out.println(new Clause(t, s, lex.trie(), lex.set("leadin"), lex.set("anchor_softener"), lex.set("greeting")) + " | " + t.span(s).of(t.raw));
            return;
        }
        Path dir = Path.of(args.length > 0 ? args[0] : "src/test/resources/gold/tune");
        String show = args.length > 1 ? args[1] : "";
        ObjectMapper json = new ObjectMapper();
        Coder coder = new Coder();
        Map<String, List<JsonNode>> items = new LinkedHashMap<>();
        try (var files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                for (String line : Files.readAllLines(f)) {
                    if (line.isBlank()) continue;
                    JsonNode n = json.readTree(line);
                    items.computeIfAbsent(n.get("conversation").asText(), k -> new ArrayList<>()).add(n);
                }
            }
        }
        Map<String, Integer> conf4 = new TreeMap<>();
        Map<String, Integer> confCode = new TreeMap<>();
        Map<String, Integer> confTalk = new TreeMap<>();
        int depthOk = 0, depthN = 0, openOk = 0, openN = 0;
        for (var e : items.entrySet()) {
            List<Turn> turns = new ArrayList<>();
            for (JsonNode n : e.getValue()) {
                turns.add(new Turn(Speaker.parse(n.get("speaker").asText()).orElseThrow(), n.get("text").asText()));
            }
            List<CodedTurn> coded = coder.code(turns);
            JsonNode last = e.getValue().get(e.getValue().size() - 1);
            JsonNode gold = last.get("gold");
            CodedTurn got = coded.get(coded.size() - 1);
            String ctx = e.getValue().size() > 1 ? e.getValue().get(e.getValue().size() - 2).get("text").asText() : "";
            if (got instanceof CounselorCoding cc) {
                String g = gold.get("primary").asText();
                String p = cc.primary().name();
                String g4 = map4(g, gold.path("asQuestion").asBoolean(false) || !gold.path("question").isNull() && gold.has("question") && g.equals("SEEKING_COLLABORATION"));
                String p4 = map4(p, cc.question() != null);
                conf4.merge(g4 + " -> " + p4, 1, Integer::sum);
                confCode.merge(g + " -> " + p, 1, Integer::sum);
                if (g.equals(p) && g.endsWith("REFLECTION")) {
                }
                if (g.endsWith("REFLECTION") && p.endsWith("REFLECTION")) {
                    depthN++;
                    if (g.equals(p)) depthOk++;
                }
                if (g.equals("QUESTION") && p.equals("QUESTION")) {
                    openN++;
                    if (gold.get("question").asText().equalsIgnoreCase(cc.question().name())) openOk++;
                    else if (show.equals("open")) System.out.println("OPEN/CLOSED gold=" + gold.get("question").asText() + " | " + last.get("text").asText());
                }
                boolean showIt = show.equals("all") ? !g.equals(p) : show.equals("4") ? !g4.equals(p4) : show.equals(g) && !g.equals(p) || show.equals("P:" + p) && !g.equals(p)
                        || show.equals("depth") && g.endsWith("REFLECTION") && p.endsWith("REFLECTION") && !g.equals(p);
                if (showIt) {
                    System.out.println("[" + e.getKey() + "] gold=" + g + " got=" + p + " codes=" + cc.codes());
                    System.out.println("   C: " + ctx);
                    System.out.println("   T: " + last.get("text").asText());
                    for (Utterance u : cc.utterances()) System.out.println("      " + u.code() + " <" + u.evidence().rule() + "> " + u.span().of(last.get("text").asText()));
                }
            } else if (got instanceof ClientCoding cl) {
                String g = gold.get("talk").asText().toUpperCase();
                String p = cl.talk().name();
                confTalk.merge(g + " -> " + p, 1, Integer::sum);
                if (show.equals("talk") && !g.equals(p) || show.equals("talk:" + g) && !g.equals(p)) {
                    System.out.println("[" + e.getKey() + "] gold=" + g + "/" + gold.path("kind").asText() + " got=" + p + " rule=" + cl.evidence().rule());
                    System.out.println("   C: " + ctx);
                    System.out.println("   T: " + last.get("text").asText());
                }
            }
        }
        System.out.println("4-class: " + f1(conf4));
        System.out.println("codes:   " + f1(confCode));
        System.out.println("talk:    " + f1(confTalk));
        System.out.printf("depth acc %.3f (%d)  open acc %.3f (%d)%n", depthOk / (double) depthN, depthN, openOk / (double) openN, openN);
        if (show.equals("conf")) {
            confCode.forEach((k, v) -> { if (!k.split(" -> ")[0].equals(k.split(" -> ")[1])) System.out.println("  " + v + "  " + k); });
            conf4.forEach((k, v) -> System.out.println("  4: " + v + "  " + k));
            confTalk.forEach((k, v) -> System.out.println("  t: " + v + "  " + k));
        }
    }

    static String map4(String code, boolean asQuestion) {
        return switch (code) {
            case "SIMPLE_REFLECTION", "COMPLEX_REFLECTION" -> "reflection";
            case "QUESTION" -> "question";
            case "GIVING_INFORMATION", "PERSUADE", "PERSUADE_WITH_PERMISSION", "CONFRONT" -> "input";
            case "SEEKING_COLLABORATION" -> asQuestion ? "question" : "other";
            default -> "other";
        };
    }

    static String f1(Map<String, Integer> conf) {
        Map<String, int[]> stats = new TreeMap<>(); // tp, fp, fn
        int total = 0, correct = 0;
        for (var e : conf.entrySet()) {
            String[] gp = e.getKey().split(" -> ");
            int n = e.getValue();
            total += n;
            stats.computeIfAbsent(gp[0], k -> new int[3]);
            stats.computeIfAbsent(gp[1], k -> new int[3]);
            if (gp[0].equals(gp[1])) {
                stats.get(gp[0])[0] += n;
                correct += n;
            } else {
                stats.get(gp[1])[1] += n;
                stats.get(gp[0])[2] += n;
            }
        }
        StringBuilder sb = new StringBuilder();
        double sum = 0;
        int k = 0;
        for (var e : stats.entrySet()) {
            int[] s = e.getValue();
            if (s[0] + s[2] == 0) continue;
            double p = s[0] + s[1] == 0 ? 0 : s[0] / (double) (s[0] + s[1]);
            double r = s[0] / (double) (s[0] + s[2]);
            double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
            sum += f;
            k++;
            sb.append(String.format("%s=%.2f(%d) ", e.getKey().length() > 12 ? e.getKey().substring(0, 12) : e.getKey(), f, s[0] + s[2]));
        }
        return String.format("acc=%.3f macroF1=%.3f  ", correct / (double) total, sum / k) + sb;
    }
}
