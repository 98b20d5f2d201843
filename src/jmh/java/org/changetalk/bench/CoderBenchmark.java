package org.changetalk.bench;

import org.changetalk.coding.ClientCoding;
import org.changetalk.coding.Coder;
import org.changetalk.coding.CounselorCoding;
import org.changetalk.coding.MiniLmEmbedder;
import org.changetalk.coding.Speaker;
import org.changetalk.coding.Token;
import org.changetalk.coding.Tokenizer;
import org.changetalk.coding.Turn;
import org.changetalk.transcript.InputFormat;
import org.changetalk.transcript.InputTurn;
import org.changetalk.transcript.TranscriptReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * How fast the coder codes one counselor turn, against a bare tokenizing pass over the same text.
 * Each invocation handles one turn of a fixed, realistic mix (bench/turns.jsonl: fillers, one-sentence
 * questions and reflections, long multi-sentence turns), so ops/s is turns/s and the two scores divide
 * directly into the coder's cost ratio. Single thread, as the target is per core.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Thread)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms256m", "-Xmx256m"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class CoderBenchmark {

    /** A counselor turn and what came before it: the client turn it answers. */
    record Exchange(List<Turn> history, Turn turn) {}

    private Coder coder;
    /** The same coder reading unsure client turns with sentence embeddings (the `code` command's). */
    private Coder withEmbeddings;
    private Exchange[] exchanges;
    private int cursor;
    /** Client turns with the counselor turn they answer (and the client turn before that). */
    private Exchange[] replies;
    private int replyCursor;

    @Setup
    public void load() throws Exception {
        coder = new Coder();
        // the model loads on the first unsure client turn, so only the benchmark that embeds pays for it
        withEmbeddings = new Coder(new MiniLmEmbedder());
        List<InputTurn> turns;
        try (InputStream in = CoderBenchmark.class.getResourceAsStream("/bench/turns.jsonl")) {
            if (in == null) {
                throw new IllegalStateException("bench/turns.jsonl is not on the class path");
            }
            turns = new TranscriptReader().read(in, "bench/turns.jsonl", InputFormat.JSONL, "bench");
        }
        List<Exchange> list = new ArrayList<>();
        for (int i = 1; i < turns.size(); i++) {
            Turn previous = turns.get(i - 1).turn(), turn = turns.get(i).turn();
            if (turn.speaker() == Speaker.COUNSELOR && previous.speaker() == Speaker.CLIENT) {
                list.add(new Exchange(List.of(previous), turn));
            }
        }
        exchanges = list.toArray(Exchange[]::new);
        List<Exchange> answers = new ArrayList<>();
        for (int i = 2; i < turns.size(); i++) {
            Turn turn = turns.get(i).turn();
            if (turn.speaker() == Speaker.CLIENT && turns.get(i - 1).turn().speaker() == Speaker.COUNSELOR) {
                answers.add(new Exchange(List.of(turns.get(i - 2).turn(), turns.get(i - 1).turn()), turn));
            }
        }
        replies = answers.toArray(Exchange[]::new);
    }

    private Exchange next() {
        Exchange e = exchanges[cursor];
        cursor = cursor + 1 == exchanges.length ? 0 : cursor + 1;
        return e;
    }

    @Benchmark
    public CounselorCoding codeCounselorTurn() {
        Exchange e = next();
        return coder.codeCounselor(e.history(), e.turn());
    }

    /** A client turn: rules, the counselor's lean and the learned layer, with the two turns before it as history. */
    @Benchmark
    public ClientCoding codeClientTurn() {
        Exchange e = replies[replyCursor];
        replyCursor = replyCursor + 1 == replies.length ? 0 : replyCursor + 1;
        return coder.codeClient(e.history(), e.turn());
    }

    /**
     * A client turn as the `code` command codes it: as above, and for the turns the word-level layer is unsure of
     * (about a fifth), the sentence embeddings of the turn and of the counselor turn before it.
     */
    @Benchmark
    public ClientCoding codeClientTurnWithEmbeddings() {
        Exchange e = replies[replyCursor];
        replyCursor = replyCursor + 1 == replies.length ? 0 : replyCursor + 1;
        return withEmbeddings.codeClient(e.history(), e.turn());
    }

    /** The bare pass over the same text the coder reads: the client turn it answers, then the counselor turn. */
    @Benchmark
    public int tokenizeOnly() {
        Exchange e = next();
        int tokens = 0;
        for (Turn t : e.history()) {
            tokens += Tokenizer.tokenize(t.text()).size();
        }
        List<Token> own = Tokenizer.tokenize(e.turn().text());
        return tokens + own.size();
    }
}
