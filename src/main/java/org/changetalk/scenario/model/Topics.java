package org.changetalk.scenario.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The topics a client line can be about, each with the words a trainee might use for it: the
 * built-in vocabulary (topics.txt: family, use, worries, past attempts…) merged with the persona's
 * own ({@code persona.topics}: "eli", "lyle", "the casino"). A persona topic with a built-in id adds
 * its words to the built-in ones.
 */
public final class Topics {
    private static final Map<String, List<Phrase>> BUILT_IN = load();

    private final Map<String, List<Phrase>> words;
    /** Phrases by their first word, and those whose first word is a prefix: a text is scanned once, not per phrase. */
    private final Map<String, List<Map.Entry<String, Phrase>>> byFirstWord = new HashMap<>();
    /**
     * The phrases whose first word is a prefix ("drink*"), by the prefix's first letter and in file order: a word
     * is tried against the few that could start it, not all eighty (that loop was most of a turn's topic lookups).
     */
    private final Map<Character, List<Map.Entry<String, Phrase>>> byPrefix = new HashMap<>();

    private Topics(Map<String, List<Phrase>> words) {
        this.words = Collections.unmodifiableMap(words);
        words.forEach((id, phrases) -> phrases.forEach(p -> {
            Map.Entry<String, Phrase> e = Map.entry(id, p);
            if (p.prefix().get(0)) {
                byPrefix.computeIfAbsent(p.words().get(0).charAt(0), k -> new ArrayList<>()).add(e);
            } else {
                byFirstWord.computeIfAbsent(p.words().get(0), k -> new ArrayList<>()).add(e);
            }
        }));
    }

    /** The built-in vocabulary with the persona's topics merged in. */
    public static Topics of(Map<String, List<Phrase>> persona) {
        Map<String, List<Phrase>> merged = new LinkedHashMap<>();
        BUILT_IN.forEach((id, phrases) -> merged.put(id, new ArrayList<>(phrases)));
        persona.forEach((id, phrases) -> merged.computeIfAbsent(id, k -> new ArrayList<>()).addAll(phrases));
        merged.replaceAll((id, phrases) -> List.copyOf(phrases));
        return new Topics(merged);
    }

    public static Set<String> builtInIds() {
        return BUILT_IN.keySet();
    }

    public Set<String> ids() {
        return words.keySet();
    }

    public boolean knows(String topic) {
        return words.containsKey(topic);
    }

    public Map<String, List<Phrase>> words() {
        return words;
    }

    /** The topics whose words occur in a text's lower-cased words (see {@link Phrase#wordsOf}). */
    public List<String> in(List<String> textWords) {
        Set<String> found = new LinkedHashSet<>();
        for (int i = 0; i < textWords.size(); i++) {
            String w = textWords.get(i);
            for (Map.Entry<String, Phrase> e : byFirstWord.getOrDefault(w, List.of())) {
                if (e.getValue().matchesAt(textWords, i)) {
                    found.add(e.getKey());
                }
            }
            if (w.isEmpty()) {
                continue;
            }
            for (Map.Entry<String, Phrase> e : byPrefix.getOrDefault(w.charAt(0), List.of())) {
                if (w.startsWith(e.getValue().words().get(0)) && e.getValue().matchesAt(textWords, i)) {
                    found.add(e.getKey());
                }
            }
        }
        return List.copyOf(found);
    }

    private static Map<String, List<Phrase>> load() {
        try (InputStream in = Topics.class.getResourceAsStream("topics.txt")) {
            if (in == null) {
                throw new IllegalStateException("topics.txt is missing from the classpath");
            }
            Map<String, List<Phrase>> out = new LinkedHashMap<>();
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int colon = line.indexOf(':');
                if (colon < 1) {
                    throw new IllegalStateException("topics.txt:" + (i + 1) + ": expected 'topic: words, …'");
                }
                List<Phrase> phrases = new ArrayList<>();
                for (String w : line.substring(colon + 1).split(",")) {
                    Optional<Phrase> p = Phrase.parse(w.strip());
                    if (p.isEmpty()) {
                        throw new IllegalStateException("topics.txt:" + (i + 1) + ": '" + w.strip() + "' is not a phrase");
                    }
                    phrases.add(p.get());
                }
                out.put(line.substring(0, colon).strip(), List.copyOf(phrases));
            }
            return Collections.unmodifiableMap(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
