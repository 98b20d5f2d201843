package org.changetalk.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.changetalk.coding.Coder;
import org.changetalk.practice.FakeCoder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The batch coding contract of {@code code --in --out [--summary]}, run in-process with the fake coder. */
class MainTest {
    private static final JsonMapper JSON = new JsonMapper();
    static final List<String> CODING_FIELDS =
            List.of("codes", "primary", "question", "reflection", "confidence", "talk", "talkKind", "talkConfidence", "flags", "evidence");

    @TempDir
    Path dir;

    private final FakeCoder coder = new FakeCoder();

    private CliRun run(String... args) {
        return CliRun.run(coder, "", args);
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    private static List<JsonNode> json(Path file) throws IOException {
        return json(Files.readString(file));
    }

    static List<JsonNode> json(String lines) {
        return lines.lines().map(line -> {
            try {
                return JSON.readTree(line);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }

    private static String turn(String conversation, String speaker, String text) {
        return "{\"conversation\":\"" + conversation + "\",\"speaker\":\"" + speaker + "\",\"text\":\"" + text + "\"}\n";
    }

    @Test
    void writesOneLinePerTurnInInputOrderWithInputFieldsFirst() throws IOException {
        Path in = file("s.jsonl", "{\"id\":1,\"conversation\":\"c\",\"speaker\":\"client\",\"text\":\"change:DESIRE yes\"}\n"
                + turn("c", "Therapist", "AFFIRM then QUESTION:open STIGMATIZING_LABEL"));
        Path out = dir.resolve("coded.jsonl");

        CliRun r = run("code", "--in", in.toString(), "--out", out.toString());

        assertThat(r.status()).isZero();
        assertThat(r.err()).isEmpty();
        List<JsonNode> lines = json(out);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).fieldNames()).toIterable().containsExactlyElementsOf(Stream.concat(
                Stream.of("id", "conversation", "speaker", "text"), CODING_FIELDS.stream()).toList());
        JsonNode client = lines.get(0), counselor = lines.get(1);
        assertThat(client.get("id").asInt()).isEqualTo(1);
        assertThat(client.get("talk").asText()).isEqualTo("change");
        assertThat(client.get("talkKind").asText()).isEqualTo("DESIRE");
        assertThat(client.get("talkConfidence").asDouble()).isBetween(0.5, 1.0);
        assertThat(client.get("codes").isNull()).isTrue();
        assertThat(client.get("primary").isNull()).isTrue();
        assertThat(client.get("evidence").get("rule").asText()).isEqualTo("fake-talk");
        assertThat(counselor.get("speaker").asText()).isEqualTo("Therapist");
        assertThat(counselor.get("codes").toString()).isEqualTo("[\"AFFIRM\",\"QUESTION\"]");
        assertThat(counselor.get("primary").asText()).isEqualTo("AFFIRM");
        assertThat(counselor.get("talk").isNull()).isTrue();
        assertThat(counselor.get("evidence")).hasSize(2);
        assertThat(counselor.get("evidence").get(1).get("text").asText()).isEqualTo("QUESTION:open");
        assertThat(counselor.get("flags").get(0).get("text").asText()).isEqualTo("STIGMATIZING_LABEL");
    }

    @Test
    void codesEachConversationOnItsOwnEvenWhenInterleaved() throws IOException {
        Path in = file("s.jsonl", turn("a", "client", "a1") + turn("b", "client", "b1")
                + turn("a", "counselor", "a2") + turn("b", "counselor", "b2"));
        Path out = dir.resolve("o.jsonl");

        assertThat(run("code", "--in", in.toString(), "--out", out.toString()).status()).isZero();

        // conversations are coded in parallel: each whole and in its own order, the two in any order
        assertThat(coder.seen()).extracting(c -> c.stream().map(t -> t.text()).toList())
                .containsExactlyInAnyOrder(List.of("a1", "a2"), List.of("b1", "b2"));
        assertThat(json(out)).extracting(n -> n.get("text").asText()).containsExactly("a1", "b1", "a2", "b2");
    }

    @Test
    void summaryHasOneLinePerConversationCountedByMitiRules() throws IOException {
        Path in = file("s.jsonl", turn("x", "client", "sustain")
                + turn("x", "counselor", "SIMPLE_REFLECTION COMPLEX_REFLECTION QUESTION:open QUESTION:closed")
                + turn("y", "counselor", "PERSUADE")
                + turn("x", "client", "change")
                + turn("x", "counselor", "SIMPLE_REFLECTION AFFIRM"));
        Path summary = dir.resolve("summary.jsonl");

        CliRun r = run("code", "--in", in.toString(), "--out", dir.resolve("o.jsonl").toString(),
                "--summary", summary.toString());

        assertThat(r.status()).isZero();
        List<JsonNode> lines = json(summary);
        assertThat(lines).extracting(n -> n.get("conversation").asText()).containsExactly("x", "y");
        JsonNode x = lines.get(0);
        assertThat(x.get("counts").get("COMPLEX_REFLECTION").asInt()).isEqualTo(1);
        assertThat(x.get("counts").get("SIMPLE_REFLECTION").asInt()).as("only the second volley's").isEqualTo(1);
        assertThat(x.get("counts").get("QUESTION").asInt()).isEqualTo(1);
        assertThat(x.get("reflectionToQuestion").asDouble()).isEqualTo(2.0);
        assertThat(x.get("percentComplexReflections").asDouble()).isEqualTo(50.0);
        assertThat(x.get("percentOpenQuestions").asDouble()).isEqualTo(50.0);
        assertThat(x.get("miAdherent").asInt()).isEqualTo(1);
        assertThat(x.get("changeTalk").asInt()).isEqualTo(1);
        assertThat(x.get("sustainTalk").asInt()).isEqualTo(1);
        JsonNode y = lines.get(1);
        assertThat(y.get("miNonAdherent").asInt()).isEqualTo(1);
        assertThat(y.get("reflectionToQuestion").isNull()).isTrue();
        assertThat(y.get("percentComplexReflections").isNull()).isTrue();
        assertThat(y.get("band").asText()).isEqualTo("below");
    }

    @Test
    void csvInputGivesTheSameCodingAsJsonLines() throws IOException {
        Path jsonl = file("s.jsonl", turn("c", "client", "sustain, really") + turn("c", "counselor", "CONFRONT \\\"now\\\""));
        Path csv = file("s.csv", "conversation,speaker,text\nc,client,\"sustain, really\"\nc,counselor,\"CONFRONT \"\"now\"\"\"\n");

        assertThat(run("code", "--in", jsonl.toString(), "--out", dir.resolve("a.jsonl").toString()).status()).isZero();
        assertThat(run("code", "--in", csv.toString(), "--out", dir.resolve("b.jsonl").toString()).status()).isZero();

        assertThat(json(dir.resolve("b.jsonl"))).isEqualTo(json(dir.resolve("a.jsonl")));
    }

    @Test
    void aPlainTranscriptIsOneConversationNamedAfterTheFile() throws IOException {
        Path txt = file("intake-3.txt", "Counselor: QUESTION:open\nClient: change\n  and more\nClinician: AFFIRM\n");
        Path out = dir.resolve("o.jsonl");

        assertThat(run("code", "--in", txt.toString(), "--out", out.toString()).status()).isZero();

        List<JsonNode> lines = json(out);
        assertThat(lines).extracting(n -> n.get("conversation").asText()).containsOnly("intake-3");
        assertThat(lines).extracting(n -> n.get("speaker").asText()).containsExactly("Counselor", "Client", "Clinician");
        assertThat(lines.get(1).get("text").asText()).isEqualTo("change\nand more");
        assertThat(lines).extracting(n -> n.get("primary").asText()).containsExactly("QUESTION", "null", "AFFIRM");
    }

    @Test
    void dashReadsStdinAndWritesStdout() {
        CliRun r = CliRun.run(coder, turn("c", "client", "neutral") + turn("c", "counselor", "GIVING_INFORMATION"),
                "code", "--in", "-", "--out", "-");

        assertThat(r.status()).isZero();
        assertThat(json(r.out())).extracting(n -> n.get("primary").asText()).containsExactly("null", "GIVING_INFORMATION");
    }

    @Test
    void stdinTakesAFormatInAnyCase() {
        CliRun csv = CliRun.run(coder, "conversation,speaker,text\nc,client,change\n",
                "code", "--in", "-", "--format", "csv", "--out", "-");
        CliRun txt = CliRun.run(coder, "Client: change\nCounselor: AFFIRM\n",
                "code", "--in", "-", "--format", "TXT", "--out", "-");

        assertThat(csv.status()).isZero();
        assertThat(json(csv.out())).singleElement().satisfies(n -> assertThat(n.get("talk").asText()).isEqualTo("change"));
        assertThat(txt.status()).isZero();
        assertThat(json(txt.out())).extracting(n -> n.get("conversation").asText()).containsOnly("stdin");
    }

    @Test
    void summaryCanGoToStdoutWhileTurnsGoToAFile() throws IOException {
        Path in = file("s.jsonl", turn("c", "counselor", "AFFIRM"));

        CliRun r = run("code", "--in", in.toString(), "--out", dir.resolve("o.jsonl").toString(), "--summary", "-");

        assertThat(r.status()).isZero();
        assertThat(json(r.out())).singleElement().satisfies(n -> assertThat(n.get("miAdherent").asInt()).isEqualTo(1));
        assertThat(dir.resolve("o.jsonl")).exists();
    }

    @Test
    void replacesAnExistingOutputAndLeavesNoTemporaryFiles() throws IOException {
        Path in = file("s.jsonl", turn("c", "counselor", "AFFIRM"));
        Path out = file("o.jsonl", "old\n");

        assertThat(run("code", "--in", in.toString(), "--out", out.toString()).status()).isZero();

        assertThat(Files.readString(out)).doesNotContain("old").contains("AFFIRM");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("s.jsonl", "o.jsonl");
        }
    }

    @Test
    void theRealCoderGivesEveryFieldOnEveryLine() throws IOException {
        Path in = file("s.jsonl", turn("c", "client", "I guess I drink more than I used to.")
                + turn("c", "counselor", "You've noticed it creeping up. What worries you most?"));
        Path out = dir.resolve("o.jsonl");

        assertThat(CliRun.run(new Coder()::code, "", "code", "--in", in.toString(), "--out", out.toString()).status())
                .isZero();

        List<JsonNode> lines = json(out);
        assertThat(lines).hasSize(2).allSatisfy(n -> assertThat(n.fieldNames()).toIterable().containsAll(CODING_FIELDS));
        assertThat(lines.get(0).get("codes").isNull()).isTrue();
        assertThat(lines.get(0).get("talk").isTextual()).isTrue();
        assertThat(lines.get(1).get("codes").isArray()).isTrue();
        assertThat(lines.get(1).get("primary").isTextual()).isTrue();
        assertThat(lines.get(1).get("talk").isNull()).isTrue();
        assertThat(lines.get(1).get("evidence")).allSatisfy(e ->
                assertThat(e.get("explanation").asText()).isNotBlank());
    }
}
