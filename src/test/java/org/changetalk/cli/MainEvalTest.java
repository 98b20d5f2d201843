package org.changetalk.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.changetalk.practice.FakeCoder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code code --eval}: reports per part, JSON scores, and the mistakes file. */
class MainEvalTest {
    @TempDir
    Path dir;

    private Path gold;

    private static String item(String id, String predictedAs, String goldPrimary) {
        return "{\"conversation\":\"" + id + "\",\"speaker\":\"client\",\"text\":\"context\"}\n"
                + "{\"conversation\":\"" + id + "\",\"speaker\":\"counselor\",\"text\":\"" + predictedAs
                + "\",\"gold\":{\"primary\":\"" + goldPrimary + "\"}}\n";
    }

    private Path goldSet() throws IOException {
        gold = dir.resolve("gold");
        Files.createDirectories(gold.resolve("tune"));
        Files.createDirectories(gold.resolve("holdout"));
        Files.writeString(gold.resolve("tune/a.jsonl"), item("t1", "AFFIRM", "AFFIRM") + item("t2", "PERSUADE", "CONFRONT"));
        Files.writeString(gold.resolve("holdout/b.jsonl"), item("h1", "QUESTION:open", "SIMPLE_REFLECTION"));
        return gold;
    }

    private CliRun run(String... args) {
        return CliRun.run(new FakeCoder(), "", args);
    }

    @Test
    void printsEachPartThenAll() throws IOException {
        CliRun r = run("code", "--eval", goldSet().toString());

        assertThat(r.status()).isZero();
        assertThat(r.out()).containsSubsequence("== tune: 2 items", "== holdout: 1 items", "== all: 3 items");
        assertThat(r.out()).contains("macro-F1", "kappa", "confusion (rows gold, columns predicted)");
    }

    @Test
    void jsonPrintsTheScores() throws IOException {
        CliRun r = run("code", "--eval", goldSet().toString(), "--json");

        assertThat(r.status()).isZero();
        JsonNode json = new JsonMapper().readTree(r.out());
        assertThat(json.get("parts").findValuesAsText("name")).containsExactly("tune", "holdout", "all");
        assertThat(json.get("parts").get(0).get("counselor").get("primary").get("accuracy").asDouble()).isEqualTo(0.5);
    }

    @Test
    void mistakesListTuneItemsOnly() throws IOException {
        Path mistakes = dir.resolve("mistakes.jsonl");

        CliRun r = run("code", "--eval", goldSet().toString(), "--mistakes", mistakes.toString());

        assertThat(r.status()).isZero();
        List<JsonNode> lines = MainTest.json(Files.readString(mistakes));
        assertThat(lines).extracting(n -> n.get("conversation").asText()).containsExactly("t2");
        assertThat(lines.get(0).get("gold").get("primary").asText()).isEqualTo("CONFRONT");
        assertThat(lines.get(0).get("predicted").get("primary").asText()).isEqualTo("PERSUADE");
        assertThat(r.err()).contains("wrongly coded holdout items: 1 (counted, not written");
    }

    @Test
    void aSingleGoldFileIsOnePart() throws IOException {
        goldSet();
        CliRun r = run("code", "--eval", gold.resolve("tune/a.jsonl").toString());

        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("== all: 2 items").doesNotContain("== tune");
    }

    @Test
    void badGoldIsReportedByLine() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.jsonl"),
                "{\"conversation\":\"x\",\"speaker\":\"counselor\",\"text\":\"hi\",\"gold\":{\"primary\":\"WAVE\"}}\n");

        CliRun r = run("code", "--eval", bad.toString());

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).startsWith(bad + ":1: gold: 'primary' must be one of");
    }

    @Test
    void aDirectoryWithoutItemsIsAnError() throws IOException {
        Files.createDirectories(dir.resolve("empty"));

        CliRun r = run("code", "--eval", dir.resolve("empty").toString());

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("no gold items");
    }
}
