package org.changetalk.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.changetalk.coding.Code;
import org.changetalk.coding.QuestionType;
import org.changetalk.coding.ReflectionDepth;
import org.changetalk.coding.Speaker;
import org.changetalk.coding.Talk;
import org.changetalk.coding.TalkKind;
import org.changetalk.coding.Turn;
import org.changetalk.transcript.BadInputException;
import org.changetalk.transcript.InputError;
import org.changetalk.transcript.InputFormat;
import org.changetalk.transcript.InputTurn;
import org.changetalk.transcript.TranscriptReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads a gold set (docs/gold-set.md): one .jsonl file, or a directory searched recursively for .jsonl files.
 * A directory with both {@code tune/} and {@code holdout/} gives three parts, tune, holdout and all; anything
 * else gives one part, all. Every problem in every file is reported (up to the reader's cap) before failing.
 */
public final class GoldReader {
    private final TranscriptReader reader;

    public GoldReader(TranscriptReader reader) {
        this.reader = reader;
    }

    public List<GoldPart> read(Path gold) throws IOException, BadInputException {
        if (!Files.isDirectory(gold)) {
            return List.of(new GoldPart("all", readFiles(List.of(gold))));
        }
        Path tune = gold.resolve("tune"), holdout = gold.resolve("holdout");
        if (!Files.isDirectory(tune) || !Files.isDirectory(holdout)) {
            return List.of(new GoldPart("all", readFiles(jsonlFiles(gold))));
        }
        // only the two frozen parts count: working drafts beside them are not gold yet
        List<Path> files = new ArrayList<>(jsonlFiles(tune));
        files.addAll(jsonlFiles(holdout));
        List<GoldItem> all = readFiles(files);
        return List.of(
                new GoldPart("tune", all.stream().filter(i -> Path.of(i.file()).startsWith(tune)).toList()),
                new GoldPart("holdout", all.stream().filter(i -> Path.of(i.file()).startsWith(holdout)).toList()),
                new GoldPart("all", all));
    }

    private static List<Path> jsonlFiles(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jsonl"))
                    .sorted()
                    .toList();
        }
    }

    private List<GoldItem> readFiles(List<Path> files) throws IOException, BadInputException {
        List<GoldItem> items = new ArrayList<>();
        List<InputError> errors = new ArrayList<>();
        boolean truncated = false;
        for (Path file : files) {
            try {
                List<InputTurn> turns = reader.read(file, InputFormat.JSONL);
                items.addAll(items(file, turns, errors));
            } catch (BadInputException e) {
                errors.addAll(e.errors());
                truncated |= e.truncated();
            }
            if (errors.size() >= TranscriptReader.MAX_ERRORS) {
                truncated = true;
                break;
            }
        }
        if (!errors.isEmpty()) {
            throw new BadInputException(errors.subList(0, Math.min(errors.size(), TranscriptReader.MAX_ERRORS)),
                    truncated);
        }
        return items;
    }

    private static List<GoldItem> items(Path file, List<InputTurn> turns, List<InputError> errors) {
        boolean holdout = false;
        for (Path part : file) {
            holdout |= part.toString().equals("holdout");
        }
        Map<String, List<InputTurn>> byItem = new LinkedHashMap<>();
        turns.forEach(t -> byItem.computeIfAbsent(t.conversation(), k -> new ArrayList<>()).add(t));
        List<GoldItem> items = new ArrayList<>();
        for (var entry : byItem.entrySet()) {
            List<InputTurn> item = entry.getValue();
            List<Turn> conversation = item.stream().map(InputTurn::turn).toList();
            boolean any = false;
            for (int i = 0; i < item.size(); i++) {
                InputTurn target = item.get(i);
                if (!target.fields().has("gold")) {
                    continue;
                }
                any = true;
                List<String> problems = new ArrayList<>();
                Gold gold = parse(target, problems);
                problems.forEach(p -> errors.add(new InputError(file.toString(), target.line(), "gold: " + p)));
                if (gold != null && problems.isEmpty()) {
                    // a whole labelled session gives one item per labelled turn, each read with the turns before it
                    items.add(new GoldItem(file.toString(), target.line(), entry.getKey(), conversation.subList(0, i + 1),
                            i, gold, (ObjectNode) target.fields().get("gold"), holdout));
                }
            }
            if (!any) {
                errors.add(new InputError(file.toString(), item.get(0).line(),
                        "item '" + entry.getKey() + "' has no turn with a gold label"));
            }
        }
        return items;
    }

    private static Gold parse(InputTurn turn, List<String> problems) {
        JsonNode node = turn.fields().get("gold");
        if (!node.isObject()) {
            problems.add("must be an object");
            return null;
        }
        if (turn.turn().speaker() == Speaker.COUNSELOR) {
            Code primary = required(node, "primary", Code.class, problems);
            QuestionType question = optional(node, "question", QuestionType.class, problems);
            ReflectionDepth reflection = optional(node, "reflection", ReflectionDepth.class, problems);
            JsonNode asQuestion = node.get("asQuestion");
            if (asQuestion != null && !asQuestion.isNull() && !asQuestion.isBoolean()) {
                problems.add("'asQuestion' must be true or false");
            }
            return primary == null ? null
                    : new CounselorGold(primary, question, reflection, asQuestion != null && asQuestion.asBoolean());
        }
        Talk talk = required(node, "talk", Talk.class, problems);
        TalkKind kind = optional(node, "kind", TalkKind.class, problems);
        return talk == null ? null : new ClientGold(talk, kind);
    }

    private static <E extends Enum<E>> E required(JsonNode gold, String field, Class<E> type, List<String> problems) {
        JsonNode value = gold.get(field);
        if (value == null || value.isNull()) {
            problems.add("missing '" + field + "'");
            return null;
        }
        return optional(gold, field, type, problems);
    }

    private static <E extends Enum<E>> E optional(JsonNode gold, String field, Class<E> type, List<String> problems) {
        JsonNode value = gold.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        Map<String, E> byName = new LinkedHashMap<>();
        Arrays.stream(type.getEnumConstants()).forEach(e -> byName.put(e.name(), e));
        E e = value.isTextual() ? byName.get(value.textValue().toUpperCase(Locale.ROOT)) : null;
        if (e == null) {
            problems.add("'" + field + "' must be one of " + byName.keySet().stream()
                    .map(name -> type == Code.class || type == TalkKind.class ? name : name.toLowerCase(Locale.ROOT))
                    .toList() + ", found " + value);
        }
        return e;
    }
}
