package org.changetalk.bench;

import org.changetalk.coding.MiniLmEmbedder;
import org.changetalk.coding.SentenceVectors;
import org.changetalk.practice.MeaningWarmUp;
import org.changetalk.scenario.library.ScenarioLibrary;
import org.changetalk.scenario.model.Conversation;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;

/**
 * The CPU a fresh server's meaning warm-up costs (web/WebServer: MeaningWarmUp.prime of every shipped conversation,
 * on one thread after ready), with the build's stored sentence vectors or without them ({@code none}): thread CPU,
 * which unlike latency hardly depends on what else a shared machine runs (docs/benchmarks.md §26).
 *
 * <pre>java -cp CLASSES:target/changetalk.jar org.changetalk.bench.MeaningPrimeCpu [stored|none] [SCENARIOS]</pre>
 */
public final class MeaningPrimeCpu {
    private MeaningPrimeCpu() {
    }

    public static void main(String[] args) {
        boolean stored = args.length == 0 || args[0].equals("stored");
        Path scenarios = Path.of(args.length > 1 ? args[1] : "scenarios");
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        List<Conversation> conversations = ScenarioLibrary.open(scenarios).entries().stream().map(e -> e.scenario())
                .filter(Conversation.class::isInstance).map(Conversation.class::cast).toList();
        long t0 = cpu.getCurrentThreadCpuTime();
        MiniLmEmbedder embedder = stored ? new MiniLmEmbedder() : new MiniLmEmbedder(() -> SentenceVectors.NONE);
        embedder.modelId(); // the model (and the stored vectors) load, as on the server's first question
        long t1 = cpu.getCurrentThreadCpuTime();
        int texts = 0;
        for (Conversation c : conversations) {
            MeaningWarmUp.prime(c, embedder);
            texts += MeaningWarmUp.texts(c).size();
        }
        long t2 = cpu.getCurrentThreadCpuTime();
        System.out.printf("%s: model%s load %d ms CPU; prime of %d conversations (%d texts, %d run through the model) %d ms CPU%n",
                stored ? "stored vectors" : "no stored vectors", stored ? " and vectors" : "", (t1 - t0) / 1_000_000,
                conversations.size(), texts, embedder.computed(), (t2 - t1) / 1_000_000);
        System.exit(0);
    }
}
