package org.changetalk.coding;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs the hand-written cases in {@code coding/cases.txt}: every code on a clear and a tricky example. */
class CoderCasesTest {
    private static final Coder CODER = new Coder();
    /** The case files of counselor turns, each checked for its codes and for naming a rule that exists. */
    private static final List<String> COUNSELOR_CASE_FILES = List.of("cases.txt", "cases-counselor.txt",
            "cases-consistent.txt", "cases-inconsistent.txt", "cases-speech.txt", "cases-record.txt", "cases-reaction.txt",
            "cases-volley.txt", "cases-pressure.txt", "cases-content.txt");

    record Case(String file, int line, String comment, List<Turn> turns, List<String> expected) {}

    @TestFactory
    Stream<DynamicTest> cases() throws IOException {
        return Stream.concat(COUNSELOR_CASE_FILES.stream(), Stream.of("cases-client.txt", "cases-client-speech.txt"))
                .flatMap(CoderCasesTest::loadQuietly)
                .map(c -> DynamicTest.dynamicTest(c.file() + ":" + c.line() + ": " + c.comment(), () -> check(c)));
    }

    private static void check(Case c) {
        CodedTurn got = CODER.code(c.turns()).get(c.turns().size() - 1);
        String where = "case at " + c.file() + ":" + c.line() + " (" + c.turns().get(c.turns().size() - 1).text() + ")";
        if (got instanceof CounselorCoding cc) {
            // "A|B": trained coders would differ, either is right
            assertThat(List.of(c.expected().get(0).split("\\|"))).as(where + " " + cc.utterances()).contains(cc.primary().name());
            for (String e : c.expected().subList(1, c.expected().size())) {
                if (e.startsWith("rule:")) {
                    // the named rule must exist (a typo fails here, not silently) and be the one that decided the primary
                    RuleId named = RuleId.of(e.substring(5));
                    assertThat(named).as(where + ": " + e + " names no RuleId").isNotNull();
                    assertThat(RuleId.of(cc.primaryEvidence().rule())).as(where + ": deciding rule (" + cc.primaryEvidence().rule() + ")")
                            .isEqualTo(named);
                    continue;
                }
                switch (e) {
                    case "open", "closed" -> assertThat(cc.question()).as(where).isEqualTo(QuestionType.valueOf(e.toUpperCase(Locale.ROOT)));
                    case "simple", "complex" -> assertThat(cc.reflection()).as(where).isEqualTo(ReflectionDepth.valueOf(e.toUpperCase(Locale.ROOT)));
                    default -> {
                        assertThat(e).as(where).startsWith("flag:");
                        assertThat(cc.flags()).as(where).extracting(Flag::kind).contains(FlagKind.valueOf(e.substring(5)));
                    }
                }
            }
            if (c.expected().stream().noneMatch(e -> e.startsWith("flag:"))) {
                assertThat(cc.flags()).as(where + ": no flags expected").isEmpty();
            }
            cc.utterances().forEach(u -> assertThat(u.evidence().explanation()).as(where).isNotBlank());
        } else {
            ClientCoding cl = (ClientCoding) got;
            assertThat(List.of(c.expected().get(0).split("\\|"))).as(where + " " + cl.evidence()).contains(cl.talk().name().toLowerCase(Locale.ROOT));
            for (String e : c.expected().subList(1, c.expected().size())) {
                if (e.startsWith("rule:")) assertThat(cl.evidence().rule()).as(where + ": deciding rule").startsWith(e.substring(5));
                else assertThat(cl.kind()).as(where + " " + cl.evidence()).isEqualTo(TalkKind.valueOf(e));
            }
            assertThat(cl.confidence()).as(where + ": confidence").isBetween(0.0, 1.0);
            assertThat(cl.evidence().explanation()).as(where).isNotBlank();
        }
    }

    /** Every rule the coder can name in its evidence is a RuleId: no rule is named by a bare string. */
    @org.junit.jupiter.api.Test
    void everyDecidingRuleOfTheCasesIsARuleId() throws IOException {
        for (String file : COUNSELOR_CASE_FILES) {
            for (Case c : load(file)) {
                if (CODER.code(c.turns()).get(c.turns().size() - 1) instanceof CounselorCoding cc) {
                    cc.utterances().forEach(u -> assertThat(RuleId.of(u.evidence().rule()))
                            .as(file + ":" + c.line() + " rule " + u.evidence().rule()).isNotNull());
                }
            }
        }
    }

    private static Stream<Case> loadQuietly(String file) {
        try {
            return load(file).stream();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static List<Case> load(String file) throws IOException {
        List<Case> cases = new ArrayList<>();
        try (InputStream in = CoderCasesTest.class.getResourceAsStream("/coding/" + file)) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1);
            List<Turn> turns = new ArrayList<>();
            String comment = "";
            int start = 0;
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.startsWith("#")) {
                    comment = line.substring(1).strip();
                } else if (line.startsWith("client:") || line.startsWith("counselor:")) {
                    if (turns.isEmpty()) start = i + 1;
                    int colon = line.indexOf(':');
                    turns.add(new Turn(Speaker.parse(line.substring(0, colon)).orElseThrow(), line.substring(colon + 1).strip()));
                } else if (line.startsWith("=>")) {
                    if (turns.isEmpty()) throw new IllegalStateException(file + ":" + (i + 1) + ": expectation without turns");
                    cases.add(new Case(file, start, comment, List.copyOf(turns), List.of(line.substring(2).strip().split("\\s+"))));
                    turns.clear();
                } else if (!line.isEmpty()) {
                    throw new IllegalStateException(file + ":" + (i + 1) + ": cannot read '" + line + "'");
                }
            }
        }
        return cases;
    }
}
