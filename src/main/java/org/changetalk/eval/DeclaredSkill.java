package org.changetalk.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The counselor's skill the gold's writer declared for a whole session, apart from its codes: in the conversation id
 * ({@code gh-001-low-exercise}, {@code …-avg-…}, {@code …-skilled-…}) or in a tab-separated list beside the gold files
 * ({@code sessions-g.tsv}: columns {@code conversation} and {@code skill}, in the file's folder or the one above it).
 * The hidden session measure ranks sessions rated by people, so a written-in grade is closer to it than a quality
 * read back from the gold codes ({@link SessionRanking#high}). One instance per evaluation: lists are read once.
 */
final class DeclaredSkill {
    enum Skill { LOW, AVERAGE, SKILLED }

    private final Map<Path, Map<String, Skill>> listed = new HashMap<>();

    /** The declared skill of a conversation in a gold file, or null when none is declared. */
    Skill of(String file, String conversation) {
        Skill fromId = fromId(conversation);
        if (fromId != null) return fromId;
        Path dir = Path.of(file).toAbsolutePath().getParent();
        for (int up = 0; up < 2 && dir != null; up++, dir = dir.getParent()) {
            Skill s = listed.computeIfAbsent(dir, DeclaredSkill::read).get(conversation);
            if (s != null) return s;
        }
        return null;
    }

    /** The grade right after the id's number ("gh-001-low-…"), so a topic word ("…-low-sodium") is not read as one. */
    static Skill fromId(String conversation) {
        String[] parts = conversation.toLowerCase(Locale.ROOT).split("-");
        for (int i = 0; i + 1 < parts.length; i++) {
            if (!parts[i].isEmpty() && parts[i].chars().allMatch(Character::isDigit)) {
                Skill s = parse(parts[i + 1]);
                if (s != null) return s;
            }
        }
        return null;
    }

    private static Skill parse(String word) {
        return switch (word.strip().toLowerCase(Locale.ROOT)) {
            case "low" -> Skill.LOW;
            case "avg", "average" -> Skill.AVERAGE;
            case "skilled", "expert" -> Skill.SKILLED;
            default -> null;
        };
    }

    /** Every {@code *.tsv} in a folder whose header names a conversation and a skill column. */
    private static Map<String, Skill> read(Path dir) {
        Map<String, Skill> out = new HashMap<>();
        if (!Files.isDirectory(dir)) return out;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.tsv")) {
            for (Path f : files) {
                List<String> lines = Files.readAllLines(f);
                if (lines.isEmpty()) continue;
                List<String> header = List.of(lines.get(0).split("\t"));
                int id = header.indexOf("conversation");
                int skill = header.indexOf("skill");
                if (id < 0 || skill < 0) continue;
                for (String line : lines.subList(1, lines.size())) {
                    String[] cols = line.split("\t");
                    if (cols.length <= Math.max(id, skill)) continue;
                    Skill s = parse(cols[skill]);
                    if (s != null) out.put(cols[id].strip(), s);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
