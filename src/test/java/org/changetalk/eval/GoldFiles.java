package org.changetalk.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Gold files written for tests, in docs/gold-set.md's format, using {@link org.changetalk.practice.FakeCoder}
 * texts so the predictions are known: counselor text names the code it will get, client text the talk.
 */
final class GoldFiles {
    private GoldFiles() {
    }

    static String counselorItem(String id, String predictedAs, String goldPrimary) {
        return "{\"conversation\":\"" + id + "\",\"speaker\":\"client\",\"text\":\"neutral context\"}\n"
                + "{\"conversation\":\"" + id + "\",\"speaker\":\"counselor\",\"text\":\"" + predictedAs
                + "\",\"gold\":{\"primary\":\"" + goldPrimary + "\"}}\n";
    }

    static String clientItem(String id, String predictedAs, String goldTalk) {
        return "{\"conversation\":\"" + id + "\",\"speaker\":\"counselor\",\"text\":\"QUESTION:open\"}\n"
                + "{\"conversation\":\"" + id + "\",\"speaker\":\"client\",\"text\":\"" + predictedAs
                + "\",\"gold\":{\"talk\":\"" + goldTalk + "\"}}\n";
    }

    static Path write(Path file, String... items) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, String.join("", items));
    }

    /** tune: 2 counselor items (1 right) and 1 client item (wrong); holdout: 1 counselor item (wrong). */
    static Path splitGoldSet(Path dir) throws IOException {
        write(dir.resolve("tune/counselor.jsonl"),
                counselorItem("t1", "AFFIRM", "AFFIRM"),
                counselorItem("t2", "QUESTION:open", "SIMPLE_REFLECTION"));
        write(dir.resolve("tune/deeper/client.jsonl"), clientItem("t3", "sustain", "change"));
        write(dir.resolve("holdout/counselor.jsonl"), counselorItem("h1", "PERSUADE", "CONFRONT"));
        return dir;
    }
}
