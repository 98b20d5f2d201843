package org.changetalk.practice;

import org.changetalk.coding.Coder;
import org.changetalk.coding.CounselorCoding;
import org.changetalk.coding.Turn;
import org.changetalk.scenario.model.Beat;
import org.changetalk.scenario.model.Category;
import org.changetalk.scenario.model.Conversation;
import org.changetalk.scenario.model.Drill;
import org.changetalk.scenario.model.DrillItem;
import org.changetalk.scenario.model.Exemplar;
import org.changetalk.scenario.read.Fixtures;
import org.changetalk.scenario.library.LibraryEntry;
import org.changetalk.scenario.model.Level;
import org.changetalk.scenario.library.ScenarioLibrary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exemplars of every shipped scenario are shown to trainees as "try instead", so each must be coded as the skill it
 * models, and a skill's exemplars must not teach one formula (issue 9). Known coder misses are listed, with why, in
 * regressions/exemplar-known-misses.txt.
 */
class ExemplarsTest {
    private static final ResponseCoder CODER = ResponseCoder.of(new Coder());
    private static final Set<Category> REFLECTIONS = EnumSet.of(Category.SIMPLE_REFLECTION, Category.COMPLEX_REFLECTION);

    /** One exemplar where it is used: the scenario file, the beat or drill item, and what the coder made of it. */
    private record Use(String file, String where, Exemplar exemplar, Category coded, boolean counts) {
        String key() {
            return file + " | " + where + " | " + exemplar.text();
        }
    }

    private static List<Use> uses;
    private static Map<String, String> knownMisses;

    @BeforeAll
    static void codeEveryExemplar() throws IOException {
        uses = new ArrayList<>();
        for (LibraryEntry e : ScenarioLibrary.open(Fixtures.LIBRARY).entries()) {
            String file = e.file().getFileName().toString();
            if (e.scenario() instanceof Conversation c) {
                for (Beat b : c.beats().values()) {
                    List<Turn> before = b.say().isEmpty() ? List.of() : List.of(Turn.client(b.say().get(0)));
                    for (Exemplar x : b.exemplars()) {
                        CounselorCoding coding = CODER.code(before, Turn.counselor(x.text()));
                        // information "with permission" is given after the trainee asked: the engine reads it that way
                        Category previous = x.skill() == Category.INFORMATION_WITH_PERMISSION ? Category.COLLABORATION : null;
                        Category coded = Categorizer.categorize(coding, previous);
                        boolean counts = coding.flags().isEmpty() && (coded == x.skill()
                                || REFLECTIONS.contains(coded) && REFLECTIONS.contains(x.skill()));
                        uses.add(new Use(file, b.id(), x, coded, counts));
                    }
                }
            } else {
                // a drill exemplar must pass the drill's own rule: accepted category, no flag, required words, sides
                Drill d = (Drill) e.scenario();
                for (Level level : Level.values()) {
                    List<DrillItem> items = d.items(level);
                    for (int i = 0; i < items.size(); i++) {
                        for (Exemplar x : items.get(i).exemplars()) {
                            DrillAttempt a = new DrillSession(d, CODER, new DrillProgress(level, i, List.of(), false))
                                    .attempt(x.text());
                            uses.add(new Use(file, items.get(i).id(), x, a.category(), a.success()));
                        }
                    }
                }
            }
        }
        knownMisses = new LinkedHashMap<>();
        for (String line : resource("regressions/exemplar-known-misses.txt").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split(" \\| ");
            assertThat(f).as("file | beat | text | why: " + line).hasSize(4);
            knownMisses.put(f[0] + " | " + f[1] + " | " + f[2], f[3]);
        }
    }

    @Test
    void everyExemplarIsCodedAsTheSkillItModels() {
        assertThat(uses).as("exemplars in the shipped library").hasSizeGreaterThan(500);
        List<String> wrong = uses.stream().filter(u -> !u.counts() && !knownMisses.containsKey(u.key()))
                .map(u -> u.key() + " -> " + u.exemplar().skill() + " coded " + u.coded()).toList();
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyKnownMissIsAnExemplarStillShipped() {
        Set<String> shipped = uses.stream().map(Use::key).collect(Collectors.toSet());
        assertThat(knownMisses.keySet().stream().filter(k -> !shipped.contains(k)).toList())
                .as("known misses whose exemplar was changed or removed: update regressions/exemplar-known-misses.txt")
                .isEmpty();
    }

    @Test
    void aKnownMissTheCoderNowGetsRightLeavesTheList() {
        // the list only says what the coder still misreads; a line that now passes is a fix nobody would see
        List<String> fixed = uses.stream().filter(u -> u.counts() && knownMisses.containsKey(u.key())).map(Use::key).distinct().toList();
        assertThat(fixed).as("exemplars coded right now: remove them from regressions/exemplar-known-misses.txt").isEmpty();
    }

    @Test
    void noThreeWordOpeningCarriesMoreThanAThirdOfASkill() {
        Map<Category, Map<String, Integer>> openings = new HashMap<>();
        Set<String> seen = new java.util.HashSet<>();
        for (Use u : uses) {
            // an exemplar shared by two beats of one file is one piece of writing
            if (seen.add(u.file() + "|" + u.exemplar().text())) {
                openings.computeIfAbsent(u.exemplar().skill(), k -> new HashMap<>())
                        .merge(opening(u.exemplar().text()), 1, Integer::sum);
            }
        }
        List<String> formulas = new ArrayList<>();
        openings.forEach((skill, counts) -> {
            int total = counts.values().stream().mapToInt(Integer::intValue).sum();
            counts.forEach((words, n) -> {
                if (n > Math.max(1, total / 3)) {
                    formulas.add(skill + ": '" + words + "' opens " + n + " of " + total);
                }
            });
        });
        assertThat(formulas).isEmpty();
    }

    @Test
    void affirmationsNameWhatTheClientDidNotAStockVirtue() {
        List<String> affirmations = uses.stream().filter(u -> u.exemplar().skill() == Category.AFFIRM)
                .map(u -> u.exemplar().text().toLowerCase(Locale.ROOT)).distinct().toList();
        long stock = affirmations.stream().filter(t -> t.contains("strength") || t.contains("courage")).count();
        assertThat(stock).as("affirmations that rest on 'strength' or 'courage', of " + affirmations.size())
                .isLessThanOrEqualTo(affirmations.size() / 10);
    }

    /** The first three words, lower case, punctuation dropped ("It's up to" and "it's up to…" are one opening). */
    static String opening(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("[^a-z0-9' ]", " ").trim()
                .split("\\s+");
        return String.join(" ", List.of(words).subList(0, Math.min(3, words.length)));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ExemplarsTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
